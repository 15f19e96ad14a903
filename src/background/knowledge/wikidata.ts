/**
 * Wikidata's Action API: `wbsearchentities` to find items by name
 * (https://www.wikidata.org/w/api.php?action=help&modules=wbsearchentities) and `wbgetentities` for
 * up to 50 items' labels, descriptions, claims and sitelinks in one call
 * (https://www.wikidata.org/w/api.php?action=help&modules=wbgetentities). Responses are trimmed
 * to what the cards use before they are cached.
 */

import { CARD_TEXT_LIMITS } from '../../shared/card';
import { clip, toPlainText } from './extract';

export interface WikidataTime {
  /** `+1963-12-30T00:00:00Z`; years may be negative or longer than four digits. */
  time: string;
  /** 9 year, 10 month, 11 day. */
  precision: number;
  /** Set for dates in the Julian calendar (Wikidata's Q1985786), which are converted before use. */
  julian?: boolean;
}

export type SnakValue =
  /** `somevalue`: there is a value, nobody knows it ("died, date unknown"). */
  | { kind: 'unknown' }
  /** `novalue`: there is none (no end: still in office; no successor). */
  | { kind: 'none' }
  | { kind: 'item'; id: string }
  | { kind: 'time'; value: WikidataTime }
  | { kind: 'quantity'; amount: number }
  | { kind: 'string'; value: string };

export interface Statement {
  value: SnakValue;
  rank: 'preferred' | 'normal' | 'deprecated';
  qualifiers: Record<string, SnakValue[]>;
}

export interface WikidataItem {
  id: string;
  label?: string;
  description?: string;
  /** Only the properties the cards and the linker read (see KEPT_PROPERTIES). */
  claims: Record<string, Statement[]>;
  /** Wikipedia page title in the configured language, if the item has one. */
  sitelink?: string;
}

export interface SearchHit {
  id: string;
  label?: string;
  description?: string;
}

/** Properties worth keeping: type (P31), person, place, organisation and event facts. */
export const KEPT_PROPERTIES = [
  'P31',
  'P279',
  'P106',
  'P569',
  'P570',
  'P39',
  'P27',
  'P17',
  'P1082',
  'P35',
  'P6',
  'P571',
  'P159',
  'P488',
  'P1037',
  'P169',
  'P585',
  'P580',
  'P582',
  'P276',
  'P710',
  'P1923',
  'P625',
  'P36',
  'P131',
] as const;
const KEPT_QUALIFIERS = ['P580', 'P582', 'P585'];

export const MAX_IDS_PER_CALL = 50;

const api = (origin: string, params: Record<string, string>): string =>
  `${origin}/w/api.php?${new URLSearchParams({ format: 'json', origin: '*', ...params })}`;

export function searchEntitiesUrl(origin: string, name: string, lang: string, limit = 7): string {
  return api(origin, {
    action: 'wbsearchentities',
    search: name,
    language: lang,
    uselang: lang,
    type: 'item',
    limit: String(limit),
  });
}

/**
 * Items for cards, sized by what comes back: a country's or a head of state's full entity is
 * megabytes (every language's labels, hundreds of sitelinks), so only the reader's language and
 * its Wikipedia's sitelink are asked for, in small batches (`MAX_FULL_ITEMS_PER_CALL`).
 */
export function getEntitiesUrl(
  origin: string,
  ids: string[],
  lang: string,
  what: 'full' | 'labels',
  site = wikiSiteId(lang),
): string {
  return api(origin, {
    action: 'wbgetentities',
    ids: ids.join('|'),
    props: what === 'full' ? 'labels|descriptions|claims|sitelinks' : 'labels',
    languages: lang,
    languagefallback: '1',
    ...(what === 'full' ? { sitefilter: site } : {}),
    maxlag: '5',
  });
}

/** Full items per call: claims alone are 100 KB–1 MB for big items. Labels go 50 a call. */
export const MAX_FULL_ITEMS_PER_CALL = 25;

/**
 * Wikipedia language codes whose site id is not simply `{code}wiki` with hyphens as underscores
 * (https://meta.wikimedia.org/wiki/Special_language_codes): the reader's BCP 47 code → the wiki's
 * subdomain. `be-tarask` keeps its old database name.
 */
const WIKI_SUBDOMAIN: Record<string, string> = {
  yue: 'zh-yue',
  'zh-hk': 'zh',
  'zh-tw': 'zh',
  'zh-cn': 'zh',
  'zh-hans': 'zh',
  'zh-hant': 'zh',
  lzh: 'zh-classical',
  nan: 'zh-min-nan',
  nb: 'no',
  gsw: 'als',
  rup: 'roa-rup',
  sgs: 'bat-smg',
  vro: 'fiu-vro',
  'en-gb': 'en',
  'en-us': 'en',
  'pt-br': 'pt',
  'fr-ca': 'fr',
};
const SITE_ID: Record<string, string> = { 'be-tarask': 'be_x_oldwiki' };

/** The Wikipedia subdomain for a language code ("nb" → "no", "yue" → "zh-yue"). */
export function wikiSubdomain(lang: string): string {
  const code = lang.trim().toLowerCase();
  return WIKI_SUBDOMAIN[code] ?? code;
}

