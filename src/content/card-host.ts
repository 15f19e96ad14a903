/**
 * Where the hover card lives in the page: a host element under a fresh tag name, with an open shadow
 * root that resets the page's styles, holding one dialog the card's view is rendered into. Floating
 * beside the mention on a wide window; a sheet on the top or bottom edge of a narrow or touch-only
 * one, whichever leaves the mention in view.
 */
import { ENTITY_CARD_CSS } from '../ui/entity-card-css';
import { followMention, MIN_CARD_HEIGHT } from './card-position';
import { mentionElements } from './highlighter';
import { CARD_HOST_ATTRIBUTE, cardHostName } from './own-elements';

/**
 * Resets inherited page styles at the shadow boundary; positioning is set through the CSSOM. No
 * entrance animation: the card appears at once, which also suits reduced-motion readers.
 */
const HOST_CSS = `:host { all: initial; }
.bs-dialog { outline: none; }
.bs-dialog:focus-visible .bs-card { outline: 2px solid var(--bs-link, #0969da); }
.bs-dialog[data-sheet] .bs-card { width: 100%; max-height: min(60vh, 520px, var(--bs-max-height, 60vh));
  border-radius: 12px 12px 0 0; border-bottom: none; box-shadow: 0 -6px 24px var(--bs-shadow); }
.bs-dialog[data-sheet="top"] .bs-card { border-radius: 0 0 12px 12px; border-bottom: 1px solid var(--bs-border);
  box-shadow: 0 6px 24px var(--bs-shadow); }
@media print { :host { display: none !important; } }`;

/** Narrow (a phone held upright) or touch-only windows show the card as a sheet on the window's edge. */
export const SHEET_MEDIA = '(max-width: 479px), (hover: none) and (pointer: coarse)';

export interface CardHost {
  /** The element in the page; the pointer entering or leaving it is the card's. */
  readonly host: HTMLElement;
  /** The card's dialog in the shadow root: the view renders into it and focus goes to it. */
  readonly dialog: HTMLElement;
  /** The window edge the card stands on as a sheet; null when it floats beside the mention. */
  readonly sheet: SheetEdge | null;
  /** Stops following the mention and takes the host out of the page. */
  remove(): void;
}

function isSheetWindow(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia(SHEET_MEDIA).matches;
}

export type SheetEdge = 'top' | 'bottom';

/** A sheet's tallest (`min(60vh, 520px)` in HOST_CSS). */
const SHEET_HEIGHT = (viewHeight: number): number => Math.floor(Math.min(0.6 * viewHeight, 520));
const SHEET_GAP = 8;

/**
 * Where a sheet goes so it never hides the mention it explains, as an e-reader's dictionary does:
 * on the bottom edge when the room below the mention holds it, else on the edge with more room, no
 * taller than that room.
 */
export function sheetPlacement(
  mention: { top: number; bottom: number } | null,
  viewHeight: number,
): { edge: SheetEdge; maxHeight: number } {
  const full = SHEET_HEIGHT(viewHeight);
  if (!mention) return { edge: 'bottom', maxHeight: full };
  const below = viewHeight - mention.bottom - SHEET_GAP;
  const above = mention.top - SHEET_GAP;
  const edge: SheetEdge = below >= full || below >= above ? 'bottom' : 'top';
  const room = edge === 'bottom' ? below : above;
  return { edge, maxHeight: Math.max(MIN_CARD_HEIGHT, Math.floor(Math.min(full, room))) };
}

/** The mention's extent on screen, over all its pieces; null when it has no box (jsdom, hidden). */
function mentionBox(mark: HTMLElement): { top: number; bottom: number } | null {
  const rects = mentionElements(mark).flatMap((piece) => [...piece.getClientRects()]);
  if (rects.length === 0) return null;
  return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
}

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

/** Puts an empty card host into the page for `mark`, labelled `label`, placed for this window. */
export function mountCardHost(mark: HTMLElement, label: string): CardHost {
  const doc = mark.ownerDocument;
  const host = doc.createElement(cardHostName());
  host.setAttribute(CARD_HOST_ATTRIBUTE, '');
  // Set through the CSSOM, which a page CSP does not block (unlike a style attribute in markup).
  Object.assign(host.style, { position: 'fixed', top: '0px', left: '0px', zIndex: '2147483647' });
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, doc);
  const dialog = doc.createElement('div');
  dialog.className = 'bs-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', label);
  dialog.setAttribute('tabindex', '-1');
  root.append(dialog);
  (doc.body ?? doc.documentElement).append(host);

  // A phone-sized or touch-only window gets a sheet: a floating card there would cover most of the
  // text and leave no room to read it.
  const view = doc.defaultView;
  let sheet: SheetEdge | null = null;
  let stopFollowing = (): void => {};
  if (view && isSheetWindow(view)) {
    const { edge, maxHeight } = sheetPlacement(mentionBox(mark), view.innerHeight);
    sheet = edge;
    const onEdge = edge === 'bottom' ? { top: 'auto', bottom: '0px' } : { top: '0px', bottom: 'auto' };
    Object.assign(host.style, { ...onEdge, left: '0px', right: '0px' });
    host.style.setProperty('--bs-max-height', `${maxHeight}px`);
    dialog.setAttribute('data-sheet', edge);
  } else {
    stopFollowing = followMention(mark, host);
  }
  return {
    host,
    dialog,
    sheet,
    remove() {
      stopFollowing();
      host.remove();
    },
  };
}
