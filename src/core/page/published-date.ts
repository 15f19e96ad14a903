/**
 * When was this article published? Read from the page the way a careful scraper does, most
 * reliable source first: JSON-LD, then publisher meta tags, then microdata, then `<time>` elements
 * in the article, then the URL, then a dateline in the text. Pure DOM: runs in jsdom and browsers.
 */
import type { PublishedDate, PublishedSource } from '../types';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function isPlausible(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
  return isPlausible(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The calendar day of a timestamp as the publisher wrote it. The day is read as written rather than
 * converted to UTC: "2019-01-03T02:00:02-0500" is 3 January where it was published.
 */
export function dayOfTimestamp(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Unix time in seconds or milliseconds.
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const date = new Date(m[1]!.length === 10 ? Number(m[1]) * 1000 : Number(m[1]));
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  // "May 30, 2018", "Wed, 30 May 2018 12:14:00 GMT", "30 May 2018"
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  return undefined;
}

const ARTICLE_TYPES =
  /(?:^|\b)(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|LiveBlogPosting|SocialMediaPosting|WebPage|ScholarlyArticle|TechArticle)$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every object in a JSON-LD document, following arrays and `@graph`, breadth first. */
function jsonLdObjects(root: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const queue: Json[] = [root];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      out.push(node);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        const child = node[key];
        if (child && typeof child === 'object') queue.push(child);
      }
    }
  }
  return out;
}

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function fromJsonLd(doc: Document): string | undefined {
  let fallback: string | undefined;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      // Some CMSs wrap JSON-LD in a CDATA section, which JSON does not know.
      const source = (script.textContent ?? '').replace(
        /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g,
        '',
      );
      parsed = JSON.parse(source) as Json;
    } catch {
      continue; // broken JSON-LD is common; other sources will do
    }
    for (const node of jsonLdObjects(parsed)) {
      const value = node['datePublished'] ?? node['dateCreated'];
      if (typeof value !== 'string') continue;
      if (typesOf(node).some((t) => ARTICLE_TYPES.test(t)) && node['datePublished']) return value;
      fallback ??= value;
    }
  }
  return fallback;
}

/** Meta tags publishers and their CMSs use for the publication time, most common first. */
const META_KEYS = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_at',
  'publication_date',
  'date_published',
  'article.published',
  'cxenseparse:recs:publishtime',
  'ptime',
  'pdate',
  'displaydate',
  'date',
];

function fromMeta(doc: Document): string | undefined {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.toLowerCase();
      if (key && !byKey.has(key)) byKey.set(key, content);
    }
  }
  for (const key of META_KEYS) {
    const value = byKey.get(key);
    if (value && dayOfTimestamp(value)) return value;
  }
  // Parse.ly keeps it inside a JSON blob.
  const parsely = byKey.get('parsely-page');
  if (parsely) {
    try {
      const data = JSON.parse(parsely) as { pub_date?: unknown };
      if (typeof data.pub_date === 'string') return data.pub_date;
    } catch {
      // not JSON after all
    }
  }
  return undefined;
}

function fromItemprop(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]'))) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
    if (dayOfTimestamp(value)) return value.trim();
  }
  return undefined;
}

const CONTAINER = 'article, [itemprop~="articleBody"], main, [role="main"], .article, .post, .entry, .story';
const PUBLISHED_HINT = /publish|posted|pubdate|dateline|byline|entry-date|article-date|post-date|timestamp/i;
const NOT_PUBLISHED_HINT = /modif|updat|comment|related|sidebar/i;

const ASIDE =
  'aside, footer, nav, [class*="related" i], [class*="comment" i], [class*="sidebar" i], [id*="comment" i]';

/**
 * How likely a `<time>` is the article's own date: a `pubdate` attribute or a "published" class says
 * so, being inside the article helps, and sidebars, related links and comments rule it out.
 */
function timeScore(t: Element): number {
  if (isUpdateTime(t) || t.closest(ASIDE)) return 0;
  return (
    (t.hasAttribute('pubdate') ? 4 : 0) +
    (PUBLISHED_HINT.test(ownAndAncestorClasses(t)) ? 2 : 0) +
    (t.closest(CONTAINER) ? 2 : 0)
  );
}

/** The classes of an element and of the few wrappers a byline puts around it. */
function ownAndAncestorClasses(el: Element, levels = 3): string {
  const classes: string[] = [];
  for (let e: Element | null = el; e && classes.length <= levels; e = e.parentElement) {
    classes.push(e.getAttribute('class') ?? '');
  }
  return classes.join(' ');
}

