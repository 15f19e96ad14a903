/**
 * Cards for a page's entities from Wikipedia and Wikidata. Free of browser APIs: `fetch`, the clock
 * and the cache are injected, so the extension's background and the CLI share it.
 *
 * For one page it costs, on a cold cache:
 *   1. one Wikipedia query for every name in the article (≤ 50 titles a call; redirects resolved),
 *   2. one `wbsearchentities` per name still without a candidate (at most `maxSearches` in all),
 *   3. one `wbgetentities` for every candidate (≤ 50 ids a call): types, facts, sitelinks;
 *      if search budget is left, names whose every candidate clashes with their type are searched
 *      and their new candidates fetched (one more call),
 *   4. in parallel, the Wikipedia pages of chosen items not fetched in 1, and the labels of the
 *      items the facts name; then, only if the server held extracts back (`exlimit`), those.
 * The sample article costs 7. Only entity names leave the device, never article text.
 */
import type { Entity } from '../../core/types';
import {
  CARD_TEXT_LIMITS,
  isCandidateChoice,
  LOOK_UP_AGAIN,
  NO_ARTICLE,
  WIKIPEDIA_CREDIT,
  WIKIPEDIA_LICENSE_URL,
  type CandidateChoice,
  type CardCandidate,
  type CardState,
  type KnowledgeCard,
  type Qid,
} from '../../shared/card';
import { createMemoryCache, type CacheStore } from './cache';
import { cardExtract, clip, toPlainText } from './extract';
import { buildFacts, occupations, officesHeld, referencedIds } from './facts';
import { createHttpClient, WikiRequestError, type FetchLike, type HttpClientOptions } from './http-client';
import { createKeyedLoader, type Freshness, type Loaded } from './keyed-loader';
import {
  chooseBest,
  closeCall,
  contextFor,
  itemType,
  rankCandidates,
  type Candidate,
  type EvidenceOf,
  type RankedCandidate,
} from './linker';
import { isNameCompatible, nameTokens, normalizeName, stripHonorifics } from './names';
import { createPopularity, type Popularity } from './popularity';
import { extensionUserAgent } from './user-agent';
import {
  getEntitiesUrl,
  MAX_FULL_ITEMS_PER_CALL,
  MAX_IDS_PER_CALL,
  parseGetEntities,
  wikiSubdomain,
  type WikidataItem,
} from './wikidata';
import { parseIsoDate, type DateParts } from './wikidata-time';
import {
  extractContinuation,
  IMAGE_ORIGINS,
  isOnOrigin,
  MAX_EXTRACTS_PER_CALL,
  MAX_NAMES_PER_SEARCH,
  MAX_TITLES_PER_CALL,
  parseWikipediaQuery,
  parseWikipediaSearch,
  wikipediaQueryUrl,
  wikipediaSearchUrl,
  type WikiPage,
} from './wikipedia';

export interface KnowledgeServiceOptions {
  fetch: FetchLike;
  /** Default: in memory, for this process only. The extension passes the IndexedDB cache. */
  cache?: CacheStore;
  /** Default `https://{lang}.wikipedia.org`. */
  wikipediaOrigin?: string;
  /** Default `https://www.wikidata.org`. */
  wikidataOrigin?: string;
  /** Wikipedia language edition and label language. Default `en`. */
  lang?: string;
  /** Sent as `Api-User-Agent`, as Wikimedia's User-Agent policy asks. */
  userAgent?: string;
  now?: () => number;
  freshness?: Freshness;
  /** Timeouts, retries, concurrency, size cap and the sleep used for backoff (tests make it instant). */
  http?: Omit<HttpClientOptions, 'fetch' | 'userAgent'>;
  /** Searches per `getCards` call, for names whose title found nothing (each search is one request). */
  maxSearches?: number;
  /**
   * The credit put on cards whose text comes from Wikipedia, in the reader's language. Default
   * English; the extension passes its translation (this module runs in the CLI too, with no i18n).
   */
  attributionText?: string;
  popularity?: Popularity;
}

