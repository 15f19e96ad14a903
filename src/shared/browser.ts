/**
 * The one seam around the WebExtension APIs. Everything imports `browser` from here, never from the
 * polyfill directly, so browser differences live in one place and tests can swap the object.
 */
import polyfill from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';

let current: Browser = polyfill;

export function getBrowser(): Browser {
  return current;
}

/** For tests: run against a fake. */
export function setBrowserForTesting(fake: Browser): void {
  current = fake;
}

/**
 * True once the extension was reloaded or updated under a running content script: this copy can
 * no longer reach the background and should remove itself quietly.
 *
 * Decided by the runtime's id, which the browser clears when it invalidates the context. The
 * message is only a second opinion for the wordings of a real invalidation: "Receiving end does
 * not exist" also means a tab without our content script, or a background that is still starting,
 * and taking it for invalidation made a live content script tear itself down.
 */
export function isContextInvalidated(error: unknown): boolean {
  try {
    if (!getBrowser().runtime?.id) return true;
  } catch {
    // Firefox throws "can't access dead object" on any use of an invalidated context's objects.
    return true;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|can't access dead object/i.test(message);
}
