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

/** True once the extension was reloaded or updated under a running content script. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|context invalidated|Receiving end does not exist|can't access dead object/i.test(
    message,
  );
}