export interface KnowledgeService {
  /**
   * A CardState for every entity, keyed by entity id. Never rejects: failures become `offline` or
   * `error` states, and an entity nothing fits becomes `not-found`.
   * @param articleDate ISO `YYYY-MM-DD`; facts are given as of this day (default: today).
   * @param options.signal Calls off every request not yet sent (lookups switched off, settings
   *   changed); the entities still waiting then get an `error` state.
   */
  getCards(
    entities: Entity[],
    articleDate?: string,
    options?: { signal?: AbortSignal },
  ): Promise<Map<string, CardState>>;
  /**
   * Link `entity` to `choice` from now on (remembered in the cache, for every page that names it the
   * same way) and return its card. `context` is the rest of the page, for ranking the alternatives.
   * A choice that is none of `CandidateChoice`'s forms (it came from a page) is an error state.
   */
  chooseCandidate(
    entity: Entity,
    choice: CandidateChoice,
    articleDate?: string,
    context?: Entity[],
    options?: { signal?: AbortSignal },
  ): Promise<CardState>;
  /**
   * The card with its thumbnail fetched here and handed over as a `data:` URL, so the hover card
   * shows it without the page (its CSP, its referrer) seeing a request. Only images from the
   * configured Wikipedia or Wikimedia's upload host, at most `MAX_THUMBNAIL_BYTES`; on any failure
   * the card comes back as it was, without an image. Never rejects.
   */
  withThumbnail(state: CardState, options?: { signal?: AbortSignal }): Promise<CardState>;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
}

/** A 160 px thumbnail is 5–30 KB; anything far larger is not the thumbnail we asked for. */
export const MAX_THUMBNAIL_BYTES = 96 * 1024;
/** Thumbnails kept in memory, so hovering a name again sends nothing. */
const THUMBNAILS_KEPT = 64;

export const DEFAULT_FRESHNESS: Freshness = {
  maxAgeMs: 3 * 24 * 3600_000,
  staleWhileRevalidateMs: 27 * 24 * 3600_000,
};

const DEFAULT_USER_AGENT = extensionUserAgent();

