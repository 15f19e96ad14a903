/**
 * Which sites Backstory may read is the reader's choice, kept by the browser as host permissions:
 * "on every site" holds `ALL_SITES`; "only on sites I choose" holds the http and https patterns of each site
 * the reader turned on. Nothing else records the choice, so it cannot drift from what the browser
 * actually allows.
 */

import { webPageUrl } from './url';

/** Every http(s) page: the manifest's optional host permissions, granted when the reader chooses so. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The reader's choice of access, as the welcome page offers it. */
export type AccessChoice = 'every-site' | 'chosen-sites';

/**
 * What the reader grants when turning one site on: its pages over http and https alike. Two patterns,
 * not `*://host/*`: each is then covered by one of `ALL_SITES`, which is how browsers test "contains".
 */
export function sitePatterns(url: string | undefined): string[] {
  const page = webPageUrl(url);
  return page ? [`http://${page.hostname}/*`, `https://${page.hostname}/*`] : [];
}

/** The host permission this very page needs to be read; null for a page that is not on the web. */
export function pagePattern(url: string | undefined): string | null {
  const page = webPageUrl(url);
  return page ? `${page.protocol}//${page.hostname}/*` : null;
}

const WEB_PATTERN = /^(\*|https?):\/\/[^/]+\/.*$/;

/** The granted origins that are web pages we read (the browser may list others, e.g. `<all_urls>`). */
export function webPatterns(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => WEB_PATTERN.test(o)))].sort();
}

/** The choice the granted origins amount to. */
export function accessChoiceOf(origins: readonly string[] | undefined): AccessChoice {
  const granted = new Set(origins ?? []);
  return ALL_SITES.every((o) => granted.has(o)) ? 'every-site' : 'chosen-sites';
}
