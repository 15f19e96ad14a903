/**
 * One run of the content script in one page: read the article, have the background analyse it,
 * highlight the mentions, serve the popup's requests. Everything (listeners, observers, timers,
 * highlights, the card) hangs off one AbortSignal, so a second copy of the script or a reloaded
 * extension makes this one take itself out of the page quietly, leaving the page as it found it.
 */
import { findArticleSteps } from '../core/page/article-root';
import { runInSlices } from '../core/steps';
import { declaredLanguage } from '../core/page/language';
import { findPublishedDate } from '../core/page/published-date';
import {
  type ArticleRegion,
  buildTextIndex,
  buildTextIndexInSlices,
  rangeFromSpan,
  type TextIndex,
} from '../core/page/text-index';
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Mention } from '../core/types';
import { isContextInvalidated } from '../shared/browser';
import { fromWire, type WireAnalysis } from '../shared/analysis-wire';
import { callBackground, serve } from '../shared/messaging';
import {
  TEXT_PART_CHARS,
  type ArticleProgress,
  type ContentMethods,
  type PageText,
} from '../shared/protocol';
import { textParts, uploadId } from '../shared/text-parts';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { typeLabel, uiText } from '../ui/strings';
import { highlightInSlices, MARK_TAG, type HighlightHandle, type MarkRequest } from './highlighter';
import { takeOver } from './copies';
import { CARD_HOST_ATTRIBUTE } from './own-elements';
import { createHoverCard, type HoverCard } from './hover-card';
import { installMarkStyles, type MarkStyles } from './mark-styles';
import { watchPage, type PageWatch } from './page-watch';
import { DRAW_SLICE_MS, SLICE_MS, yieldToNextFrame, yieldToPage } from './slices';
import { firstNodeInView, partStillOnPage, readersPart } from './viewport';

export interface ContentScriptOptions {
  doc: Document;
  /** The page's address now (SPA navigations change it under us). */
  url?: () => string;
  /** Milliseconds the page must stay quiet before appended content is re-read. */
  settleMs?: number;
  /** Milliseconds one slice of reading the page may run before the page gets a turn (default `SLICE_MS`). */
  sliceMs?: number;
  /** Milliseconds one slice of drawing highlights may run (default `DRAW_SLICE_MS`, at most `sliceMs`). */
  drawSliceMs?: number;
  /** How a lost request is asked again (default `ASK_AGAIN`). */
  askAgain?: AskAgain;
}

/**
 * How the content script asks the background again when an answer is lost: a service worker
 * stopped in the middle of an analysis (Chromium ends an idle or busy worker), a background that is
 * restarting, or an answer that never comes. `delaysMs` are the waits before each new try (so at
 * most `delaysMs.length + 1` tries), `timeoutMs` how long one try may take before it counts as lost.
 */
export interface AskAgain {
  delaysMs: readonly number[];
  timeoutMs: number;
}

export const ASK_AGAIN: AskAgain = { delaysMs: [500, 2000, 5000], timeoutMs: 30_000 };

/** An answer that did not come in time; the request is treated as lost. */
class LostAnswer extends Error {
  override name = 'LostAnswer';
}

export interface ContentScript {
  /** Aborted when this copy has left the page. */
  readonly signal: AbortSignal;
  /** Resolves once the first analysis is drawn, or its drawing has stopped (or was found unnecessary). */
  readonly ready: Promise<void>;
  /** Removes every trace of this copy from the page. */
  stop(): void;
  /** For tests and diagnostics: what is on the page now. */
  readonly state: { analysis: Analysis | null; marks: number; root: Element | null };
}

/**
 * Has a page's text analysed. A long text goes ahead in pieces (`TEXT_PART_CHARS`), one message and
 * one task each: one message of a 1 MB text is copied whole, a task of about 90 ms in the page.
 */
async function sendForAnalysis(page: PageText): Promise<WireAnalysis> {
  if (page.text.length <= TEXT_PART_CHARS) return callBackground('analyzePage', page);
  const parts = textParts(page.text);
  const upload = { id: uploadId(), count: parts.length };
  for (const [index, text] of parts.entries()) {
    await yieldToPage();
    await callBackground('sendTextPart', { upload: upload.id, index, count: upload.count, text });
  }
  await yieldToPage();
  return callBackground('analyzePage', { ...page, text: '', upload });
}

