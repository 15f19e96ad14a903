/**
 * Wikipedia's Action API, `action=query` with `formatversion=2`
 * (https://www.mediawiki.org/wiki/API:Query): many titles in one call, redirects and title
 * normalisation resolved by the server, and for each page its lead extract as plain text, its short
 * description, thumbnail, Wikidata item and disambiguation flag.
 */

import { CARD_TEXT_LIMITS } from '../../shared/card';
import { cardExtract, clip, toPlainText } from './extract';

/** What we keep of one Wikipedia page. */
export interface WikiPage {
  title: string;
  url: string;
  description?: string;
  /** Plain text (`explaintext`); absent when the server's `exlimit` ran out before this page. */
  extract?: string;
  thumbnail?: { url: string; width: number; height: number };
  qid?: string;
  disambiguation: boolean;
}

/** The server caps `titles` at 50 for normal clients, and extracts at 20 a call. */
export const MAX_TITLES_PER_CALL = 50;
export const MAX_EXTRACTS_PER_CALL = 20;

const PAGE_PROPS = {
  prop: 'extracts|pageimages|description|pageprops|info',
  exintro: '1',
  explaintext: '1',
  // Only the lead's first sentences: a card shows a few hundred characters, and a bounded answer
  // cannot stall us (exchars cuts at a sentence or word).
  exchars: '600',
  exlimit: String(MAX_EXTRACTS_PER_CALL),
  piprop: 'thumbnail',
  pithumbsize: '160',
  ppprop: 'wikibase_item|disambiguation',
  inprop: 'url',
};

/** Names per search request: each is one `intitle:"…"` phrase of an OR query. */
export const MAX_NAMES_PER_SEARCH = 8;

/**
 * One search for several names at once (`generator=search`, CirrusSearch `intitle:"A" OR
 * intitle:"B"`), answered with the same page properties as a title query: the search costs one
 * request however many names are still unknown. Which name a page answers is decided by the caller
 * (the page's title must carry the name).
 */
export function wikipediaSearchUrl(origin: string, names: string[]): string {
  const phrases = names.map((n) => `intitle:"${n.replace(/["\\]/g, ' ')}"`);
  const params = new URLSearchParams({
    action: 'query',
    format: 'json',
    formatversion: '2',
    origin: '*',
    maxlag: '5',
    generator: 'search',
    gsrsearch: phrases.join(' OR '),
    gsrnamespace: '0',
    gsrlimit: String(Math.min(MAX_EXTRACTS_PER_CALL, 4 * names.length)),
    ...PAGE_PROPS,
  });
  return `${origin}/w/api.php?${params}`;
}

/** The pages of a `generator=search` answer, in the search's order. */
export function parseWikipediaSearch(body: unknown, origin: string): WikiPage[] {
  const query = (body as { query?: { pages?: (RawPage & { index?: number })[] } } | null)?.query;
  // No hit at all: the API answers without `query`.
  if (!query) {
    if (body && typeof body === 'object' && 'batchcomplete' in body) return [];
    throw new Error('Not a query answer');
  }
  if (!Array.isArray(query.pages)) throw new Error('Not a query answer');
  return [...query.pages]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((raw) => toPage(raw, origin))
    .filter((p): p is WikiPage => !!p);
}

/** @param continuation The `continue` object of the previous answer, to get the extracts it held back. */
export function wikipediaQueryUrl(
  origin: string,
  titles: string[],
  continuation: Record<string, string> = {},
): string {
  const params = new URLSearchParams({
    action: 'query',
    format: 'json',
    formatversion: '2',
    origin: '*',
    maxlag: '5',
    redirects: '1',
    titles: titles.join('|'),
    ...PAGE_PROPS,
    ...continuation,
  });
  return `${origin}/w/api.php?${params}`;
}

interface RawPage {
  title?: string;
  missing?: boolean;
  invalid?: boolean;
  fullurl?: string;
  canonicalurl?: string;
  extract?: string;
  description?: string;
  thumbnail?: { source?: string; width?: number; height?: number };
  pageprops?: { wikibase_item?: string; disambiguation?: string };
}

