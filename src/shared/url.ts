/**
 * Small URL helpers every context needs the same way. They never throw: a URL that does not parse
 * is simply not a page Backstory reads.
 */

/** The parsed URL when it is an ordinary web page (http or https) Backstory can read, else null. */
export function webPageUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The page's hostname when it is an ordinary web page Backstory can read, else null. */
export function readableHost(url: string | undefined): string | null {
  return webPageUrl(url)?.hostname ?? null;
}

/** The URL without its fragment: an in-page anchor is not a navigation. */
export function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at >= 0 ? url.slice(0, at) : url;
}

/** Two URLs show the same page when they differ only in the fragment. */
export function isSamePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return withoutHash(a) === withoutHash(b);
}