/**
 * The accessible name of a mention: "Lavrov, person: Russian foreign minister". `type` is the type's
 * name as the label writes it, when the caller has it already.
 */
export function markLabel(
  text: string,
  entity: Entity,
  type = typeLabel(entity.type).toLocaleLowerCase(),
): string {
  const description = entity.descriptions[0];
  return description
    ? uiText('markLabelDescribed', text, type, description)
    : uiText('markLabel', text, type);
}

/** The mentions to draw under the reader's settings: enabled types, every mention or only the first. */
export function markRequests(analysis: Analysis, settings: Settings): MarkRequest[] {
  const requests: MarkRequest[] = [];
  // Each type's name once: an article has hundreds of entities, and each name is a call into the
  // browser's i18n.
  const typeNames = new Map<EntityType, string>();
  for (const entity of analysis.entities) {
    if (!settings.types[entity.type]) continue;
    const mentions = settings.highlightMode === 'first' ? entity.mentions.slice(0, 1) : entity.mentions;
    let typeName = typeNames.get(entity.type);
    if (typeName === undefined)
      typeNames.set(entity.type, (typeName = typeLabel(entity.type).toLocaleLowerCase()));
    // One label per way the entity is written: a long article repeats a name thousands of times,
    // and each label is a call into the browser's i18n.
    const labels = new Map<string, string>();
    for (const mention of mentions) {
      let label = labels.get(mention.text);
      if (label === undefined) labels.set(mention.text, (label = markLabel(mention.text, entity, typeName)));
      requests.push({
        span: { start: mention.start, end: mention.end },
        entityId: entity.id,
        type: entity.type,
        label,
      });
    }
  }
  return requests;
}

function pageTitle(doc: Document): string {
  return (
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    doc.querySelector('h1')?.textContent?.trim() ||
    doc.title
  );
}

/** True where we must not touch the page: editors and documents in design mode. */
function isEditable(doc: Document, root: Element): boolean {
  if (doc.designMode === 'on') return true;
  const editable = root.closest('[contenteditable]');
  return !!editable && editable.getAttribute('contenteditable')?.toLowerCase() !== 'false';
}

/**
 * Unwraps highlights and removes cards that no live copy owns. The original node identities are gone
 * with the old copy, so each unwrapped text is merged with the text nodes right beside it, where that
 * copy's splits were; the page's own adjacent text nodes elsewhere stay as the page made them (a
 * `normalize()` of the parent would merge those too, under a framework that holds them).
 */
export function removeOrphans(doc: Document): number {
  const marks = [...doc.querySelectorAll<HTMLElement>(MARK_TAG)];
  const unwrapped: Text[] = [];
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    for (const child of [...mark.childNodes]) {
      parent.insertBefore(child, mark);
      if (child.nodeType === 3) unwrapped.push(child as Text);
    }
    mark.remove();
  }
  const seams = new Set(unwrapped);
  for (const text of seams) {
    if (!text.isConnected) continue;
    let merged = text;
    const before = text.previousSibling;
    if (before?.nodeType === 3) {
      (before as Text).appendData(text.data);
      text.remove();
      merged = before as Text;
    }
    // A following seam merges itself into this one when its turn comes, then takes what follows it.
    const after = merged.nextSibling;
    if (after?.nodeType === 3 && !seams.has(after as Text)) {
      merged.appendData((after as Text).data);
      after.remove();
    }
  }
  for (const host of doc.querySelectorAll(`[${CARD_HOST_ATTRIBUTE}]`)) host.remove();
  for (const style of doc.querySelectorAll('style[data-backstory-style]')) style.remove();
  return marks.length;
}

let warned = false;
/** Unexpected failures are reported once, quietly; the page never sees an uncaught error from us. */
function report(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn('[Backstory]', error instanceof Error ? error.message : error);
}