/** The Wikidata site id of a language's Wikipedia ("zh-yue" → "zh_yuewiki", "be-tarask" → "be_x_oldwiki"). */
export function wikiSiteId(lang: string): string {
  const sub = wikiSubdomain(lang);
  return SITE_ID[sub] ?? `${sub.replace(/-/g, '_')}wiki`;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => !!x && typeof x === 'object' && !Array.isArray(x);

function toValue(datavalue: unknown): SnakValue | null {
  if (!isObj(datavalue)) return null;
  const v = datavalue.value;
  switch (datavalue.type) {
    case 'wikibase-entityid':
      return isObj(v) && typeof v.id === 'string' ? { kind: 'item', id: v.id } : null;
    case 'time':
      if (!isObj(v) || typeof v.time !== 'string' || typeof v.precision !== 'number') return null;
      return {
        kind: 'time',
        value: {
          time: v.time,
          precision: v.precision,
          ...(typeof v.calendarmodel === 'string' && v.calendarmodel.endsWith('/Q1985786')
            ? { julian: true }
            : {}),
        },
      };
    case 'quantity': {
      const amount = isObj(v) ? Number(v.amount) : NaN;
      return Number.isFinite(amount) ? { kind: 'quantity', amount } : null;
    }
    case 'string':
      return typeof v === 'string' ? { kind: 'string', value: v } : null;
    default:
      return null;
  }
}

function snakValue(snak: unknown): SnakValue | null {
  if (!isObj(snak)) return null;
  if (snak.snaktype === 'somevalue') return { kind: 'unknown' };
  if (snak.snaktype === 'novalue') return { kind: 'none' };
  return snak.snaktype === 'value' ? toValue(snak.datavalue) : null;
}

/**
 * A term in the wanted language. With `languagefallback` the server may answer under the wanted
 * key with another language's text; items labelled only in `mul` (the language-neutral label
 * Wikidata added in 2024) come back that way, or under `mul` itself, so take whatever is there.
 */
export function pickTerm(terms: unknown, lang: string): string | undefined {
  if (!isObj(terms)) return undefined;
  for (const key of [lang, 'mul', 'en', ...Object.keys(terms)]) {
    const term = terms[key];
    if (isObj(term) && typeof term.value === 'string' && term.value) return term.value;
  }
  return undefined;
}

function parseStatements(list: unknown): Statement[] {
  if (!Array.isArray(list)) return [];
  const out: Statement[] = [];
  for (const raw of list) {
    if (!isObj(raw)) continue;
    const value = snakValue(raw.mainsnak);
    if (!value) continue;
    const rank = raw.rank === 'preferred' || raw.rank === 'deprecated' ? raw.rank : 'normal';
    const qualifiers: Record<string, SnakValue[]> = {};
    if (isObj(raw.qualifiers)) {
      for (const p of KEPT_QUALIFIERS) {
        const snaks = raw.qualifiers[p];
        if (!Array.isArray(snaks)) continue;
        const values = snaks.map(snakValue).filter((x): x is SnakValue => !!x);
        if (values.length) qualifiers[p] = values;
      }
    }
    out.push({ value, rank, qualifiers });
  }
  return out;
}

/**
 * Items of a `wbgetentities` answer, keyed by id (and by the requested id when the server followed a
 * redirect between items). Missing ids are absent.
 * @throws Error when the body is not a wbgetentities answer.
 */
export function parseGetEntities(body: unknown, lang: string): Map<string, WikidataItem> {
  const entities = isObj(body) ? body.entities : undefined;
  if (!isObj(entities)) throw new Error('Not a wbgetentities answer');
  const out = new Map<string, WikidataItem>();
  for (const [key, raw] of Object.entries(entities)) {
    if (!isObj(raw) || 'missing' in raw || typeof raw.id !== 'string') continue;
    const claims: Record<string, Statement[]> = {};
    if (isObj(raw.claims)) {
      for (const p of KEPT_PROPERTIES) {
        const statements = parseStatements(raw.claims[p]);
        if (statements.length) claims[p] = statements;
      }
    }
    const item: WikidataItem = { id: raw.id, claims };
    const label = pickTerm(raw.labels, lang);
    if (label) item.label = clip(toPlainText(label), CARD_TEXT_LIMITS.label);
    const description = pickTerm(raw.descriptions, lang);
    if (description) item.description = clip(toPlainText(description), CARD_TEXT_LIMITS.description);
    const sitelink = isObj(raw.sitelinks) ? raw.sitelinks[wikiSiteId(lang)] : undefined;
    if (isObj(sitelink) && typeof sitelink.title === 'string') item.sitelink = sitelink.title;
    out.set(raw.id, item);
    if (key !== raw.id) out.set(key, item);
    // A merged item answers for the id we asked for, naming it in `redirects.from`.
    if (isObj(raw.redirects) && typeof raw.redirects.from === 'string') out.set(raw.redirects.from, item);
  }
  return out;
}

/** @throws Error when the body is not a wbsearchentities answer. */
export function parseSearch(body: unknown): SearchHit[] {
  const list = isObj(body) ? body.search : undefined;
  if (!Array.isArray(list)) throw new Error('Not a wbsearchentities answer');
  const out: SearchHit[] = [];
  for (const raw of list) {
    if (!isObj(raw) || typeof raw.id !== 'string') continue;
    const display = isObj(raw.display) ? raw.display : {};
    const hit: SearchHit = { id: raw.id };
    const label =
      pickTerm({ label: display.label }, 'label') ?? (typeof raw.label === 'string' ? raw.label : undefined);
    if (label) hit.label = label;
    const description =
      pickTerm({ d: display.description }, 'd') ??
      (typeof raw.description === 'string' ? raw.description : undefined);
    if (description) hit.description = description;
    out.push(hit);
  }
  return out;
}
