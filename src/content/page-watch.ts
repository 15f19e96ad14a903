/**
 * Notices when the article changes under us: paragraphs appended by a live blog, an article swapped
 * by a single-page app, a navigation through the History API. Mutations are batched and the page must
 * settle before anything is re-read; our own highlights and card never count as changes.
 */
import { CARD_HOST_ATTRIBUTE } from './own-elements';
import { withoutHash } from '../shared/url';
import { MARK_TAG } from './highlighter';

export interface PageWatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** Quiet time after the last relevant change before `onChange` runs. */
  settleMs: number;
  currentUrl(): string;
  /** The article should be read again. */
  onChange(): void;
  /** True for the nodes our highlights made or split (see `HighlightHandle.touches`). */
  touched?(node: Node): boolean;
  /**
   * The page changed a node our highlights made or split (a framework re-rendered it). Runs at once,
   * not after the page settles: merging our split text back into a node the page has rewritten would
   * corrupt it, and the highlight no longer matches the text anyway. The article is re-read as well.
   */
  onTouched?(): void;
}

export interface PageWatch {
  /** Observe this article root (replacing any previous one). */
  watch(root: Element): void;
  /** Runs a change of ours to the page; the mutations it causes are not reported. */
  ourChanges(change: () => void): void;
  /** Report a change found some other way (the text differed after an analysis). */
  changed(): void;
}

/** Less new or removed text than this is a clock ticking or a counter updating, not new content. */
const MIN_CHANGED_TEXT = 40;
/** Re-reading costs the background an analysis; never more often than this. */
const MIN_INTERVAL_MS = 5000;
/** How often the address is compared, for History API navigations no event tells us about. */
const URL_POLL_MS = 1000;

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.localName === MARK_TAG || !!el.closest(`[${CARD_HOST_ATTRIBUTE}]`);
}

function textOf(nodes: NodeList): number {
  let length = 0;
  for (const node of nodes) {
    if (node.nodeType === 1 && (node as Element).localName === MARK_TAG) continue;
    if (node.nodeType === 1 && (node as Element).hasAttribute(CARD_HOST_ATTRIBUTE)) continue;
    length += (node.textContent ?? '').replace(/\s+/g, '').length;
  }
  return length;
}

export function watchPage({
  doc,
  signal,
  settleMs,
  currentUrl,
  onChange,
  touched,
  onTouched,
}: PageWatchOptions): PageWatch {
  const view = doc.defaultView;
  let root: Element | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let lastUrl = withoutHash(currentUrl());

  const schedule = (): void => {
    if (signal.aborted) return;
    clearTimeout(settleTimer);
    const wait = Math.max(settleMs, lastRun + MIN_INTERVAL_MS - Date.now());
    settleTimer = setTimeout(() => {
      if (signal.aborted) return;
      lastRun = Date.now();
      onChange();
    }, wait);
  };

  const relevant = (records: MutationRecord[]): boolean => {
    let changed = 0;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        changed += Math.abs((record.target as Text).data.length - (record.oldValue?.length ?? 0));
      } else {
        changed += textOf(record.addedNodes) + textOf(record.removedNodes);
      }
      if (changed >= MIN_CHANGED_TEXT) return true;
    }
    return false;
  };

  /** A page change to a node we made or split, however small: those skip the wait and the size test. */
  const touchesOurs = (record: MutationRecord): boolean => {
    if (!touched) return false;
    if (touched(record.target)) return true;
    return record.type === 'childList' && [...record.removedNodes].some((node) => touched(node));
  };

  const Observer = view?.MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        if (records.some(touchesOurs)) {
          onTouched?.();
          schedule();
        } else if (relevant(records)) schedule();
      })
    : null;

  const checkUrl = (): void => {
    const now = withoutHash(currentUrl());
    if (now !== lastUrl) {
      lastUrl = now;
      schedule();
    } else if (root && !root.isConnected) {
      // The article element was replaced (a framework re-render): read the new one.
      root = null;
      schedule();
    }
  };
  const poll = setInterval(checkUrl, URL_POLL_MS);
  view?.addEventListener('popstate', checkUrl, { signal });
  // The Navigation API, where there is one, tells us about pushState navigations without polling.
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', checkUrl, { signal });

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearInterval(poll);
    clearTimeout(settleTimer);
  });

  return {
    watch(next) {
      if (signal.aborted) return;
      root = next;
      observer?.disconnect();
      observer?.observe(next, {
        childList: true,
        subtree: true,
        characterData: true,
        characterDataOldValue: true,
      });
    },
    ourChanges(change) {
      try {
        change();
      } finally {
        observer?.takeRecords();
      }
    },
    changed: schedule,
  };
}