/** A `<time>` that tells when the page was changed, not when it was first published. */
function isUpdateTime(t: Element): boolean {
  const label = `${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`;
  return NOT_PUBLISHED_HINT.test(label) || /\bupdated\b[\s:]*$/i.test(textJustBefore(t));
}

/** Up to 20 characters of text right before `el` in its parent ("Updated: " before a `<time>`). */
function textJustBefore(el: Element): string {
  let text = '';
  for (let n = el.previousSibling; n && text.length < 20; n = n.previousSibling) {
    text = (n.textContent ?? '') + text;
  }
  return text.slice(-20);
}

function fromTimeElements(doc: Document): string | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    if (!dayOfTimestamp(t.getAttribute('datetime') ?? '')) continue;
    const score = timeScore(t);
    if (score > bestScore) [best, bestScore] = [t, score]; // ties keep the earlier one: the header's
  }
  return best?.getAttribute('datetime') ?? undefined;
}

/**
 * A byline's `<time datetime>` that nothing marks as the publication time (no class, no `pubdate`,
 * outside any article element, as on MSN): used when nothing better exists, if it sits beside the
 * headline (in the headline's parent or grandparent) and is not an update time.
 */
function fromBylineTime(doc: Document): string | undefined {
  const headline = doc.querySelector('h1');
  const near = [headline?.parentElement, headline?.parentElement?.parentElement].filter(
    (e): e is HTMLElement => !!e && e !== doc.body,
  );
  for (const region of near) {
    for (const t of Array.from(region.querySelectorAll('time[datetime]'))) {
      const raw = t.getAttribute('datetime') ?? '';
      if (dayOfTimestamp(raw) && !isUpdateTime(t) && !t.closest(ASIDE)) return raw;
    }
  }
  return undefined;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)|\/((?:19|20)\d{2})(\d{2})(\d{2})\//;

/** The date in an article URL such as `/2018/05/30/slug`. */
export function dateFromUrl(url: string): string | undefined {
  const m = URL_DATE.exec(url);
  if (!m) return undefined;
  return m[1] ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : iso(Number(m[4]), Number(m[5]), Number(m[6]));
}

function canonicalUrl(doc: Document): string | undefined {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined
  );
}

const TEXT_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b/;

/** A written date in a byline or dateline element ("May 30, 2018 12:14 PM"). */
function fromText(doc: Document): string | undefined {
  const candidates = Array.from(
    doc.querySelectorAll(
      '[class*="date" i], [class*="byline" i], [class*="time" i], [class*="posted" i], [id*="date" i]',
    ),
  ).filter(
    (el) =>
      !NOT_PUBLISHED_HINT.test(el.getAttribute('class') ?? '') &&
      !el.closest(ASIDE) &&
      (el.textContent ?? '').length < 200,
  );
  // A dateline inside the article beats one elsewhere on the page; otherwise the first in the page.
  candidates.sort((a, b) => Number(!!b.closest(CONTAINER)) - Number(!!a.closest(CONTAINER)));
  for (const el of candidates) {
    const m = TEXT_DATE.exec(el.textContent ?? '');
    if (m) return m[0];
  }
  return undefined;
}

/**
 * The article's publication date, or undefined when the page does not say. `url` (the page's
 * address) is used last, for dates in the path; without it the canonical URL is tried. The day is the
 * page's own: a UTC timestamp is moved to the time zone the page gives elsewhere. When the page shows
 * the reader a later update day, it comes as `updated`.
 */
export function findPublishedDate(doc: Document, url?: string): PublishedDate | undefined {
  const zone = pageOffsetOnce(doc);
  const found = publicationOf(doc, zone, url);
  if (!found) return undefined;
  const updated = shownUpdateDay(doc, zone, found.date);
  return updated ? { ...found, updated } : found;
}

