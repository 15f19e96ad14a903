// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageWatch } from '../../../src/content/page-watch';
import { highlight } from '../../../src/content/highlighter';
import { buildTextIndex } from '../../../src/core/page/text-index';

const SETTLE = 1500;
let controller: AbortController;
let onChange: ReturnType<typeof vi.fn<() => void>>;
let url: string;
let watch: PageWatch;
let root: HTMLElement;

/** Lets MutationObserver callbacks (microtasks) run, then moves the clock. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<article id="root"><p>The first paragraph of the story, as it was loaded.</p></article>';
  root = document.getElementById('root') as HTMLElement;
  controller = new AbortController();
  onChange = vi.fn<() => void>();
  url = 'https://example.com/live/blog';
  watch = watchPage({
    doc: document,
    signal: controller.signal,
    settleMs: SETTLE,
    currentUrl: () => url,
    onChange,
  });
  watch.watch(root);
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function append(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
}

describe('content/page-watch', () => {
  it('re-reads once the page settles after a live blog appends a paragraph', async () => {
    append('Update: Sergey Lavrov has arrived in Pyongyang, state media reported this afternoon.');
    await elapse(SETTLE - 1);
    expect(onChange).not.toHaveBeenCalled();
    await elapse(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('batches a burst of changes into one re-read', async () => {
    for (let i = 0; i < 5; i++) {
      append(`Update ${i}: a new paragraph long enough to count as content for the reader.`);
      await elapse(200);
    }
    await elapse(SETTLE);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores a ticking clock or a counter', async () => {
    const time = document.createElement('span');
    root.append(time);
    await elapse(SETTLE * 2);
    for (let i = 0; i < 10; i++) {
      time.textContent = `${i} min ago`;
      await elapse(100);
    }
    await elapse(SETTLE * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  describe('when the page changes a node our highlights made or split', () => {
    let handle: ReturnType<typeof highlight>;
    let onTouched: ReturnType<typeof vi.fn<() => void>>;

    beforeEach(() => {
      controller.abort();
      controller = new AbortController();
      onTouched = vi.fn<() => void>(() => watch.ourChanges(() => handle.remove()));
      watch = watchPage({
        doc: document,
        signal: controller.signal,
        settleMs: SETTLE,
        currentUrl: () => url,
        onChange,
        touched: (node) => handle.touches(node),
        onTouched,
      });
      watch.watch(root);
      // "The first paragraph…": "The" is split off the page's own text node.
      watch.ourChanges(() => {
        handle = highlight(buildTextIndex(root), [
          { span: { start: 0, end: 3 }, entityId: 'e', type: 'event', label: 'The' },
        ]);
      });
    });

    it.each([
      ['rewrites the split node, by a few characters', (original: Text): void => void (original.data = 'A')],
      ['removes the split node', (original: Text): void => original.remove()],
      [
        'edits the text inside a mark',
        (): void => void ((root.querySelector('backstory-mark')?.firstChild as Text).data = 'An'),
      ],
    ])('unhighlights before the page settles when it %s, then re-reads', async (_what, change) => {
      const original = root.querySelector('p')?.firstChild as Text;
      change(original);
      await Promise.resolve();
      expect(onTouched).toHaveBeenCalledTimes(1);
      expect(root.querySelector('backstory-mark')).toBeNull();
      expect(onChange).not.toHaveBeenCalled();
      await elapse(SETTLE * 4);
      expect(onChange).toHaveBeenCalledTimes(1);
    });

    it('leaves the highlights alone for a small change elsewhere', async () => {
      const other = document.createElement('p');
      root.append(other);
      other.textContent = 'Updated 1 minute ago';
      await elapse(SETTLE * 4);
      expect(onTouched).not.toHaveBeenCalled();
      expect(root.querySelector('backstory-mark')).not.toBeNull();
    });
  });

  it('ignores its own highlighting', async () => {
    const index = buildTextIndex(root);
    let handle: ReturnType<typeof highlight> | undefined;
    watch.ourChanges(() => {
      handle = highlight(index, [
        { span: { start: 4, end: 9 }, entityId: 'e', type: 'event', label: 'first' },
      ]);
    });
    watch.ourChanges(() => handle?.remove());
    await elapse(SETTLE * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices a History API navigation by the address changing', async () => {
    url = 'https://example.com/news/another-story';
    await elapse(1000 + SETTLE);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not treat an in-page anchor as a navigation', async () => {
    url = 'https://example.com/live/blog#update-3';
    await elapse(1000 + SETTLE);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices the article element being replaced', async () => {
    root.remove();
    document.body.innerHTML = '<article><p>A different article rendered by the app.</p></article>';
    await elapse(1000 + SETTLE);
    expect(onChange).toHaveBeenCalled();
  });

  it('stops watching when aborted', async () => {
    controller.abort();
    append('Update: a paragraph appended after the content script left the page for good.');
    url = 'https://example.com/elsewhere';
    await elapse(SETTLE * 4);
    expect(onChange).not.toHaveBeenCalled();
  });
});
