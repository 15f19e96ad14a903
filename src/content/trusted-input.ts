/**
 * True for input the reader made: the browser's own event (a page's `element.click()` is not
 * trusted) and, where the browser tracks it, while the page has transient user activation. Actions
 * that change stored state (a chosen candidate is followed on every site) accept only such input.
 */
export function isTrustedInput(event: Event): boolean {
  if (!event.isTrusted) return false;
  const view = (event.target as Node | null)?.ownerDocument?.defaultView;
  const activation = (view?.navigator as (Navigator & { userActivation?: { isActive: boolean } }) | undefined)
    ?.userActivation;
  return activation ? activation.isActive : true;
}
