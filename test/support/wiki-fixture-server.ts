/**
 * A local stand-in for Wikipedia's and Wikidata's Action APIs, answering in their real response
 * shapes (formatversion=2 for Wikipedia) from the hand-made world in test/fixtures/wiki/world.ts.
 * Both APIs live under one origin (`/w/api.php`, dispatched on `action`), so
 * wikipediaOrigin = wikidataOrigin = origin works. It counts requests and can fail on demand.
 *
 *   const wiki = await startWikiFixtureServer();
 *   … fetch(`${wiki.origin}/w/api.php?action=query&titles=…`) …
 *   wiki.setFailure({ mode: '429', times: 1, retryAfterSeconds: 1 });
 *   await wiki.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CONVERTED,
  ITEMS,
  LABELS,
  PAGES,
  REDIRECTS,
  type FixtureItem,
  type FixturePage,
  type FixtureStatement,
  type Value,
} from '../fixtures/wiki/world';

/**
 * `429-html`: a 429 as Wikimedia's edge sends it, an HTML page with no CORS headers (a browser
 * sees a network error). `maxlag`: the API's lag error, in a 200 with `Retry-After`.
 */
export type FailureMode = 'none' | '429' | '429-html' | 'maxlag' | '500' | 'timeout' | 'malformed';

export interface FailureOptions {
  mode: FailureMode;
  /** How many API requests fail before the server recovers. Default: all of them. */
  times?: number;
  /** For 429: the `Retry-After` header, in seconds. */
  retryAfterSeconds?: number;
  /** Fail only requests for this API action (`query`, `wbsearchentities`, `wbgetentities`). */
  action?: string;
  /** Fail only requests whose parameters pass this test (e.g. `(p) => p.props === 'labels'`). */
  only?: (params: Record<string, string>) => boolean;
}

export interface WikiFixtureOptions {
  failure?: FailureOptions;
  /** Lavrov's extract carries `<script>` and `<img onerror>`, as a vandalised or hostile answer could. */
  hostileExtracts?: boolean;
  /** Delay every API answer (to observe requests in flight). */
  delayMs?: number;
  /** Give fewer extracts a call than the real 20, to exercise clients' handling of `excontinue`. */
  maxExtracts?: number;
  /**
   * Hostile or broken answers: `huge` gives Lavrov a 5 MB extract, `spaces` one with a
   * 100,000-space run, `evil-links` points every page's URLs at https://evil.example.
   */
  abuse?: 'huge' | 'spaces' | 'evil-links';
}

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Size of the answer's body, once sent. */
  bytes?: number;
}

export interface WikiFixtureServer {
  origin: string;
  /** Every API request (GET /w/api.php), in arrival order. Preflights and thumbnails are not counted. */
  requests: RecordedRequest[];
  /** Every thumbnail request (GET /thumb/…), with its headers, so a test can see who asked. */
  thumbnailRequests: RecordedRequest[];
  /** The most API requests that were being answered at the same time. */
  readonly maxInFlight: number;
  setFailure(failure: FailureOptions): void;
  setHostileExtracts(on: boolean): void;
  /** Forget recorded requests and the in-flight high-water mark. */
  reset(): void;
  close(): Promise<void>;
}

export const HOSTILE_EXTRACT =
  'Sergey Lavrov <script>window.__backstoryPwned = true</script><img src=x onerror="window.__backstoryPwned = true"> is a Russian diplomat. He has been foreign minister since 2004.';

// A 48×60 placeholder portrait (slate, a lighter head and shoulders), served for every thumbnail. It is
// visible on purpose: the README's screenshots show where a card's image sits, and a transparent pixel
// looked like an empty gap beside the summary.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAA8CAIAAACvoq6rAAAAp0lEQVR42u3XUQ3AIAwE0BM6BZMxRXyjYaImYINBCUdLLqmAlzTpXXGcl6uBQAIJJJBAAi0CpXyvB6V8l4YNqlAGWZinsZkwVWMwBQcZNL0mgXYGmTVdJq1MIC5I0REx7T32IY+N0Wmn1hskkD7XqaAZVzF4lvmqsIOadhNomkYTmJoWE8iaXxP4mroJSzQVUxAQQVMyRQDRNJ8mgXpBZM3bJJBA24Ee6mD84kPdISEAAAAASUVORK5CYII=',
  'base64',
);

const itemsById = new Map(ITEMS.map((i) => [i.id, i]));
const pagesByTitle = new Map(PAGES.map((p) => [p.title, p]));