/** Starts a copy of the content script in `doc`. Older copies in the same page leave first. */
export function startContentScript({
  doc,
  url,
  settleMs = 1500,
  sliceMs = SLICE_MS,
  drawSliceMs = Math.min(sliceMs, DRAW_SLICE_MS),
  askAgain = ASK_AGAIN,
}: ContentScriptOptions): ContentScript {
  const currentUrl = url ?? ((): string => doc.location?.href ?? '');
  const controller = new AbortController();
  const { signal } = controller;

  // A newer copy (reinjection, extension update) takes over: the older one leaves the page quietly.
  // Through our own global, never the DOM, so the page cannot send the same signal.
  const release = takeOver(doc, () => controller.abort());
  signal.addEventListener('abort', release);

  // Whatever is left now belongs to a copy that could not answer (Firefox drops an unloaded
  // extension's scripts without a word): take it out before reading the page.
  removeOrphans(doc);

  let settings: Settings | null = null;
  let analysis: Analysis | null = null;
  let region: ArticleRegion | null = null;
  let index: TextIndex | null = null;
  let handle: HighlightHandle | null = null;
  let styles: MarkStyles | null = null;
  /** The highlight style sheet in the page: put in once, put back if the page took it out. */
  const ensureStyles = (): void => {
    if (styles) styles.ensure();
    else styles = installMarkStyles(doc);
  };
  let card: HoverCard | null = null;
  let generation = 0;
  let watcher: PageWatch | null = null;
  /** For the popup's ping: whether an analysis is still coming, so it need not wait for nothing. */
  let article: ArticleProgress = 'reading';
  const revealed = new Map<string, number>();
  /** Pending ends of reveal flashes; one set cleared on abort, not a listener per reveal. */
  const flashTimers = new Set<ReturnType<typeof setTimeout>>();
  const entities = new Map<string, Entity>();

  /** Calls the background; a dead extension context ends this copy instead of throwing. */
  async function call<T>(request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request();
    } catch (error) {
      if (isContextInvalidated(error)) {
        controller.abort();
        return undefined;
      }
      throw error;
    }
  }

  /** Resolves after `ms`, or at once when this copy leaves. */
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    });

  /** One try, counted as lost when it takes longer than `askAgain.timeoutMs`. */
  const within = <T>(request: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new LostAnswer('No answer in time')), askAgain.timeoutMs);
      request().then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });

  /**
   * Calls the background and asks again, a bounded number of times, when the answer is lost (the
   * worker was stopped mid-request, is restarting, or never answered). `stillWanted` ends the
   * retries when a newer run has taken over.
   */
  async function persistently<T>(
    request: () => Promise<T>,
    stillWanted: () => boolean = () => !signal.aborted,
  ): Promise<T | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call(() => within(request));
      } catch (error) {
        const wait = askAgain.delaysMs[attempt];
        if (wait === undefined) throw error;
        await pause(wait);
        if (signal.aborted || !stillWanted()) return undefined;
      }
    }
  }

  const unhighlight = (): void => {
    card?.close();
    if (handle) watcher?.ourChanges(() => handle?.remove());
    handle = null;
  };

  /**
   * Draws the current analysis in slices (hundreds of mentions at once would be a long task). A later
   * draw, `unhighlight` or the copy leaving ends a run between slices; a page that changed the text
   * still to be wrapped ends it too, and the page is read again.
   */
  const draw = async (): Promise<void> => {
    unhighlight();
    if (!analysis || !index || !settings || signal.aborted) return;
    const requests = markRequests(analysis, settings);
    if (requests.length === 0) return;
    ensureStyles();
    const run = highlightInSlices(index, requests, {
      // Short slices: the frame after each lays out and paints what it drew (see DRAW_SLICE_MS).
      sliceMs: drawSliceMs,
      // A later draw or `unhighlight` removes this run's handle, which ends the run as well.
      shouldContinue: () => !signal.aborted,
      runSlice: (slice) => (watcher ? watcher.ourChanges(slice) : slice()),
      // On a long page the reader should not wait for highlights above or far from where they are.
      startAt: firstNodeInView,
      // One slice per frame: the layout a slice's marks cause is laid out before the next slice.
      yieldToPage: yieldToNextFrame,
    });
    handle = run.handle;
    if (!card) {
      card = createHoverCard({
        doc,
        signal,
        entityFor: (id) => entities.get(id),
        loadCard: async (entityId) =>
          (await call(() => callBackground('getCard', { entityId }))) ?? { status: 'error', message: 'gone' },
        chooseCandidate: async (entityId, qid) =>
          (await call(() => callBackground('chooseCandidate', { entityId, qid }))) ?? {
            status: 'error',
            message: 'gone',
          },
        hoverDelayMs: () => settings?.hoverDelayMs ?? 500,
      });
    }
    if ((await run.done) === 'changed' && handle === run.handle) watcher?.changed();
  };

  /** Drops the highlights and everything learned from the last analysis. */
  const forget = (): void => {
    unhighlight();
    analysis = null;
    index = null;
    entities.clear();
    revealed.clear();
  };

  /**
   * Reads the article and has it analysed; a newer run (navigation, new content) supersedes it.
   * Highlights already drawn stay while the background works (no flicker on a live blog): the text
   * is the same with or without them, and they are swapped for the new ones when the answer is back.
   * Each walk over the page runs in a task of its own, so reading a long page is never one long task.
   */
  const analyze = async (): Promise<void> => {
    const run = ++generation;
    if (!settings || !isSiteEnabled(settings, doc.location?.hostname ?? '')) {
      article = 'none';
      return forget();
    }
    article = 'reading';
    // Finding the article walks the whole page: a task of its own, not the tail of a message's.
    await yieldToPage();
    if (run !== generation || signal.aborted) return;
    // Measuring a page of tens of thousands of elements is sliced too, and ends at the first turn
    // after a newer run took over or this copy left: the rest of the walk would be for nothing.
    const finding = await runInSlices(findArticleSteps(doc), {
      sliceMs,
      yieldNow: yieldToPage,
      now: () => performance.now(),
      stillWanted: () => run === generation && !signal.aborted,
    });
    if (!finding || run !== generation || signal.aborted) return;
    const found = finding.value;
    if (!found || isEditable(doc, found.root)) {
      forget();
      region = null;
      article = 'none';
      if (!found) await call(() => callBackground('reportNoArticle', { url: currentUrl() }));
      return;
    }
    region = found;
    watcher?.watch(found.root);
    // The first i18n call of a page fetches the extension's strings from the browser, synchronously
    // (Chromium). Made now, while the browser is idle, not in the task that draws the first marks,
    // when it is busy passing the long article's text and analysis around (hundreds of ms there).
    typeLabel('person');
    // Adding a style sheet has the browser check every element of the page against it: on a page of
    // tens of thousands of elements that is tens of ms. Done now, it is laid out in a frame of its
    // own, not in the task that draws the first marks and asks layout where the reader is.
    ensureStyles();
    const current = (): boolean => run === generation && !signal.aborted && region === found;
    // Walking tens of thousands of text nodes at once would be a long task: the walk is sliced.
    const slices = { sliceMs, yieldToPage, shouldContinue: current };
    const read = await buildTextIndexInSlices(found, slices);
    if (!read || !current()) return;
    const sent = read.text;
    await yieldToPage();
    if (!current()) return;
    const published = findPublishedDate(doc, currentUrl());
    const lang = declaredLanguage(doc);
    const page: PageText = {
      url: currentUrl(),
      title: pageTitle(doc),
      site: doc.location?.hostname ?? '',
      text: sent,
      ...(published ? { published } : {}),
      ...(lang ? { lang } : {}),
    };
    // The answer's mentions are offsets into the text sent (the whole text's, for a part too).
    const analysed = async (text: PageText): Promise<Analysis | undefined> => {
      const wire = await persistently(() => sendForAnalysis(text), current);
      return wire && fromWire(wire, sent);
    };
    // On a long article the reader's part is analysed first and highlighted while the whole article
    // is analysed; the whole one's highlights then replace the part's. Only on a first read: drawing
    // takes older highlights out, which would change the text nodes the part's index names.
    const part = analysis === null ? readersPart(read) : null;
    let whole: Promise<Analysis | undefined>;
    if (part) {
      const partial = await analysed({ ...page, text: part.text, part: { offset: part.start } }).catch(
        () => undefined,
      );
      if (!current()) return;
      if (partial && analysis === null && partStillOnPage(read, part)) {
        analysis = partial;
        index = read;
        article = 'found';
        for (const entity of partial.entities) entities.set(entity.id, entity);
        void draw().catch(report);
      }
      // The whole article's text is megabytes on such a page, and handing it to the messaging is a
      // long task: a task of its own, after the first slice of the reader's part is in the page.
      await yieldToPage();
      if (!current()) return;
      whole = analysed(page);
    } else whole = analysed(page);
    const result = await whole;
    if (!result || !current()) return;
    // Taking the old highlights out merges text nodes, so the page is read again after it.
    forget();
    await yieldToPage();
    if (!current()) return;
    // Offsets are only good for the text they were computed on: the page may have changed meanwhile.
    const now = await buildTextIndexInSlices(found, slices);
    if (!now || !current()) return;
    if (now.text !== sent) {
      watcher?.changed();
      return;
    }
    await yieldToPage();
    if (!current()) return;
    analysis = result;
    index = now;
    article = 'found';
    for (const entity of result.entities) entities.set(entity.id, entity);
    await draw();
  };

  const applySettings = async (next: Settings): Promise<void> => {
    const before = settings;
    settings = next;
    if (before && before.lookups !== next.lookups) card?.clearCache();
    const enabled = isSiteEnabled(next, doc.location?.hostname ?? '');
    if (!enabled) {
      generation++;
      article = 'none';
      unhighlight();
      return;
    }
    if (!analysis) {
      void analyze().catch(report);
      return;
    }
    article = 'found';
    await draw();
  };

  /**
   * Scrolls to a mention (the next one on each call, or the one asked for) and flashes its highlight.
   * Mentions that are not highlighted (their type is off, or only first mentions are) are still
   * scrolled to, by their text.
   */
  const revealMention = ({ entityId, index: wanted }: { entityId: string; index?: number }): number => {
    const entity = entities.get(entityId);
    if (!entity || !index || entity.mentions.length === 0) throw new Error('No such entity on this page');
    const count = entity.mentions.length;
    const next = wanted ?? ((revealed.get(entityId) ?? -1) + 1) % count;
    const shown = Math.max(0, Math.min(count - 1, next));
    revealed.set(entityId, shown);
    const mention = entity.mentions[shown] as Mention;
    const smooth = !doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const scroll = { block: 'center', behavior: smooth ? 'smooth' : 'auto' } as const;
    const drawn = handle?.marks.find(
      (m) => m.request.entityId === entityId && m.request.span.start === mention.start,
    );
    const target = drawn?.elements[0];
    if (drawn && target) {
      target.scrollIntoView?.(scroll);
      for (const el of drawn.elements) {
        // Restart the flash animation if it is still running from a previous reveal.
        el.removeAttribute('data-backstory-flash');
        void el.offsetWidth;
        el.setAttribute('data-backstory-flash', '');
        const timer = setTimeout(() => {
          flashTimers.delete(timer);
          el.removeAttribute('data-backstory-flash');
        }, 1800);
        flashTimers.add(timer);
      }
      return shown;
    }
    // The index the analysis was drawn from names text nodes our highlights have split since; the
    // page's text is the same with or without them, so a fresh index resolves the same offsets.
    const container = region && rangeFromSpan(buildTextIndex(region), mention)?.startContainer.parentElement;
    if (!container) throw new Error('Mention not found in the page');
    container.scrollIntoView?.(scroll);
    return shown;
  };

  watcher = watchPage({
    doc,
    signal,
    settleMs,
    currentUrl,
    onChange: () => {
      if (settings && isSiteEnabled(settings, doc.location?.hostname ?? '')) void analyze().catch(report);
    },
    touched: (node) => handle?.touches(node) ?? false,
    // The page rewrote text we split or wrapped: take the highlights out before the page's next
    // change lands on top of them; the watch re-reads the article once it settles.
    onTouched: unhighlight,
  });

  serve<ContentMethods>(
    {
      revealMention,
      applySettings: async (next) => {
        await applySettings(next).catch(report);
        return null;
      },
      // The popup found no page state for a page we read (the background lost it): read it again.
      readAgain: () => {
        void readPage().catch(report);
        return null;
      },
      ping: () => ({
        types: ENTITY_TYPES.filter((type: EntityType) => handle?.marks.some((m) => m.request.type === type)),
        article,
      }),
    },
    signal,
  );

  signal.addEventListener('abort', () => {
    generation++;
    for (const timer of flashTimers) clearTimeout(timer);
    flashTimers.clear();
    try {
      card?.close();
      handle?.remove();
      handle = null;
      styles?.remove();
      styles = null;
    } catch {
      // The page may have torn its own DOM down already; there is nothing left to restore.
    }
  });

  /** Reads the settings (when not known yet) and the article, asking again when an answer is lost. */
  const readPage = async (): Promise<void> => {
    if (!settings) {
      const loaded = await persistently(() => callBackground('getSettings', {}));
      if (!loaded || signal.aborted) return;
      settings ??= loaded;
    }
    await analyze();
  };

  const ready = readPage().catch(report);

  return {
    signal,
    ready,
    stop: () => controller.abort(),
    get state() {
      return { analysis, marks: handle?.marks.length ?? 0, root: region?.root ?? null };
    },
  };
}