/** What the UI says for a failure nobody could work around. */
export function stateForFailure(error: WikiRequestError): CardState {
  switch (error.kind) {
    case 'offline':
      return { status: 'offline' };
    case 'rate-limited': {
      const wait = error.retryAfterMs ? ` Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.` : '';
      const message = `Wikipedia is limiting requests right now.${wait}`;
      return error.retryAfterMs
        ? { status: 'error', message, retryAfterMs: error.retryAfterMs }
        : { status: 'error', message };
    }
    case 'timeout':
      return { status: 'error', message: 'Wikipedia did not answer in time.' };
    case 'server':
      return { status: 'error', message: 'Wikipedia had a server error.' };
    case 'malformed':
      return { status: 'error', message: 'Wikipedia sent an answer Backstory could not read.' };
    case 'too-large':
      return { status: 'error', message: 'Wikipedia sent an answer too large to use.' };
    case 'http':
      return { status: 'error', message: `The lookup failed (${error.message}).` };
    case 'aborted':
      return { status: 'error', message: 'The lookup was called off.' };
  }
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de']);

/** "Russian foreign ministry" → "Russian Foreign Ministry": enwiki redirects are mostly title-cased. */
export function titleCase(name: string): string {
  return name.replace(/\S+/g, (word, at: number) =>
    at > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

export interface LookupName {
  name: string;
  /** The article's own fullest name (or its title-cased form), rather than another alias. */
  primary: boolean;
}

/**
 * The titles to try for an entity, all sent in the same batched query: its fullest name, that name
 * title-cased, and other multi-word forms the article uses, honorifics off.
 */
export function lookupNames(entity: Entity): LookupName[] {
  const primary = stripHonorifics(entity.name);
  const others = entity.aliases.map(stripHonorifics).filter((a) => nameTokens(a).length >= 2);
  const out: LookupName[] = [];
  const seen = new Set<string>();
  const add = (name: string, isPrimary: boolean): void => {
    if (!name || seen.has(name) || out.length >= 4) return;
    seen.add(name);
    out.push({ name, primary: isPrimary });
  };
  add(primary, true);
  add(titleCase(primary), true);
  const seenNormal = new Set([normalizeName(primary)]);
  for (const alias of others) {
    if (seenNormal.has(normalizeName(alias))) continue;
    seenNormal.add(normalizeName(alias));
    add(alias, false);
  }
  return out;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

export function createKnowledgeService(options: KnowledgeServiceOptions): KnowledgeService {
  const lang = options.lang ?? 'en';
  const wikipediaOrigin = (options.wikipediaOrigin || `https://${wikiSubdomain(lang)}.wikipedia.org`).replace(
    /\/$/,
    '',
  );
  const wikidataOrigin = (options.wikidataOrigin || 'https://www.wikidata.org').replace(/\/$/, '');
  const cache = options.cache ?? createMemoryCache();
  const now = options.now ?? Date.now;
  const freshness = options.freshness ?? DEFAULT_FRESHNESS;
  const maxSearches = options.maxSearches ?? 2 * MAX_NAMES_PER_SEARCH;
  const attributionText = options.attributionText ?? WIKIPEDIA_CREDIT;
  const popularity = options.popularity ?? createPopularity();
  const http = createHttpClient({
    now,
    ...options.http,
    fetch: options.fetch,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  });
  // Namespaces carry the origin, so a test server's answers never mix with Wikipedia's.
  const ns = (kind: string, origin: string): string => `${kind}:${lang}:${origin}`;

  const pages = createKeyedLoader<WikiPage>({
    namespace: ns('page', wikipediaOrigin),
    cache,
    now,
    freshness,
    batchSize: MAX_TITLES_PER_CALL,
    async fetchBatch(titles, signal) {
      return parseWikipediaQuery(
        await http.getJson(wikipediaQueryUrl(wikipediaOrigin, titles), signal),
        titles,
        wikipediaOrigin,
      );
    },
  });
  // The server gives at most 20 extracts a call; pages that missed out are asked again, following
  // the server's `continue` until every page has its extract (or a few rounds have passed).
  const extracts = createKeyedLoader<WikiPage>({
    namespace: ns('extract', wikipediaOrigin),
    cache,
    now,
    freshness,
    batchSize: MAX_EXTRACTS_PER_CALL,
    async fetchBatch(titles, signal) {
      const found = new Map<string, WikiPage>();
      let continuation: Record<string, string> | undefined = {};
      for (let round = 0; continuation && round < 5; round++) {
        const body = await http.getJson(wikipediaQueryUrl(wikipediaOrigin, titles, continuation), signal);
        for (const [title, page] of parseWikipediaQuery(body, titles, wikipediaOrigin)) {
          if (found.get(title)?.extract === undefined) found.set(title, page);
        }
        continuation = extractContinuation(body);
      }
      return found;
    },
  });
  // Several names go out in one search; each name keeps the pages whose title carries it.
  const searches = createKeyedLoader<WikiPage[]>({
    namespace: ns('wpsearch', wikipediaOrigin),
    cache,
    now,
    freshness,
    batchSize: MAX_NAMES_PER_SEARCH,
    async fetchBatch(names, signal) {
      const found = parseWikipediaSearch(
        await http.getJson(wikipediaSearchUrl(wikipediaOrigin, names), signal),
        wikipediaOrigin,
      );
      const bare = (title: string): string => title.replace(/\s*\([^)]*\)$/, '');
      return new Map(names.map((name) => [name, found.filter((p) => isNameCompatible(name, bare(p.title)))]));
    },
  });
  const items = createKeyedLoader<WikidataItem>({
    namespace: ns('item', wikidataOrigin),
    cache,
    now,
    freshness,
    batchSize: MAX_FULL_ITEMS_PER_CALL,
    async fetchBatch(ids, signal) {
      return parseGetEntities(
        await http.getJson(getEntitiesUrl(wikidataOrigin, ids, lang, 'full'), signal),
        lang,
      );
    },
  });
  const labels = createKeyedLoader<string>({
    namespace: ns('label', wikidataOrigin),
    cache,
    now,
    freshness,
    batchSize: MAX_IDS_PER_CALL,
    async fetchBatch(ids, signal) {
      const found = parseGetEntities(
        await http.getJson(getEntitiesUrl(wikidataOrigin, ids, lang, 'labels'), signal),
        lang,
      );
      return new Map([...found].flatMap(([id, item]) => (item.label ? [[id, item.label] as const] : [])));
    },
  });
  const overrideKey = (entity: Entity): string =>
    `${entity.type}:${normalizeName(stripHonorifics(entity.name))}`;

  const valueOf = <V>(loaded: Loaded<V> | undefined): V | null => (loaded?.ok ? loaded.value : null);
  const errorOf = <V>(loaded: Loaded<V> | undefined): WikiRequestError | undefined =>
    loaded && !loaded.ok ? loaded.error : undefined;

  async function getCards(
    asked: Entity[],
    articleDate: string | undefined,
    articleEntities: Entity[],
    signal: AbortSignal | undefined,
  ): Promise<Map<string, CardState>> {
    // Overrides are only read from the cache: no request, so they cannot be skipped when offline.
    const chosenBefore = await cache.getMany(
      asked.map((e) => `${ns('override', wikidataOrigin)}:${overrideKey(e)}`),
    );
    const overrideOf = (e: Entity): string | undefined => {
      const v = chosenBefore.get(`${ns('override', wikidataOrigin)}:${overrideKey(e)}`)?.value;
      return typeof v === 'string' ? v : undefined;
    };
    // A name the reader unlinked is not looked up at all: it sends nothing and shows the article's part.
    const entities = asked.filter((e) => overrideOf(e) !== NO_ARTICLE);
    const unlinked = asked.filter((e) => overrideOf(e) === NO_ARTICLE);

    const date: DateParts = parseIsoDate(articleDate) ??
      parseIsoDate(new Date(now()).toISOString()) ?? {
        year: 1970,
        month: 1,
        day: 1,
      };
    const names = new Map(entities.map((e) => [e.id, lookupNames(e)]));
    const errors = new Map<string, WikiRequestError>();
    const noteError = (entityId: string, error: WikiRequestError | undefined): void => {
      if (error && !errors.has(entityId)) errors.set(entityId, error);
    };

    // 1. Every name of every entity, in as few Wikipedia calls as the title limit allows.
    const titleResults = await pages.load(
      [...names.values()].flat().map((n) => n.name),
      signal,
    );
    const candidates = new Map<string, Candidate[]>();
    for (const entity of entities) {
      const list: Candidate[] = [];
      const override = overrideOf(entity);
      if (override) list.push({ qid: override, source: 'override', order: 0, via: entity.name });
      for (const { name, primary } of names.get(entity.id) ?? []) {
        const loaded = titleResults.get(name);
        noteError(entity.id, errorOf(loaded));
        const page = valueOf(loaded);
        if (page?.qid && !page.disambiguation) {
          list.push({ qid: page.qid, source: primary ? 'title' : 'alias-title', order: 0, via: name, page });
        }
      }
      // The alias table is for names whose own title led nowhere ("Trump", "New York" are
      // disambiguation pages); asking it for every name would only add ids to fetch.
      if (!list.some((c) => c.source === 'title')) {
        for (const { name } of names.get(entity.id) ?? []) {
          popularity
            .itemsNamed(name)
            .slice(0, 3)
            .forEach((qid, order) => list.push({ qid, source: 'alias-table', order, via: name }));
        }
      }
      candidates.set(entity.id, list);
    }

    // 2. Search only for what is still unknown, most mentioned first, within the budget.
    const searchName = (e: Entity): string => names.get(e.id)?.[0]?.name ?? e.name;
    const searched = new Set<string>();
    const search = async (wanted: Entity[]): Promise<void> => {
      const batch = wanted
        .filter((e) => !searched.has(e.id) && !errors.has(e.id))
        .sort((a, b) => b.mentions.length - a.mentions.length)
        .slice(0, maxSearches - searched.size);
      batch.forEach((e) => searched.add(e.id));
      const results = await searches.load(batch.map(searchName), signal);
      for (const entity of batch) {
        const loaded = results.get(searchName(entity));
        noteError(entity.id, errorOf(loaded));
        (valueOf(loaded) ?? [])
          .filter((page) => page.qid && !page.disambiguation)
          .slice(0, 5)
          .forEach((page, order) =>
            candidates
              .get(entity.id)
              ?.push({ qid: page.qid ?? '', source: 'search', order, via: searchName(entity), page }),
          );
      }
    };
    await search(entities.filter((e) => !candidates.get(e.id)?.length));

    // 3. Every candidate's item: type, description, facts, sitelink. Then rank.
    const itemMap = new Map<string, WikidataItem>();
    const itemErrors = new Map<string, WikiRequestError>();
    const loadItems = async (): Promise<void> => {
      const ids = unique([...candidates.values()].flat().map((c) => c.qid)).filter(
        (id) => !itemMap.has(id) && !itemErrors.has(id),
      );
      for (const [id, loaded] of await items.load(ids, signal)) {
        const item = valueOf(loaded);
        if (item) itemMap.set(id, item);
        const error = errorOf(loaded);
        if (error) itemErrors.set(id, error);
      }
    };
    const chosen = new Map<string, { entity: Entity; ranked: RankedCandidate[] }>();
    // Labels of offices and occupations, once they are fetched (step 3c); until then, none.
    let labelResults = new Map<string, Loaded<string>>();
    const labelOf = (qid: string): string | undefined =>
      itemMap.get(qid)?.label ?? valueOf(labelResults.get(qid)) ?? undefined;
    const candidatePage = (c: Candidate, item: WikidataItem): WikiPage | undefined =>
      (c.page?.qid === item.id ? c.page : undefined) ??
      (item.sitelink ? (valueOf(titleResults.get(item.sitelink)) ?? undefined) : undefined);
    const evidenceOf: EvidenceOf = (item, page) => ({
      heldThen: officesHeld(item, date).flatMap((s) => labelOf(s.id) ?? []),
      described: [
        item.description ?? '',
        page?.description ?? '',
        ...occupations(item).flatMap((id) => labelOf(id) ?? []),
      ],
      extract: page?.extract,
    });
    const rank = (entity: Entity): void => {
      const list = (candidates.get(entity.id) ?? []).map((c) => {
        const item = itemMap.get(c.qid);
        const page = item && !c.page ? candidatePage(c, item) : undefined;
        return page ? { ...c, page } : c;
      });
      for (const c of list) noteError(entity.id, itemErrors.get(c.qid));
      const ranked = rankCandidates(
        entity,
        list,
        itemMap,
        contextFor(entity, articleEntities),
        popularity,
        evidenceOf,
      );
      const best = chooseBest(ranked);
      if (best) chosen.set(entity.id, { entity, ranked: [best, ...ranked.filter((c) => c !== best)] });
      else chosen.delete(entity.id);
    };
    await loadItems();
    entities.forEach(rank);

    // 3b. A name whose every candidate clashes ("Jordan" the person, whose title is the country)
    // gets a search, if the budget has room left: one search each, and one more item call.
    const unresolved = entities.filter((e) => !chosen.has(e.id) && candidates.get(e.id)?.length);
    if (unresolved.length && searched.size < maxSearches) {
      const before = searched.size;
      await search(unresolved);
      if (searched.size > before) {
        await loadItems();
        unresolved.forEach(rank);
      }
    }

    // 3c. One call for the labels the evidence and the facts need: the offices and occupations of
    // every contender (for ranking and "Which …?"), and what the facts of each would name. The
    // front-runners' ids go first, so a cut at 50 drops the least likely.
    const contenders = [...chosen.values()].map(({ entity, ranked }) => ({
      entity,
      ranked: ranked.filter((c) => c.typeFit >= 0).slice(0, 4),
    }));
    const wanted = unique(
      [0, 1, 2, 3].flatMap((position) =>
        contenders.flatMap(({ entity, ranked }) => {
          const c = ranked[position];
          if (!c) return [];
          const ranking =
            ranked.length > 1 ? [...officesHeld(c.item, date).map((s) => s.id), ...occupations(c.item)] : [];
          return [...ranking, ...referencedIds(c.item, entity.type, date)];
        }),
      ),
    ).filter((id) => !itemMap.get(id)?.label);
    labelResults = await labels.load(wanted.slice(0, MAX_IDS_PER_CALL), signal);
    [...chosen.values()].forEach(({ entity }) => rank(entity));

    // 4. The chosen items' pages, when the name did not lead to them.
    const pageOf = (c: Candidate & { item: WikidataItem }): WikiPage | null => {
      if (c.page && c.page.qid === c.item.id) return c.page;
      return c.item.sitelink ? valueOf(titleResults.get(c.item.sitelink)) : null;
    };
    const missingPages = unique(
      [...chosen.values()].flatMap(({ ranked }) => {
        const top = ranked[0];
        return top && !pageOf(top) && top.item.sitelink ? [top.item.sitelink] : [];
      }),
    );
    const morePages = await pages.load(missingPages, signal);
    const resolvePage = (c: Candidate & { item: WikidataItem }): WikiPage | null =>
      pageOf(c) ?? (c.item.sitelink ? valueOf(morePages.get(c.item.sitelink)) : null);
    const withoutExtract = unique(
      [...chosen.values()].flatMap(({ ranked }) => {
        const page = ranked[0] && resolvePage(ranked[0]);
        return page && page.extract === undefined && !page.disambiguation ? [page.title] : [];
      }),
    );
    const extractResults = await extracts.load(withoutExtract, signal);
    const detailOf = (item: WikidataItem): string | undefined => {
      const office = officesHeld(item, date)
        .map((s) => {
          const label = labelOf(s.id);
          return label && `${label}${s.years ? ` (${s.years})` : ''}`;
        })
        .find(Boolean);
      const jobs = occupations(item)
        .flatMap((id) => labelOf(id) ?? [])
        .slice(0, 3)
        .join(', ');
      return office || jobs ? clip(office || jobs, CARD_TEXT_LIMITS.description) : undefined;
    };
    const toCandidate = (c: RankedCandidate): CardCandidate => {
      const candidate: CardCandidate = {
        // Candidates are items Wikidata answered with, and an item's id is a Q-id.
        qid: c.item.id as Qid,
        label: clip(toPlainText(c.item.label ?? c.item.id), CARD_TEXT_LIMITS.label),
      };
      const description = c.item.description ?? c.page?.description;
      if (description) candidate.description = clip(toPlainText(description), CARD_TEXT_LIMITS.description);
      const detail = detailOf(c.item);
      if (detail) candidate.detail = detail;
      const thumbnail = c.page?.thumbnail;
      if (thumbnail) candidate.thumbnail = thumbnail;
      return candidate;
    };

    const out = new Map<string, CardState>();
    for (const entity of entities) {
      const picked = chosen.get(entity.id);
      const top = picked?.ranked[0];
      if (!picked || !top) {
        const error = errors.get(entity.id);
        out.set(entity.id, error ? stateForFailure(error) : { status: 'not-found' });
        continue;
      }
      const close = closeCall(picked.ranked);
      if (close.length) {
        out.set(entity.id, { status: 'ambiguous', choices: close.map(toCandidate) });
        continue;
      }
      let page = resolvePage(top);
      if (page?.disambiguation) page = null;
      const extract = page?.extract ?? (page ? valueOf(extractResults.get(page.title))?.extract : undefined);
      const card: KnowledgeCard = {
        qid: top.item.id,
        title: clip(toPlainText(page?.title ?? top.item.label ?? top.item.id), CARD_TEXT_LIMITS.label),
        url: page?.url ?? `${wikidataOrigin}/wiki/${top.item.id}`,
        extract: cardExtract(extract, CARD_TEXT_LIMITS.extract),
        facts: buildFacts(top.item, entity.type, date, labelOf).map((f) => ({
          ...f,
          value: clip(toPlainText(f.value), CARD_TEXT_LIMITS.factValue),
        })),
        candidates: picked.ranked.slice(1, 5).map(toCandidate),
      };
      const description = clip(
        toPlainText(top.item.description ?? page?.description ?? ''),
        CARD_TEXT_LIMITS.description,
      );
      if (description) card.description = description;
      if (page?.thumbnail) card.thumbnail = page.thumbnail;
      const type = itemType(top.item);
      if (type) card.type = type;
      // The licence asks for credit where Wikipedia's text is shown; Wikidata (CC0) asks none.
      if (page) card.attribution = { text: attributionText, licenseUrl: WIKIPEDIA_LICENSE_URL };
      out.set(entity.id, { status: 'ok', card });
    }
    for (const entity of unlinked) out.set(entity.id, { status: 'unlinked' });
    return out;
  }

  const thumbnails = new Map<string, Promise<string | undefined>>();
  const thumbnailData = (url: string, signal: AbortSignal | undefined): Promise<string | undefined> => {
    const known = thumbnails.get(url);
    if (known) return known;
    const loading = http.getImageDataUrl(url, MAX_THUMBNAIL_BYTES, signal).catch(() => {
      // A failure is not remembered: the next hover may try again.
      thumbnails.delete(url);
      return undefined;
    });
    thumbnails.set(url, loading);
    while (thumbnails.size > THUMBNAILS_KEPT) thumbnails.delete(thumbnails.keys().next().value as string);
    return loading;
  };

  return {
    getCards: (entities, articleDate, options) => getCards(entities, articleDate, entities, options?.signal),
    async withThumbnail(state, options) {
      if (state.status !== 'ok') return state;
      const thumbnail = state.card.thumbnail;
      if (!thumbnail || thumbnail.dataUrl) return state;
      if (!isOnOrigin(thumbnail.url, [wikipediaOrigin, ...IMAGE_ORIGINS])) return state;
      const dataUrl = await thumbnailData(thumbnail.url, options?.signal);
      return dataUrl ? { ...state, card: { ...state.card, thumbnail: { ...thumbnail, dataUrl } } } : state;
    },
    async chooseCandidate(entity, choice, articleDate, context = [], options) {
      if (!isCandidateChoice(choice))
        return { status: 'error', message: `Not a Wikidata id: ${String(choice)}` };
      // Looking up again forgets the choice (no override is a null one).
      const value = choice === LOOK_UP_AGAIN ? null : choice;
      await cache.setMany(
        new Map([[`${ns('override', wikidataOrigin)}:${overrideKey(entity)}`, { value, storedAt: now() }]]),
      );
      const cards = await getCards(
        [entity],
        articleDate,
        [entity, ...context.filter((e) => e.id !== entity.id)],
        options?.signal,
      );
      return cards.get(entity.id) ?? { status: 'not-found' };
    },
    get requestCount() {
      return http.sent;
    },
  };
}
