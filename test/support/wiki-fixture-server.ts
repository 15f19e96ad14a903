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
  ITEMS,
  LABELS,
  PAGES,
  REDIRECTS,
  type FixtureItem,
  type FixturePage,
  type FixtureStatement,
  type Value,
} from '../fixtures/wiki/world';

export type FailureMode = 'none' | '429' | '500' | 'timeout' | 'malformed';

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
}

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

export interface WikiFixtureServer {
  origin: string;
  /** Every API request (GET /w/api.php), in arrival order. Preflights and thumbnails are not counted. */
  requests: RecordedRequest[];
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

// A 1×1 transparent PNG, served for every thumbnail.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const itemsById = new Map(ITEMS.map((i) => [i.id, i]));
const pagesByTitle = new Map(PAGES.map((p) => [p.title, p]));

/** MediaWiki's title normalisation: underscores to spaces, first letter upper case. */
function normalizeTitle(title: string): string {
  const spaced = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function datavalue(value: Value): { value: unknown; type: string } {
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
        calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
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

function entityJson(item: FixtureItem | undefined, id: string, props: string[], fallback: boolean) {
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
    out.sitelinks = item.enwiki ? { enwiki: { site: 'enwiki', title: item.enwiki, badges: [] } } : {};
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
  const words = (s: string) => s.toLowerCase().replace(/[-‐–(),.]/g, ' ').replace(/\s+/g, ' ').trim();
  const phrases = [...query.matchAll(/intitle:"([^"]+)"/g)].map((m) => words(m[1] ?? '')).filter(Boolean);
  const holds = (title: string) => phrases.some((p) => ` ${words(title)} `.includes(` ${p} `));
  return PAGES.filter(
    (page) =>
      holds(page.title) ||
      Object.entries(REDIRECTS).some(([from, to]) => to === page.title && holds(from)),
  )
    .slice(0, limit)
    .map((page) => page.title);
}

function answerQuery(
  params: Record<string, string>,
  origin: string,
  hostile: boolean,
  maxExtracts = 20,
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
  const redirects: { from: string; to: string }[] = [];
  const targets: string[] = [];
  for (const title of requested) {
    const norm = normalizeTitle(title);
    if (norm !== title) normalized.push({ fromencoded: false, from: title, to: norm });
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
    // A generator's pages carry their rank in the search.
    if (searched) json.index = searched.indexOf(title) + 1;
    return json;
  });
  const query: Record<string, unknown> = {};
  if (normalized.length) query.normalized = normalized;
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
    entities[id] = entityJson(itemsById.get(id), id, props, fallback);
  }
  return { entities, success: 1 };
}

/** Start the server on 127.0.0.1 and a free port. */
export async function startWikiFixtureServer(options: WikiFixtureOptions = {}): Promise<WikiFixtureServer> {
  let failure: FailureOptions = options.failure ?? { mode: 'none' };
  let failuresLeft = failure.times ?? Infinity;
  let hostile = !!options.hostileExtracts;
  const requests: RecordedRequest[] = [];
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
      res.writeHead(200, { 'Content-Type': 'image/png', ...cors });
      res.end(PNG);
      return;
    }
    if (url.pathname !== '/w/api.php') {
      send(res, 404, JSON.stringify({ error: 'not found' }));
      return;
    }
    const params = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, params, headers: req.headers });
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
        body = answerQuery(params, origin, hostile, options.maxExtracts);
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
    send(res, 200, JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, JSON.stringify({ error: String(error) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
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
      maxInFlight = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
