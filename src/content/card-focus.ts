/**
 * The card in the page's tab order, as if it sat right after its mention: Tab from the mention enters
 * the card, Tab past the card's last control goes on to what follows the mention in the page, and
 * Shift+Tab out of the card returns to the mention.
 */
import { mentionElements } from './highlighter';
import { CARD_HOST_ATTRIBUTE } from './own-elements';

const CARD_FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const PAGE_TABBABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * The first element after a mention in the page's tab order, approximately: document order, skipping
 * negative tabindex, hidden and inert subtrees and anything without a box (where there is layout).
 * Positive tabindex values are rare on news pages and not honoured.
 */
export function nextTabbable(mark: HTMLElement): HTMLElement | null {
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

/** Where a Tab pressed inside the card goes. */
export type TabMove =
  /** Stay in the card: focus its first control. */
  | { to: 'first'; element: HTMLElement }
  /** Leave the card back to its mention. */
  | { to: 'mention' }
  /** Leave the card for what follows the mention (null: nothing does, back to the mention). */
  | { to: 'after'; element: HTMLElement | null }
  /** The browser's own move between the card's controls. */
  | { to: 'within' };

/** Not folded away: a control inside a closed <details> (other than its summary) takes no focus. */
function isReachable(control: HTMLElement): boolean {
  const folded = control.closest('details:not([open])');
  return !folded || (control.localName === 'summary' && control.parentElement === folded);
}

/** Where Tab (or Shift+Tab) from the focused element of `dialog`, the card of `mark`, goes. */
export function tabMove(dialog: HTMLElement, mark: HTMLElement, shiftKey: boolean): TabMove {
  const controls = [...dialog.querySelectorAll<HTMLElement>(CARD_FOCUSABLE)].filter(isReachable);
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (shiftKey) return active === first || active === dialog ? { to: 'mention' } : { to: 'within' };
  if (active === last || (active === dialog && !first)) return { to: 'after', element: nextTabbable(mark) };
  if (active === dialog && first) return { to: 'first', element: first };
  return { to: 'within' };
}