interface RawQuery {
  query?: {
    normalized?: { from: string; to: string }[];
    /** Variant conversion (zh, sr…): after normalisation, before redirects. */
    converted?: { from: string; to: string }[];
    redirects?: { from: string; to: string }[];
    pages?: RawPage[];
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** Only web links reach a card: a `javascript:` or `data:` URL from a hostile answer is dropped. */
export const isWebUrl = (x: unknown): x is string => isString(x) && /^https?:\/\//i.test(x);

/** Where Wikimedia serves thumbnails from, besides the wiki itself. */
export const IMAGE_ORIGINS = ['https://upload.wikimedia.org'];

/** Whether `url` is a web URL on one of `origins` (exactly: scheme, host and port). */
export function isOnOrigin(url: unknown, origins: string[]): url is string {
  if (!isWebUrl(url)) return false;
  try {
    const { origin } = new URL(url);
    return origins.some((o) => {
      try {
        return new URL(o).origin === origin;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

function toPage(raw: RawPage, origin: string): WikiPage | null {
  if (!isString(raw.title) || raw.missing || raw.invalid) return null;
  // A card links only to the configured Wikipedia: any other link in an answer is replaced by the
  // page's own address there.
  const page: WikiPage = {
    title: raw.title,
    url:
      [raw.canonicalurl, raw.fullurl].find((u) => isOnOrigin(u, [origin])) ??
      `${origin}/wiki/${encodeURIComponent(raw.title.replace(/ /g, '_'))}`,
    disambiguation: raw.pageprops?.disambiguation !== undefined,
  };
  // Cut to card size as they arrive: nothing larger is ever cached, sent or rendered.
  if (isString(raw.description) && raw.description)
    page.description = clip(toPlainText(raw.description), CARD_TEXT_LIMITS.description);
  if (isString(raw.extract)) page.extract = cardExtract(raw.extract, CARD_TEXT_LIMITS.extract);
  const qid = raw.pageprops?.wikibase_item;
  if (isString(qid) && /^Q\d+$/.test(qid)) page.qid = qid;
  const t = raw.thumbnail;
  if (
    t &&
    isOnOrigin(t.source, [origin, ...IMAGE_ORIGINS]) &&
    typeof t.width === 'number' &&
    typeof t.height === 'number'
  ) {
    page.thumbnail = { url: t.source, width: t.width, height: t.height };
  }
  return page;
}

/**
 * The `continue` object of an answer when the server held back extracts (more pages than `exlimit`),
 * as strings ready for the next URL; undefined when there is nothing more to get
 * (https://www.mediawiki.org/wiki/API:Continue).
 */
export function extractContinuation(body: unknown): Record<string, string> | undefined {
  const next = (body as { continue?: Record<string, unknown> } | null)?.continue;
  if (!next || next.excontinue === undefined) return undefined;
  return Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)]));
}

/**
 * Map each requested title to the page it ends up on, following the server's normalisation and
 * redirects. Titles that are missing or invalid are absent from the result.
 * @throws Error when the body is not a query answer.
 */
export function parseWikipediaQuery(
  body: unknown,
  requested: string[],
  origin: string,
): Map<string, WikiPage> {
  const query = (body as RawQuery).query;
  if (!query || !Array.isArray(query.pages)) throw new Error('Not a query answer');
  const step = new Map<string, string>();
  for (const n of query.normalized ?? []) step.set(n.from, n.to);
  const converted = new Map<string, string>();
  for (const c of query.converted ?? []) converted.set(c.from, c.to);
  const redirects = new Map<string, string>();
  for (const r of query.redirects ?? []) redirects.set(r.from, r.to);
  const pages = new Map<string, WikiPage>();
  for (const raw of query.pages) {
    const page = toPage(raw, origin);
    if (page) pages.set(page.title, page);
  }
  const out = new Map<string, WikiPage>();
  for (const title of requested) {
    let current = step.get(title) ?? title;
    current = converted.get(current) ?? current;
    // Redirects can chain; the guard stops a loop the server should never send.
    for (let hops = 0; redirects.has(current) && hops < 5; hops++)
      current = redirects.get(current) ?? current;
    const page = pages.get(current);
    if (page) out.set(title, page);
  }
  return out;
}
