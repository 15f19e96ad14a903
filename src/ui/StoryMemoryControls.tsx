/**
 * Export and clear the reader's story memory. The files are made on the device (the background
 * builds the text, a Blob URL hands it to the browser's download); nothing is uploaded.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';

export type ExportFormat = 'markdown' | 'json';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** Save text as a file through a temporary Blob URL, the one way a page can offer a download. */
export function downloadFile({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later it is done.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FILES: Record<ExportFormat, { name: string; type: string }> = {
  markdown: { name: 'backstory-stories.md', type: 'text/markdown;charset=utf-8' },
  json: { name: 'backstory-stories.json', type: 'application/json;charset=utf-8' },
};

type Status =
  | { kind: 'idle' }
  | { kind: 'confirm-clear' }
  | { kind: 'cleared' }
  | { kind: 'exported' }
  | { kind: 'failed'; error: string };

export interface StoryMemoryControlsProps {
  /** Tests replace the browser download. */
  download?: (file: DownloadFile) => void;
}

export function StoryMemoryControls({ download = downloadFile }: StoryMemoryControlsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<Status>): Promise<void> => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: ExportFormat): Promise<void> =>
    run(async () => {
      const text = await callBackground('exportStoryMemory', { format });
      download({ ...FILES[format], text });
      return { kind: 'exported' };
    });

  const clear = (): Promise<void> =>
    run(async () => {
      await callBackground('clearStoryMemory', {});
      return { kind: 'cleared' };
    });

  const message =
    status.kind === 'cleared'
      ? t('storyCleared')
      : status.kind === 'exported'
        ? t('storyExported')
        : status.kind === 'failed'
          ? t('storyActionFailed', status.error)
          : '';

  return (
    <section class="panel-card story-memory-controls" aria-labelledby="section-story-memory">
      <h2 id="section-story-memory">{t('storyControlsTitle')}</h2>
      <p class="field-hint">{t('storyControlsHint')}</p>
      <div class="story-memory-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '8px' }}>
        <button type="button" class="button" disabled={busy} onClick={() => void exportAs('markdown')}>
          {t('storyExportMarkdown')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => void exportAs('json')}>
          {t('storyExportJson')}
        </button>
        {status.kind === 'confirm-clear' ? (
          <>
            <button type="button" class="button button--primary" disabled={busy} onClick={() => void clear()}>
              {t('storyClearConfirm')}
            </button>
            <button type="button" class="button" onClick={() => setStatus({ kind: 'idle' })}>
              {t('storyClearCancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => setStatus({ kind: 'confirm-clear' })}
          >
            {t('storyClear')}
          </button>
        )}
      </div>
      <p class="field-hint" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
