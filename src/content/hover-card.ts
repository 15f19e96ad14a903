/**
 * The hover card: a Preact `EntityCard` in an open shadow root, opened from a highlighted mention by
 * dwelling on it (the card is fetched after ~150 ms, shown after the reader's delay), focusing it or
 * tapping it. Everything hangs off the caller's AbortSignal; `destroy()` leaves no trace in the page.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Entity } from '../core/types';
import type { CardState } from '../shared/card';
import { EntityCard, type LookupState } from '../ui/EntityCard';
import { ENTITY_CARD_CSS } from '../ui/entity-card-css';
import { uiText } from '../ui/strings';
import { MARK_TAG, markOf, mentionElements } from './highlighter';
import { CARD_HOST_ATTRIBUTE, cardHostName } from './own-elements';
import { pageTheme } from './page-theme';

/** Timings after MediaWiki's Page Previews: fetch early, show later, hide with a grace period. */
export const FETCH_AFTER_MS = 150;
export const HIDE_AFTER_MS = 300;

export { CARD_HOST_ATTRIBUTE };

export interface HoverCardOptions {
  doc: Document;
  /** Aborting it closes the card and removes every listener. */
  signal: AbortSignal;
  /** The entity a mark's `data-backstory-id` names, from the page's Analysis. */
  entityFor(entityId: string): Entity | undefined;
  /** Ask the background for the card (may reject; the card then says the lookup failed). */
  loadCard(entityId: string): Promise<CardState>;
  /** The reader chose another candidate ("Not this one?"). */
  chooseCandidate(entityId: string, qid: string): Promise<CardState>;
  /** The reader's dwell before showing, read at every hover so settings apply at once. */
  hoverDelayMs(): number;
  /**
   * Whether an event inside the card is the reader's own, so it may change stored state. Defaults to
   * `isTrustedInput`; unit tests in jsdom, where every event is synthetic, pass their own.
   */
  acceptsInput?: (event: Event) => boolean;
}

/**
 * True for input the reader made: the browser's own event (a page's `element.click()` is not
 * trusted) and, where the browser tracks it, while the page has transient user activation.
 */
export function isTrustedInput(event: Event): boolean {
  if (!event.isTrusted) return false;
  const view = (event.target as Node | null)?.ownerDocument?.defaultView;
  const activation = (view?.navigator as (Navigator & { userActivation?: { isActive: boolean } }) | undefined)
    ?.userActivation;
  return activation ? activation.isActive : true;
}

export interface HoverCard {
  /** Opens the card for a mention now. `focusCard` moves focus into it (keyboard activation). */
  open(mark: HTMLElement, options?: { focusCard?: boolean }): void;
  /** Closes the card; `restoreFocus` puts focus back on the mention it belonged to. */
  close(options?: { restoreFocus?: boolean }): void;
  /** The mention the card is open for, if any. */
  readonly openFor: HTMLElement | null;
  /** Forget cached lookups (settings changed, e.g. lookups switched on). */
  clearCache(): void;
}

/**
 * Resets inherited page styles at the shadow boundary; positioning is set through the CSSOM. No
 * entrance animation: the card appears at once, which also suits reduced-motion readers.
 */
const HOST_CSS = `:host { all: initial; }
.bs-dialog { outline: none; }
.bs-dialog:focus-visible .bs-card { outline: 2px solid var(--bs-link, #0969da); }
.bs-dialog[data-sheet] .bs-card { width: 100%; max-height: min(60vh, 520px); border-radius: 12px 12px 0 0;
  border-bottom: none; box-shadow: 0 -6px 24px var(--bs-shadow); }
@media print { :host { display: none !important; } }`;

function adoptStyles(root: ShadowRoot, doc: Document): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(HOST_CSS + ENTITY_CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall back to a <style> element below.
    }
  }
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + ENTITY_CARD_CSS;
  root.append(style);
}

/** One reference box over every wrapper of a mention, so `inline()` can pick the right line. */
function referenceFor(mark: HTMLElement): VirtualElement {
  const pieces = mentionElements(mark);
  const rects = (): DOMRect[] => pieces.flatMap((p) => [...p.getClientRects()]);
  return {
    contextElement: mark,
    getClientRects: rects,
    getBoundingClientRect: () => {
      const all = rects();
      if (all.length === 0) return mark.getBoundingClientRect();
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return DOMRect.fromRect({ x: left, y: top, width: right - left, height: bottom - top });
    },
  };
}

