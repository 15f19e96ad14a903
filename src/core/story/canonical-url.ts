/**
 * One key per article, however the reader reached it: links from social sites and newsletters add
 * tracking parameters and fragments, and some sites serve the same article with and without `www.`.
 */

/** Query parameters that only say how the reader arrived, never which article it is. */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ito|smid|ocid|s_cid|__twitter_impression)$/i;

function parseWeb(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The address to open the article again: as read, without its fragment or tracking parameters.
 * Unlike `canonicalUrl` it keeps the scheme and host, which some sites need.
 */
export function cleanUrl(url: string): string {
  const parsed = parseWeb(url);
  if (!parsed) return url;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()])
    if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.toString();
}

/**
 * The article's identity, never an address to open (see `cleanUrl`).
 * @returns the URL without fragment, tracking parameters, default port, `www.` or trailing slash,
 *   with the remaining parameters sorted; the input unchanged when it is not an http(s) URL.
 */
export function canonicalUrl(url: string): string {
  const parsed = parseWeb(url);
  if (!parsed) return url;
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const host = parsed.hostname.replace(/^www\./, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  // http and https serve the same article; https is what a link should open.
  return `https://${host}${port}${path}${query}`;
}
