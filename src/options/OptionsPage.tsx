/**
 * The settings page. Every control saves as soon as it changes, through the background, which
 * keeps `storage.sync` and applies the change to open tabs at once; the page shows what the
 * background answered, so it never drifts from what is stored.
 */
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES } from '../core/types';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import { Switch } from '../popup/components/Switch';
import { StoryMemoryControls } from '../ui/StoryMemoryControls';
import { groupLabel } from '../ui/strings';
import { LookupFields } from './LookupFields';
import { MarkLegend } from './MarkLegend';

/** Hover delay bounds: instant cards get in the way of reading, slow ones feel broken. */
export const HOVER_DELAY = { min: 100, max: 1500, step: 50 } as const;

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [delay, setDelay] = useState<number | null>(null);

  useEffect(() => {
    callBackground('getSettings', {})
      .then(setSettings)
      .catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
  }, []);

  const apply = async (call: () => Promise<Settings>): Promise<void> => {
    try {
      setSettings(await call());
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const update = (patch: Partial<Settings>): Promise<void> =>
    apply(() => callBackground('updateSettings', patch));
  const enableSite = (host: string): Promise<void> =>
    apply(() => callBackground('setSiteEnabled', { host, enabled: true }));

  if (loadError) {
    return (
      <main class="page">
        <h1>{t('optionsTitle')}</h1>
        <p role="alert">{t('optionsLoadFailed', loadError)}</p>
      </main>
    );
  }
  if (!settings) {
    return (
      <main class="page">
        <h1>{t('optionsTitle')}</h1>
        <p role="status">{t('optionsLoading')}</p>
      </main>
    );
  }

  const shownDelay = delay ?? settings.hoverDelayMs;

  return (
    <main class="page">
      <header class="page-header">
        <img src="icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="lead">{t('optionsIntro')}</p>
        </div>
      </header>

      <p class={`save-status save-status--${save.kind}`} role="status" aria-live="polite">
        {save.kind === 'saved'
          ? t('optionsSaved')
          : save.kind === 'failed'
            ? t('optionsSaveFailed', save.error)
            : ''}
      </p>

      <section class="panel-card" aria-labelledby="section-highlighting">
        <h2 id="section-highlighting">{t('sectionHighlighting')}</h2>

        <MarkLegend />

        <fieldset class="field">
          <legend>{t('typesLegend')}</legend>
          <div class="type-options">
            {ENTITY_TYPES.map((type) => (
              <label key={type} class={`type-option type--${type}`}>
                <input
                  type="checkbox"
                  name="types"
                  value={type}
                  checked={settings.types[type]}
                  onChange={(event) =>
                    void update({ types: { ...settings.types, [type]: event.currentTarget.checked } })
                  }
                />
                <span class="type-swatch" aria-hidden="true" />
                {groupLabel(type)}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset class="field">
          <legend>{t('highlightModeLegend')}</legend>
          {(['all', 'first'] as const).map((mode) => (
            <label key={mode} class="radio">
              <input
                type="radio"
                name="highlightMode"
                value={mode}
                checked={settings.highlightMode === mode}
                onChange={() => void update({ highlightMode: mode })}
              />
              {t(mode === 'all' ? 'highlightModeAll' : 'highlightModeFirst')}
            </label>
          ))}
        </fieldset>

        <div class="field">
          <label for="hover-delay" class="field-label">
            {t('hoverDelayLabel')}
          </label>
          <div class="range-row">
            <input
              id="hover-delay"
              type="range"
              min={HOVER_DELAY.min}
              max={HOVER_DELAY.max}
              step={HOVER_DELAY.step}
              value={shownDelay}
              aria-valuetext={t('hoverDelayValue', shownDelay)}
              onInput={(event) => setDelay(Number(event.currentTarget.value))}
              // Saved when the slider is let go, not on every step of the drag.
              onChange={(event) => {
                setDelay(null);
                void update({ hoverDelayMs: Number(event.currentTarget.value) });
              }}
            />
            <output for="hover-delay">{t('hoverDelayValue', shownDelay)}</output>
          </div>
        </div>

        <div class="field">
          <Switch
            id="paused"
            checked={settings.paused}
            onChange={(paused) => void update({ paused })}
            hint={t('pausedHint')}
          >
            {t('pausedLabel')}
          </Switch>
        </div>
      </section>

      <section class="panel-card" aria-labelledby="section-privacy">
        <h2 id="section-privacy">{t('sectionPrivacy')}</h2>
        <LookupFields
          lookups={settings.lookups}
          onLookupsChange={(lookups) => void update({ lookups })}
          wikipediaLang={settings.wikipediaLang}
          onWikipediaLangChange={(wikipediaLang) => void update({ wikipediaLang })}
        />
        <div class="field">
          <Switch
            id="story-memory"
            checked={settings.storyMemory === true}
            onChange={(storyMemory) => void update({ storyMemory })}
            hint={t('storyMemoryHint')}
          >
            {t('storyMemoryLabel')}
          </Switch>
        </div>
      </section>

      <StoryMemoryControls />

      <section class="panel-card" aria-labelledby="section-sites">
        <h2 id="section-sites">{t('sectionSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="field-hint">{t('sitesEmpty')}</p>
        ) : (
          <>
            <p class="field-hint">{t('sitesIntro')}</p>
            <ul class="site-list">
              {settings.disabledSites.map((host) => (
                <li key={host} data-host={host}>
                  <span class="site-host">{host}</span>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('siteRemoveLabel', host)}
                    onClick={() => void enableSite(host)}
                  >
                    {t('siteRemove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <footer class="page-footer">
        <a href="welcome.html">{t('showWelcome')}</a>
        <span>
          {t('extName')} {__VERSION__}
        </span>
      </footer>
    </main>
  );
}