/** MediaWiki's title normalisation: underscores to spaces, first letter upper case. */
function normalizeTitle(title: string): string {
  const spaced = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

type DataValue = Exclude<Value, { somevalue: true } | { novalue: true }>;

function datavalue(value: DataValue): { value: unknown; type: string } {
  if ('item' in value) {
    return {
      value: { 'entity-type': 'item', 'numeric-id': Number(value.item.slice(1)), id: value.item },
      type: 'wikibase-entityid',
    };
  }
  if ('time' in value) {
    return {
      value: {
        time: value.time,
        timezone: 0,
        before: 0,
        after: 0,
        precision: value.precision,
        calendarmodel: `http://www.wikidata.org/entity/${'julian' in value && value.julian ? 'Q1985786' : 'Q1985727'}`,
      },
      type: 'time',
    };
  }
  if ('quantity' in value) return { value: { amount: `+${value.quantity}`, unit: '1' }, type: 'quantity' };
  return { value: value.string, type: 'string' };
}

const datatypeOf = (value: Value): string =>
  'item' in value ? 'wikibase-item' : 'time' in value ? 'time' : 'quantity' in value ? 'quantity' : 'string';

function snak(property: string, value: Value) {
  // A snak with no value has no datavalue; its datatype is the property's (a time for dates).
  if ('somevalue' in value || 'novalue' in value) {
    const snaktype = 'somevalue' in value ? 'somevalue' : 'novalue';
    const datatype = ['P569', 'P570', 'P580', 'P582', 'P585'].includes(property) ? 'time' : 'wikibase-item';
    return { snaktype, property, hash: `h${property}${snaktype}`, datatype };
  }
  return {
    snaktype: 'value',
    property,
    hash: `h${property}`,
    datavalue: datavalue(value),
    datatype: datatypeOf(value),
  };
}

function statement(entity: string, property: string, s: FixtureStatement, index: number) {
  const qualifiers: Record<string, unknown[]> = {};
  if (s.start) qualifiers.P580 = [snak('P580', s.start)];
  if (s.end) qualifiers.P582 = [snak('P582', s.end)];
  if (s.pointInTime) qualifiers.P585 = [snak('P585', s.pointInTime)];
  const out: Record<string, unknown> = {
    mainsnak: snak(property, s.value),
    type: 'statement',
    id: `${entity}$${property}-${index}`,
    rank: s.rank ?? 'normal',
  };
  if (Object.keys(qualifiers).length) {
    out.qualifiers = qualifiers;
    out['qualifiers-order'] = Object.keys(qualifiers);
  }
  return out;
}

/** Terms as wbgetentities gives them with `languagefallback`: a `mul`-only label comes back under `en`. */
function terms(value: string | undefined, mulOnly: boolean, fallback: boolean) {
  if (!value) return {};
  if (!mulOnly) return { en: { language: 'en', value } };
  return fallback ? { en: { language: 'mul', value, 'for-language': 'en' } } : {};
}

/**
 * Real items answer in every language and with every sitelink unless asked for fewer: a country
 * or head of state is megabytes. The fixture pads unfiltered answers the same way (300 languages,
 * 300 sitelinks), so a client that forgets `languages`/`sitefilter` is seen to.
 */
const PAD_CODES = Array.from({ length: 300 }, (_, i) => `x${i.toString(36)}`);

function entityJson(
  item: FixtureItem | undefined,
  id: string,
  props: string[],
  fallback: boolean,
  filters: { languages?: string; sitefilter?: string } = {},
) {
  if (!item) {
    const label = LABELS[id];
    if (!label) return { id, missing: '' };
    return {
      type: 'item',
      id,
      ...(props.includes('labels') ? { labels: { en: { language: 'en', value: label } } } : {}),
    };
  }
  const out: Record<string, unknown> = { type: 'item', id: item.id };
  if (props.includes('labels')) out.labels = terms(item.label, !!item.mulOnly, fallback);
  if (props.includes('descriptions'))
    out.descriptions = item.description ? { en: { language: 'en', value: item.description } } : {};
  if (props.includes('aliases'))
    out.aliases = { en: (item.aliases ?? []).map((value) => ({ language: 'en', value })) };
  if (props.includes('claims')) {
    out.claims = Object.fromEntries(
      Object.entries(item.claims ?? {}).map(([p, list]) => [
        p,
        list.map((s, i) => statement(item.id, p, s, i)),
      ]),
    );
  }
  if (props.includes('sitelinks')) {
    const all: Record<string, unknown> = item.enwiki
      ? { enwiki: { site: 'enwiki', title: item.enwiki, badges: [] } }
      : {};
    if (!filters.sitefilter) {
      for (const code of PAD_CODES)
        all[`${code}wiki`] = { site: `${code}wiki`, title: `${item.label} (${code})`, badges: [] };
    }
    const wanted = filters.sitefilter?.split('|');
    out.sitelinks = Object.fromEntries(
      Object.entries(all).filter(([site]) => !wanted || wanted.includes(site)),
    );
  }
  if (!filters.languages) {
    for (const key of ['labels', 'descriptions'] as const) {
      const terms = out[key] as Record<string, unknown> | undefined;
      if (terms)
        for (const code of PAD_CODES) terms[code] = { language: code, value: `${item.label} ${key} ${code}` };
    }
  }
  return out;
}

function pageJson(page: FixturePage, origin: string, withExtract: boolean, hostile: boolean) {
  const path = encodeURIComponent(page.title.replace(/ /g, '_')).replace(/%2F/g, '/');
  const out: Record<string, unknown> = {
    pageid: page.pageid,
    ns: 0,
    title: page.title,
    contentmodel: 'wikitext',
    pagelanguage: 'en',
    pagelanguagehtmlcode: 'en',
    pagelanguagedir: 'ltr',
    touched: '2018-05-29T12:00:00Z',
    lastrevid: page.pageid * 10,
    length: page.extract.length * 20,
    fullurl: `${origin}/wiki/${path}`,
    editurl: `${origin}/w/index.php?title=${path}&action=edit`,
    canonicalurl: `${origin}/wiki/${path}`,
  };
  if (withExtract) out.extract = hostile && page.qid === 'Q58217' ? HOSTILE_EXTRACT : page.extract;
  if (page.thumbnail) {
    out.thumbnail = {
      source: `${origin}/thumb/${page.thumbnail.file}`,
      width: page.thumbnail.width,
      height: page.thumbnail.height,
    };
    out.pageimage = page.thumbnail.file;
  }
  if (page.description) {
    out.description = page.description;
    out.descriptionsource = 'local';
  }
  const pageprops: Record<string, string> = {};
  if (page.disambiguation) pageprops.disambiguation = '';
  if (page.qid) pageprops.wikibase_item = page.qid;
  if (Object.keys(pageprops).length) out.pageprops = pageprops;
  return out;
}

/**
 * CirrusSearch's `intitle:"…"` phrases joined by OR, as `generator=search` gets them: a page matches
 * when its title, or a redirect to it, holds the phrase's words in order. Pages come in the
 * world's order (its stand-in for relevance), the titles of namesakes side by side.
 */
function searchTitles(query: string, limit: number): string[] {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[-‐–(),.]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const phrases = [...query.matchAll(/intitle:"([^"]+)"/g)].map((m) => words(m[1] ?? '')).filter(Boolean);
  const holds = (title: string) => phrases.some((p) => ` ${words(title)} `.includes(` ${p} `));
  return PAGES.filter(
    (page) =>
      holds(page.title) || Object.entries(REDIRECTS).some(([from, to]) => to === page.title && holds(from)),
  )
    .slice(0, limit)
    .map((page) => page.title);
}

/** Like TextExtracts' `exchars`: cut near the count, at a sentence end where there is one. */
function exchars(extract: string, chars: number): string {
  if (extract.length <= chars) return extract;
  const head = extract.slice(0, chars);
  const end = head.lastIndexOf('. ');
  return end > 0 ? head.slice(0, end + 1) : `${head}…`;
}

function abused(json: Record<string, unknown>, abuse: WikiFixtureOptions['abuse']): void {
  if (abuse === 'evil-links') {
    json.fullurl = 'https://evil.example/wiki/phish';
    json.canonicalurl = 'https://evil.example/wiki/phish';
    if (json.thumbnail) (json.thumbnail as Record<string, unknown>).source = 'https://evil.example/pixel.png';
  }
  if (json.pageid !== 1004001 || typeof json.extract !== 'string') return;
  if (abuse === 'huge') json.extract = 'Sergey Lavrov is a Russian diplomat. '.repeat(140_000);
  if (abuse === 'spaces') json.extract = `Sergey Lavrov${' '.repeat(100_000)}is a Russian diplomat.`;
}

function answerQuery(
  params: Record<string, string>,
  origin: string,
  hostile: boolean,
  maxExtracts = 20,
  abuse?: WikiFixtureOptions['abuse'],
): unknown {
  const searched =
    params.generator === 'search'
      ? searchTitles(params.gsrsearch ?? '', Math.min(50, Number(params.gsrlimit ?? 10) || 10))
      : undefined;
  const requested = searched ?? (params.titles ?? '').split('|').filter(Boolean);
  if (requested.length > 50) {
    return {
      error: {
        code: 'toomanyvalues',
        info: 'Too many values supplied for parameter "titles". The limit is 50.',
      },
    };
  }
  const normalized: { fromencoded: boolean; from: string; to: string }[] = [];
  const converted: { from: string; to: string }[] = [];
  const redirects: { from: string; to: string }[] = [];
  const targets: string[] = [];
  const invalid: Record<string, unknown>[] = [];
  for (const title of requested) {
    // MediaWiki refuses titles with these characters and says so per page.
    const bad = /[<>[\]{}#]/.exec(title);
    if (bad) {
      invalid.push({
        title,
        invalidreason: `The requested page title contains invalid characters: "${bad[0]}".`,
        invalid: true,
      });
      continue;
    }
    let norm = normalizeTitle(title);
    if (norm !== title) normalized.push({ fromencoded: false, from: title, to: norm });
    const variant = CONVERTED[norm];
    if (variant) {
      converted.push({ from: norm, to: variant });
      norm = variant;
    }
    const target = REDIRECTS[norm];
    if (target) {
      if (!redirects.some((r) => r.from === norm)) redirects.push({ from: norm, to: target });
      if (!targets.includes(target)) targets.push(target);
    } else if (!targets.includes(norm)) targets.push(norm);
  }
  const exlimit = Math.min(maxExtracts, Number(params.exlimit ?? 20) || 20);
  // Like TextExtracts: extracts go to the found pages from `excontinue` on, `exlimit` of them.
  const offset = Number(params.excontinue ?? 0) || 0;
  let foundIndex = 0;
  let extractsGiven = 0;
  const pages: Record<string, unknown>[] = targets.map((title) => {
    // formatversion=2 marks a missing page with `missing: true` and gives it no pageid.
    const page = pagesByTitle.get(title);
    if (!page) return { ns: 0, title, missing: true };
    const index = foundIndex++;
    const withExtract = !!params.prop?.includes('extracts') && index >= offset && index < offset + exlimit;
    if (withExtract) extractsGiven++;
    const json = pageJson(page, origin, withExtract, hostile);
    // Abused answers ignore exchars, as a hostile server would.
    if (typeof json.extract === 'string' && params.exchars && !abuse)
      json.extract = exchars(json.extract, Number(params.exchars));
    abused(json, abuse);
    // A generator's pages carry their rank in the search.
    if (searched) json.index = searched.indexOf(title) + 1;
    return json;
  });
  pages.push(...invalid);
  const query: Record<string, unknown> = {};
  if (normalized.length) query.normalized = normalized;
  if (converted.length) query.converted = converted;
  if (redirects.length) query.redirects = redirects;
  query.pages = pages;
  const body: Record<string, unknown> = { batchcomplete: true };
  if (params.prop?.includes('extracts') && foundIndex > offset + extractsGiven) {
    body.continue = {
      excontinue: offset + extractsGiven,
      continue: '||description|info|pageimages|pageprops',
    };
    delete body.batchcomplete;
  }
  body.query = query;
  return body;
}

function searchIndex(search: string): FixtureItem[] {
  const norm = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
  const q = norm(search);
  if (!q) return [];
  return ITEMS.filter((item) =>
    [item.label, ...(item.aliases ?? [])].some((name) => norm(name).startsWith(q)),
  );
}

function answerSearch(params: Record<string, string>): unknown {
  const search = params.search ?? '';
  const limit = Math.min(50, Number(params.limit ?? 7) || 7);
  const hits = searchIndex(search).slice(0, limit);
  const norm = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ');
  return {
    searchinfo: { search },
    search: hits.map((item) => {
      const alias = (item.aliases ?? []).find((a) => norm(a).startsWith(norm(search)));
      const matchedLabel = norm(item.label).startsWith(norm(search));
      const language = item.mulOnly ? 'mul' : 'en';
      return {
        id: item.id,
        title: item.id,
        pageid: Number(item.id.slice(1)) + 1000,
        concepturi: `http://www.wikidata.org/entity/${item.id}`,
        repository: 'wikidata',
        url: `//www.wikidata.org/wiki/${item.id}`,
        display: {
          label: { value: item.label, language },
          ...(item.description ? { description: { value: item.description, language: 'en' } } : {}),
        },
        label: item.label,
        ...(item.description ? { description: item.description } : {}),
        match: matchedLabel
          ? { type: 'label', language, text: item.label }
          : { type: 'alias', language: 'en', text: alias ?? item.label },
        ...(alias && !matchedLabel ? { aliases: [alias] } : {}),
      };
    }),
    'search-continue': hits.length === limit ? limit : undefined,
    success: 1,
  };
}

function answerGetEntities(params: Record<string, string>): unknown {
  const ids = (params.ids ?? '').split('|').filter(Boolean);
  if (ids.length > 50) {
    return {
      error: {
        code: 'toomanyvalues',
        info: 'Too many values supplied for parameter "ids". The limit is 50.',
      },
    };
  }
  const props = (params.props ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|');
  const fallback = params.languagefallback !== undefined;
  const entities: Record<string, unknown> = {};
  for (const id of ids) {
    if (!/^Q\d+$/.test(id)) {
      return { error: { code: 'no-such-entity', info: `Could not find an entity with the ID "${id}".`, id } };
    }
    entities[id] = entityJson(itemsById.get(id), id, props, fallback, {
      languages: params.languages,
      sitefilter: params.sitefilter,
    });
  }
  return { entities, success: 1 };
}

/** Start the server on 127.0.0.1 and a free port. */
export async function startWikiFixtureServer(options: WikiFixtureOptions = {}): Promise<WikiFixtureServer> {
  let failure: FailureOptions = options.failure ?? { mode: 'none' };
  let failuresLeft = failure.times ?? Infinity;
  let hostile = !!options.hostileExtracts;
  const requests: RecordedRequest[] = [];
  const thumbnailRequests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';

  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Api-User-Agent, Accept',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
  };
  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...cors, ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/thumb/')) {
      thumbnailRequests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        params: {},
        headers: req.headers,
      });
      res.writeHead(200, { 'Content-Type': 'image/png', ...cors });
      res.end(PNG);
      return;
    }
    if (url.pathname !== '/w/api.php') {
      send(res, 404, JSON.stringify({ error: 'not found' }));
      return;
    }
    const params = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      headers: req.headers,
    };
    requests.push(record);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));

    const failing =
      failure.mode !== 'none' &&
      failuresLeft > 0 &&
      (!failure.action || failure.action === params.action) &&
      (!failure.only || failure.only(params));
    if (failing) {
      failuresLeft--;
      switch (failure.mode) {
        case '429':
          send(
            res,
            429,
            JSON.stringify({ error: { code: 'too-many-requests', info: 'Too many requests' } }),
            {
              'Retry-After': String(failure.retryAfterSeconds ?? 1),
            },
          );
          return;
        case '429-html':
          // Wikimedia's edge: HTML, and no Access-Control-Allow-Origin, so a page's fetch sees a
          // network error; an extension with host access, or Node, sees the 429.
          res.writeHead(429, {
            'Content-Type': 'text/html; charset=utf-8',
            'Retry-After': String(failure.retryAfterSeconds ?? 1),
          });
          res.end(
            '<!DOCTYPE html><html><head><title>Wikimedia Error</title></head><body>Too many requests.</body></html>',
          );
          return;
        case 'maxlag':
          send(
            res,
            200,
            JSON.stringify({
              error: {
                code: 'maxlag',
                info: 'Waiting for 10.64.0.1: 7 seconds lagged.',
                host: '10.64.0.1',
                lag: 7,
                type: 'db',
              },
              servedby: 'mw-api-ext.fixture',
            }),
            { 'Retry-After': String(failure.retryAfterSeconds ?? 5), 'X-Database-Lag': '7' },
          );
          return;
        case '500':
          send(res, 500, '<!DOCTYPE html><html><body>Internal Server Error</body></html>', {
            'Content-Type': 'text/html',
          });
          return;
        case 'malformed':
          send(res, 200, '{"batchcomplete":true,"query":{"pages":[{"title":"Sergey Lav');
          return;
        case 'timeout':
          // Never answer; the client's timeout has to give up. close() destroys the socket.
          return;
      }
    }
    let body: unknown;
    switch (params.action) {
      case 'query':
        body = answerQuery(params, origin, hostile, options.maxExtracts, options.abuse);
        break;
      case 'wbsearchentities':
        body = answerSearch(params);
        break;
      case 'wbgetentities':
        body = answerGetEntities(params);
        break;
      default:
        body = {
          error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${params.action}.` },
        };
    }
    const text = JSON.stringify(body);
    record.bytes = Buffer.byteLength(text);
    send(res, 200, text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, JSON.stringify({ error: String(error) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    thumbnailRequests,
    get maxInFlight() {
      return maxInFlight;
    },
    setFailure(next) {
      failure = next;
      failuresLeft = next.times ?? Infinity;
    },
    setHostileExtracts(on) {
      hostile = on;
    },
    reset() {
      requests.length = 0;
      thumbnailRequests.length = 0;
      maxInFlight = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
