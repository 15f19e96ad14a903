/**
 * Where the hover card lives in the page: a host element under a fresh tag name, with an open shadow
 * root that resets the page's styles, holding one dialog the card's view is rendered into. Floating
 * beside the mention on a wide window; a bottom sheet on a narrow or touch-only one.
 */
import { ENTITY_CARD_CSS } from '../ui/entity-card-css';
import { followMention } from './card-position';
import { CARD_HOST_ATTRIBUTE, cardHostName } from './own-elements';

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

/** Narrow (a phone held upright) or touch-only windows show the card as a bottom sheet. */
export const SHEET_MEDIA = '(max-width: 479px), (hover: none) and (pointer: coarse)';

export interface CardHost {
  /** The element in the page; the pointer entering or leaving it is the card's. */
  readonly host: HTMLElement;
  /** The card's dialog in the shadow root: the view renders into it and focus goes to it. */
  readonly dialog: HTMLElement;
  /** True when the card stands on the window's bottom edge instead of beside the mention. */
  readonly sheet: boolean;
  /** Stops following the mention and takes the host out of the page. */
  remove(): void;
}

function isSheetWindow(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia(SHEET_MEDIA).matches;
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

  // A phone-sized or touch-only window gets a bottom sheet: a floating card there would cover most
  // of the text and leave no room to read it.
  const sheet = isSheetWindow(doc.defaultView);
  let stopFollowing = (): void => {};
  if (sheet) {
    Object.assign(host.style, { top: 'auto', bottom: '0px', left: '0px', right: '0px' });
    dialog.setAttribute('data-sheet', '');
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