/**
 * Wraps an event listener so a bug of ours never surfaces as an uncaught error in the page's console:
 * it is reported once, quietly, and the page carries on.
 */
function safely<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      listener(event);
    } catch (error) {
      if (!reported) console.warn('[Backstory]', error instanceof Error ? error.message : error);
      reported = true;
    }
  };
}
let reported = false;

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const PAGE_TABBABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * The first element after a mention in the page's tab order, approximately: document order, skipping
 * negative tabindex, hidden and inert subtrees and anything without a box (where there is layout).
 * Positive tabindex values are rare on news pages and not honoured.
 */
function nextTabbable(mark: HTMLElement): HTMLElement | null {
  const pieces = mentionElements(mark);
  const lastPiece = pieces[pieces.length - 1] ?? mark;
  const hasLayout = lastPiece.getClientRects().length > 0;
  for (const el of mark.ownerDocument.querySelectorAll<HTMLElement>(PAGE_TABBABLE)) {
    if (!(lastPiece.compareDocumentPosition(el) & 4) /* FOLLOWING */ || lastPiece.contains(el)) continue;
    if (el.tabIndex < 0 || el.hasAttribute(CARD_HOST_ATTRIBUTE) || el.closest('[hidden], [inert]')) continue;
    if (hasLayout && el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}

/** Narrow (a phone held upright) or touch-only windows show the card as a bottom sheet. */
export const SHEET_MEDIA = '(max-width: 479px), (hover: none) and (pointer: coarse)';

function isSheetWindow(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia(SHEET_MEDIA).matches;
}

/** True when `mark` is the entity's first highlighted mention on the page. */
function isFirstMention(mark: HTMLElement): boolean {
  const id = mark.getAttribute('data-backstory-id');
  if (!id) return false;
  const first = [...mark.ownerDocument.querySelectorAll<HTMLElement>(MARK_TAG)].find(
    (m) => m.getAttribute('data-backstory-id') === id,
  );
  return !!first && mentionElements(mark).includes(first);
}

/** Creates the page's hover card controller. Listeners are delegated on the document. */
export function createHoverCard(options: HoverCardOptions): HoverCard {
  const { doc, signal } = options;
  const acceptsInput = options.acceptsInput ?? isTrustedInput;
  const listen = { signal, capture: true } as const;
  const cache = new Map<string, Promise<CardState>>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let fetchTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: HTMLElement | null = null;
  let current: {
    mark: HTMLElement;
    host: HTMLElement;
    dialog: HTMLElement;
    stopPositioning: () => void;
    /** Bumped on every open; an answer for an older token is stale and dropped. */
    token: number;
    theme: 'light' | 'dark';
  } | null = null;
  let tokens = 0;
  let refocusing: HTMLElement | null = null;

  const later = (fn: () => void, ms: number): ReturnType<typeof setTimeout> => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id: ReturnType<typeof setTimeout> | undefined): void => {
    if (id === undefined) return;
    clearTimeout(id);
    timers.delete(id);
  };

  const lookup = (entityId: string): Promise<CardState> => {
    const cached = cache.get(entityId);
    if (cached) return cached;
    const promise: Promise<CardState> = options
      .loadCard(entityId)
      .catch((error: unknown): CardState => ({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((state) => {
        // Failures and offline answers are not kept: the next hover asks again (the background
        // decides how soon it really retries). The entry may already be a newer ask's (the cache was
        // cleared meanwhile), which is not this failure's to drop.
        const failed = state.status === 'error' || state.status === 'offline';
        if (failed && cache.get(entityId) === promise) cache.delete(entityId);
        return state;
      });
    cache.set(entityId, promise);
    return promise;
  };

  const draw = (state: LookupState): void => {
    if (!current) return;
    const entityId = current.mark.getAttribute('data-backstory-id') ?? '';
    const entity = options.entityFor(entityId);
    if (!entity) return;
    const token = current.token;
    render(
      h(EntityCard, {
        entity,
        lookup: state,
        headingId: 'bs-card-name',
        theme: current.theme,
        // The first mention's sentence is the one under the pointer when the first mention is hovered.
        showFirstMention: !isFirstMention(current.mark),
        onChooseCandidate: (qid: string, event: Event) => {
          // A choice is stored and followed on every site: only the reader's own click may make it.
          if (!acceptsInput(event)) return;
          draw({ status: 'loading' });
          options
            .chooseCandidate(entityId, qid)
            .catch((error: unknown): CardState => ({ status: 'error', message: String(error) }))
            .then((next) => {
              cache.set(entityId, Promise.resolve(next));
              if (current?.token === token) draw(next);
            });
        },
      }),
      current.dialog,
    );
  };

  const close = ({ restoreFocus = false } = {}): void => {
    cancel(hideTimer);
    cancel(showTimer);
    cancel(fetchTimer);
    pending = null;
    if (!current) return;
    const { mark, host, dialog, stopPositioning } = current;
    current = null;
    stopPositioning();
    render(null, dialog);
    host.remove();
    mark.removeAttribute('data-backstory-active');
    mark.removeAttribute('aria-expanded');
    if (restoreFocus && mark.isConnected) {
      // Focusing the mention would open its card again; this focus is ours, not the reader's.
      refocusing = mark;
      mark.focus({ preventScroll: true });
      refocusing = null;
    }
  };

  const open = (mark: HTMLElement, { focusCard = false } = {}): void => {
    cancel(hideTimer);
    cancel(showTimer);
    pending = null;
    const entityId = mark.getAttribute('data-backstory-id') ?? '';
    const entity = options.entityFor(entityId);
    if (!entity || !mark.isConnected) return;
    if (current?.mark === mark) {
      if (focusCard) focusInto(current.dialog);
      return;
    }
    close();

    const host = doc.createElement(cardHostName());
    host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    // Set through the CSSOM, which a page CSP does not block (unlike a style attribute in markup).
    Object.assign(host.style, { position: 'fixed', top: '0px', left: '0px', zIndex: '2147483647' });
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, doc);
    const dialog = doc.createElement('div');
    dialog.className = 'bs-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', uiText('cardDialogLabel', entity.name));
    dialog.setAttribute('tabindex', '-1');
    root.append(dialog);
    dialog.addEventListener('keydown', safely(onCardKeydown));
    host.addEventListener('pointerenter', () => cancel(hideTimer));
    host.addEventListener('pointerleave', (event) => {
      if ((event as PointerEvent).pointerType !== 'touch') scheduleHide();
    });
    (doc.body ?? doc.documentElement).append(host);

    const view = doc.defaultView;
    // A phone-sized or touch-only window gets a bottom sheet: a floating card there would cover
    // most of the text and leave no room to read it.
    if (isSheetWindow(view)) {
      Object.assign(host.style, { top: 'auto', bottom: '0px', left: '0px', right: '0px' });
      dialog.setAttribute('data-sheet', '');
      current = { mark, host, dialog, stopPositioning: () => {}, token: ++tokens, theme: pageTheme(mark) };
      showCard(mark, entityId, focusCard);
      return;
    }
    const reference = referenceFor(mark);
    const place = (): void => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Neither side has room for the whole card: it scrolls within the space there is.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              host.style.setProperty('--bs-max-height', `${Math.max(160, Math.floor(availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (current?.host !== host) return;
        Object.assign(host.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
      });
    };
    const stopPositioning = autoUpdate(reference, host, place, {
      // Engines without these observers (jsdom, old WebViews) still get scroll and resize updates.
      elementResize: typeof view?.ResizeObserver === 'function',
      layoutShift: typeof view?.IntersectionObserver === 'function',
    });
    current = { mark, host, dialog, stopPositioning, token: ++tokens, theme: pageTheme(mark) };
    showCard(mark, entityId, focusCard);
  };

  /** Marks the mention as open, draws the card and asks for its answer. */
  const showCard = (mark: HTMLElement, entityId: string, focusCard: boolean): void => {
    if (!current) return;
    const { dialog } = current;
    mark.setAttribute('data-backstory-active', '');
    mark.setAttribute('aria-expanded', 'true');

    const token = current.token;
    draw({ status: 'loading' });
    void lookup(entityId).then((state) => {
      // The pointer moved on, or the highlight is gone: this answer is for a card no longer shown.
      if (current?.token === token && mark.isConnected) draw(state);
    });
    if (focusCard) focusInto(dialog);
  };

  const focusInto = (dialog: HTMLElement): void => {
    dialog.focus({ preventScroll: true });
  };

  const scheduleHide = (): void => {
    cancel(hideTimer);
    if (current) hideTimer = later(() => close(), HIDE_AFTER_MS);
  };

  const isInCard = (event: Event): boolean => !!current && event.composedPath().includes(current.host);

  // Dwell: prefetch, then show; moving within the same mention keeps the timers.
  doc.addEventListener(
    'pointerover',
    safely((event) => {
      if (event.pointerType === 'touch') return;
      if (isInCard(event)) return cancel(hideTimer);
      const mark = markOf(event.target);
      if (!mark) return;
      if (current && mentionElements(current.mark).includes(mark)) return cancel(hideTimer);
      if (pending === mark) return;
      cancel(showTimer);
      cancel(fetchTimer);
      pending = mark;
      const entityId = mark.getAttribute('data-backstory-id') ?? '';
      fetchTimer = later(() => void lookup(entityId), FETCH_AFTER_MS);
      showTimer = later(
        () => {
          if (pending === mark) open(mark);
        },
        Math.max(0, options.hoverDelayMs()),
      );
    }),
    listen,
  );
  doc.addEventListener(
    'pointerout',
    safely((event) => {
      if (event.pointerType === 'touch') return;
      const from = markOf(event.target);
      if (!from) return;
      const to = markOf(event.relatedTarget);
      if (to && mentionElements(from).includes(to)) return;
      if (pending === from) {
        cancel(showTimer);
        cancel(fetchTimer);
        pending = null;
      }
      if (current && mentionElements(current.mark).includes(from)) scheduleHide();
    }),
    listen,
  );

  // Keyboard: focusing a mention shows its card; Tab moves into it; Escape closes it.
  doc.addEventListener(
    'focusin',
    safely((event) => {
      if (isInCard(event)) return cancel(hideTimer);
      const mark = markOf(event.target);
      if (mark && mark === refocusing) return;
      if (mark && mark.matches(`${MARK_TAG}[tabindex="0"]`)) open(mark);
      else if (current) close();
    }),
    listen,
  );
  doc.addEventListener(
    'keydown',
    safely((event) => {
      if (isInCard(event)) return;
      const mark = markOf(event.target);
      if (event.key === 'Escape') {
        if (current) close({ restoreFocus: !!mark });
        return;
      }
      if (!mark || !mark.matches(`${MARK_TAG}[tabindex="0"]`)) return;
      // A mention is a button: Enter or Space opens its card (again, after Escape) and enters it.
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (current?.mark === mark) focusInto(current.dialog);
        else open(mark, { focusCard: true });
      } else if (event.key === 'Tab' && !event.shiftKey && current?.mark === mark) {
        event.preventDefault();
        focusInto(current.dialog);
      }
    }),
    listen,
  );

  function onCardKeydown(event: KeyboardEvent): void {
    if (!current) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      close({ restoreFocus: true });
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = [...current.dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = (current.dialog.getRootNode() as ShadowRoot).activeElement;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    // Shift+Tab out of the card returns to the mention; Tab out of it continues after the mention, as
    // if the card sat right there in the page's tab order.
    if (event.shiftKey && (active === first || active === current.dialog)) {
      event.preventDefault();
      close({ restoreFocus: true });
    } else if (!event.shiftKey && (active === last || (active === current.dialog && !first))) {
      event.preventDefault();
      const next = nextTabbable(current.mark);
      if (next) {
        close();
        next.focus();
      } else {
        close({ restoreFocus: true });
      }
    } else if (!event.shiftKey && active === current.dialog && first) {
      event.preventDefault();
      first.focus();
    }
  }

  // Taps and clicks open at once; a click elsewhere closes.
  doc.addEventListener(
    'click',
    safely((event) => {
      if (isInCard(event)) return;
      const mark = markOf(event.target);
      if (mark && !mark.parentElement?.closest('a[href]')) {
        open(mark);
        return;
      }
      if (current && !(mark && mentionElements(current.mark).includes(mark))) close();
    }),
    listen,
  );

  signal.addEventListener('abort', () => {
    close();
    for (const id of timers) clearTimeout(id);
    timers.clear();
    cache.clear();
  });

  return {
    open,
    close,
    get openFor() {
      return current?.mark ?? null;
    },
    clearCache: () => cache.clear(),
  };
}