function publicationOf(doc: Document, zone: PageOffset, url?: string): PublishedDate | undefined {
  const readers: Array<[PublishedSource, () => string | undefined]> = [
    ['json-ld', () => fromJsonLd(doc)],
    ['meta', () => fromMeta(doc)],
    ['itemprop', () => fromItemprop(doc)],
    ['time-element', () => fromTimeElements(doc)],
  ];
  for (const [source, read] of readers) {
    const raw = read();
    const date = raw ? localDay(raw, zone) : undefined;
    if (raw && date) return raw.trim().length > 10 ? { date, raw: raw.trim(), source } : { date, source };
  }
  for (const address of [url, canonicalUrl(doc)]) {
    const date = address ? dateFromUrl(address) : undefined;
    if (date) return { date, source: 'url' };
  }
  const written = fromText(doc);
  const date = written ? dayOfTimestamp(written) : undefined;
  if (date) return { date, raw: written, source: 'text' };
  const byline = fromBylineTime(doc);
  const bylineDay = byline ? localDay(byline, zone) : undefined;
  return byline && bylineDay ? { date: bylineDay, raw: byline.trim(), source: 'time-element' } : undefined;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;

/** Minutes east of UTC of an ISO timestamp's offset ("-05:00" → -300, "Z" → 0), or undefined. */
function offsetOf(raw: string): number | undefined {
  const zone = ISO_INSTANT.exec(raw.trim())?.[6];
  if (!zone) return undefined;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * The time zone the page writes its own timestamps in: the first non-UTC offset among its JSON-LD
 * dates, meta tags and `<time datetime>`s. Undefined when it gives none (or only UTC).
 */
function pageOffset(doc: Document): number | undefined {
  const stamps = [
    ...Array.from(doc.querySelectorAll('meta[content]'), (m) => m.getAttribute('content') ?? ''),
    ...Array.from(doc.querySelectorAll('time[datetime]'), (t) => t.getAttribute('datetime') ?? ''),
    ...Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) =>
      Array.from((s.textContent ?? '').matchAll(/"date\w*"\s*:\s*"([^"]+)"/g), (m) => m[1]!),
    ).flat(),
  ];
  for (const stamp of stamps) {
    const offset = offsetOf(stamp);
    if (offset) return offset;
  }
  return undefined;
}

/** The page's offset, asked for lazily: only a UTC stamp needs it, and then it is looked up once. */
type PageOffset = () => number | undefined;

/** Reads the page's offset on the first call and remembers it, so one page is scanned at most once. */
function pageOffsetOnce(doc: Document): PageOffset {
  let looked = false;
  let offset: number | undefined;
  return () => {
    if (!looked) [offset, looked] = [pageOffset(doc), true];
    return offset;
  };
}

/**
 * The calendar day of a timestamp where the page was written: an offset timestamp is read as written;
 * a UTC one ("2019-12-07T03:00:00Z") is moved to the page's own offset when the page gives one
 * elsewhere, since 03:00 UTC is still the evening before in New York.
 */
function localDay(raw: string, zone: PageOffset): string | undefined {
  if (offsetOf(raw) !== 0) return dayOfTimestamp(raw);
  const offset = zone();
  if (!offset) return dayOfTimestamp(raw);
  const m = ISO_INSTANT.exec(raw.trim())!;
  const local = new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) + offset * 60_000,
  );
  return iso(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

const MONTH_NAMES = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** "Updated Dec. 7", "Updated: 7 December 2019", "Last updated on Dec 7, 2019 10:15 a.m." */
const UPDATED_TEXT = new RegExp(
  `\\b(?:last\\s+)?updated:?\\s+(?:on\\s+)?(?:${MONTH_NAMES}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_NAMES})(?:,?\\s+(\\d{4}))?`,
  'i',
);

/**
 * The day the page shows the reader it was updated, when that is after `published`: a `<time>`
 * labelled as the update, or an "Updated Dec. 7" line in the byline. A year left out is the one that
 * puts the update just after publication.
 */
function shownUpdateDay(doc: Document, zone: PageOffset, published: string): string | undefined {
  let day: string | undefined;
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    if (t.closest(ASIDE) || !isUpdateTime(t) || !(t.textContent ?? '').trim()) continue;
    day = localDay(t.getAttribute('datetime') ?? '', zone);
    if (day) break;
  }
  if (!day) {
    const stamps = Array.from(
      doc.querySelectorAll('[class*="date" i], [class*="byline" i], [class*="time" i], [class*="updated" i]'),
    ).filter((el) => !el.closest(ASIDE) && (el.textContent ?? '').length < 200);
    for (const el of stamps) {
      const m = UPDATED_TEXT.exec(el.textContent ?? '');
      if (!m) continue;
      const month = MONTHS[(m[1] ?? m[4])!.toLowerCase().slice(0, 3)]!;
      const dayOfMonth = Number(m[2] ?? m[3]);
      const [py, pm] = published.split('-').map(Number) as [number, number];
      const year = m[5] ? Number(m[5]) : month < pm ? py + 1 : py;
      day = iso(year, month, dayOfMonth);
      if (day) break;
    }
  }
  return day && day > published ? day : undefined;
}
