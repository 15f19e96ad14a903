import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../../src/background/knowledge/cache';
import {
  createKnowledgeService,
  lookupNames,
  type KnowledgeServiceOptions,
} from '../../../../src/background/knowledge/service';
import {
  LOOK_UP_AGAIN,
  NO_ARTICLE,
  type CandidateChoice,
  type CardState,
  type KnowledgeCard,
} from '../../../../src/shared/card';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../../support/wiki-fixture-server';
import { byId, SAMPLE_ENTITIES } from './sample-entities';

const ARTICLE_DATE = '2018-05-30';
let wiki: WikiFixtureServer;

beforeAll(async () => {
  wiki = await startWikiFixtureServer();
});
afterAll(() => wiki.close());
beforeEach(() => {
  wiki.reset();
  wiki.setFailure({ mode: 'none' });
  wiki.setHostileExtracts(false);
});

function service(overrides: Partial<KnowledgeServiceOptions> = {}) {
  return createKnowledgeService({
    fetch: (input, init) => fetch(input, init),
    wikipediaOrigin: wiki.origin,
    wikidataOrigin: wiki.origin,
    userAgent: 'BackstoryTests/1.0 (test suite)',
    http: { sleep: async () => undefined, timeoutMs: 300 },
    ...overrides,
  });
}

function card(states: Map<string, CardState>, id: string): KnowledgeCard {
  const state = states.get(id);
  if (state?.status !== 'ok') throw new Error(`${id}: expected a card, got ${JSON.stringify(state)}`);
  return state.card;
}

const calls = (action: string): number => wiki.requests.filter((r) => r.params.action === action).length;
const fact = (c: KnowledgeCard, label: string): string | undefined =>
  c.facts.find((f) => f.label === label)?.value;

describe('background/knowledge/service', () => {
  describe('linking the sample article', () => {
    let states: Map<string, CardState>;
    beforeAll(async () => {
      wiki.reset();
      states = await service().getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
    });

    it.each([
      ['putin', 'Q7747', 'Vladimir Putin'],
      ['lavrov', 'Q58217', 'Sergey Lavrov'],
      ['ri', 'Q24083656', 'Ri Yong-ho'],
      ['kim-jong-un', 'Q56226', 'Kim Jong Un'],
      ['kim-yong-chol', 'Q6410946', 'Kim Yong-chol'],
      ['trump', 'Q22686', 'Donald Trump'],
      ['pompeo', 'Q473239', 'Mike Pompeo'],
      ['north-korea', 'Q423', 'North Korea'],
      ['singapore', 'Q334', 'Singapore'],
      ['beijing', 'Q956', 'Beijing'],
      ['new-york', 'Q60', 'New York City'],
      ['us', 'Q30', 'United States'],
      ['mfa', 'Q1970632', 'Ministry of Foreign Affairs (Russia)'],
    ])('links %s to %s (%s)', (id, qid, title) => {
      const c = card(states, id);
      expect(c.qid).toBe(qid);
      expect(c.title).toBe(title);
      expect(c.url).toBe(
        `${wiki.origin}/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/')}`,
      );
    });

    it('keeps names nothing fits as not-found, never as a disambiguation page', () => {
      for (const id of ['kudryavtsev', 'peninsula', 'koreas', 'nr', 'white-house']) {
        expect(states.get(id)).toEqual({ status: 'not-found' });
      }
      for (const state of states.values()) {
        if (state.status === 'ok') expect(state.card.description ?? '').not.toMatch(/disambiguation/i);
      }
    });

    it('never takes Kim Yong Chol for Kim Jong Un', () => {
      expect(card(states, 'kim-yong-chol').qid).not.toBe('Q56226');
      expect(card(states, 'kim-yong-chol').title).toBe('Kim Yong-chol');
    });

    it('takes Ri Yong Ho the diplomat, not the general of the same name, from the article’s context', () => {
      expect(card(states, 'ri').qid).toBe('Q24083656');
    });

    it('shows the office Pompeo held on the article’s date, not his career before or after', () => {
      const pompeo = card(states, 'pompeo');
      expect(fact(pompeo, 'Office')).toBe('United States Secretary of State (since 26 April 2018)');
      expect(pompeo.facts.map((f) => f.value).join(' ')).not.toMatch(
        /Central Intelligence|House of Representatives/,
      );
      expect(fact(pompeo, 'Born')).toBe('30 December 1963 (age 54)');
      expect(fact(pompeo, 'Country')).toBe('United States');
    });

    it('gives people their age at the article’s date and their office then', () => {
      expect(fact(card(states, 'trump'), 'Born')).toBe('14 June 1946 (age 71)');
      expect(fact(card(states, 'trump'), 'Office')).toBe(
        'President of the United States (since 20 January 2017)',
      );
      expect(fact(card(states, 'putin'), 'Office')).toBe('President of Russia (since 7 May 2012)');
      expect(fact(card(states, 'lavrov'), 'Office')).toBe(
        'Minister of Foreign Affairs of Russia (since 9 March 2004)',
      );
      // Known to the year only: the age is the difference of years.
      expect(fact(card(states, 'kim-yong-chol'), 'Born')).toBe('1945 (age 73)');
    });

    it('reads a label given only in `mul`', () => {
      expect(card(states, 'kim-yong-chol').candidates.every((c) => c.label)).toBe(true);
      expect(card(states, 'kim-jong-un').facts.length).toBeGreaterThan(0);
    });

    it('gives places their country, population and leaders as of the article’s date', () => {
      const nyc = card(states, 'new-york');
      expect(fact(nyc, 'Country')).toBe('United States');
      expect(fact(nyc, 'Population')).toBe('8,622,698 (2017)');
      expect(fact(nyc, 'Head of government')).toBe('Bill de Blasio');
      expect(fact(card(states, 'singapore'), 'Population')).toBe('5,612,253 (2017)');
      expect(fact(card(states, 'singapore'), 'Country')).toBeUndefined(); // the country itself
      expect(fact(card(states, 'us'), 'Head of state')).toBe('Donald Trump');
      expect(fact(card(states, 'beijing'), 'Country')).toBe("People's Republic of China");
    });

    it('gives organisations their kind, founding, headquarters and leader', () => {
      const mfa = card(states, 'mfa');
      expect(mfa.facts).toEqual([
        { label: 'Kind', value: 'ministry' },
        { label: 'Founded', value: '20 September 1802' },
        { label: 'Headquarters', value: 'Moscow' },
        { label: 'Leader', value: 'Sergey Lavrov' },
      ]);
    });

    it('cuts extracts at a sentence near 500 characters, and carries thumbnail and description', () => {
      const trump = card(states, 'trump');
      expect(trump.extract.length).toBeLessThanOrEqual(500);
      expect(trump.extract).toMatch(/\.$/);
      expect(trump.extract.startsWith('Donald John Trump (born June 14, 1946)')).toBe(true);
      expect(trump.thumbnail).toEqual({
        url: `${wiki.origin}/thumb/Donald_Trump.png`,
        width: 256,
        height: 320,
      });
      expect(card(states, 'lavrov').description).toBe(
        'Russian diplomat, Minister of Foreign Affairs since 2004',
      );
    });

    it('offers the other meanings of an ambiguous name', () => {
      expect(card(states, 'new-york').candidates.map((c) => c.qid)).toContain('Q1384');
    });
  });

  it('needs at most 6 requests, at most 3 at a time, all with an Api-User-Agent and maxlag, for all the sample cards', async () => {
    const slow = await startWikiFixtureServer({ delayMs: 20 });
    try {
      // A generous timeout: on a loaded machine a 300 ms one retries and counts twice.
      await service({
        wikipediaOrigin: slow.origin,
        wikidataOrigin: slow.origin,
        http: { sleep: async () => undefined, timeoutMs: 10_000 },
      }).getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
      expect(slow.requests.length).toBeLessThanOrEqual(6);
      expect(slow.maxInFlight).toBeLessThanOrEqual(3);
      for (const r of slow.requests) {
        expect(r.headers['api-user-agent']).toBe('BackstoryTests/1.0 (test suite)');
        expect(r.params.maxlag).toBe('5');
      }
      // Titles go out batched, never more than 50 a call.
      const titleCalls = slow.requests.filter((r) => r.params.action === 'query');
      for (const r of titleCalls) expect((r.params.titles ?? '').split('|').length).toBeLessThanOrEqual(50);
    } finally {
      await slow.close();
    }
  });

  it('asks again for the extracts the server held back, following excontinue', async () => {
    const stingy = await startWikiFixtureServer({ maxExtracts: 4 });
    try {
      const states = await service({
        wikipediaOrigin: stingy.origin,
        wikidataOrigin: stingy.origin,
      }).getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
      const shown = [...states.values()].filter((s) => s.status === 'ok');
      expect(shown.length).toBeGreaterThanOrEqual(12);
      for (const state of shown) expect(state.status === 'ok' && state.card.extract).not.toBe('');
      expect(stingy.requests.some((r) => r.params.excontinue !== undefined)).toBe(true);
    } finally {
      await stingy.close();
    }
  });

  describe('linking by what the article says', () => {
    const ri = byId('ri');
    const searchOrder = async (): Promise<string[]> => {
      const url = `${wiki.origin}/w/api.php?action=query&format=json&formatversion=2&generator=search&gsrsearch=${encodeURIComponent('intitle:"Ri Yong Ho"')}&prop=pageprops`;
      const body = (await (await fetch(url)).json()) as {
        query: { pages: { index: number; pageprops?: { wikibase_item?: string } }[] };
      };
      return body.query.pages
        .sort((a, b) => a.index - b.index)
        .flatMap((p) => p.pageprops?.wikibase_item ?? []);
    };

    it('takes the diplomat for "North Korea’s foreign policy chief" although search lists the general first', async () => {
      expect((await searchOrder())[0]).toBe('Q7325025');
      const states = await service().getCards([ri], ARTICLE_DATE);
      expect(card(states, 'ri').qid).toBe('Q24083656');
      // The general is offered under "Not this one?", told apart by his occupation.
      expect(card(states, 'ri').candidates).toContainEqual(
        expect.objectContaining({ qid: 'Q7325025', detail: 'military officer' }),
      );
    });

    it('takes the general when the article calls him a general', async () => {
      const general = { ...ri, descriptions: ['the army’s former chief of staff, a general'] };
      const states = await service().getCards([general], ARTICLE_DATE);
      expect(card(states, 'ri').qid).toBe('Q7325025');
    });

    it('never takes a bare "North Korean official" for the general: an official is not an officer', async () => {
      const official = {
        ...ri,
        descriptions: ['a North Korean official'],
        firstContext: 'Ri Yong Ho spoke.',
      };
      // In 2018 only the diplomat serves a government; in 2011 the general was in office (chief of
      // the general staff) and the diplomat not yet minister, so the reader is asked.
      expect(card(await service().getCards([official], ARTICLE_DATE), 'ri').qid).toBe('Q24083656');
      expect((await service().getCards([official], '2011-06-01')).get('ri')?.status).toBe('ambiguous');
    });

    it('reads "the army’s" as the army: a possessive is the same word', async () => {
      const armys = { ...ri, descriptions: ['the army’s man'], firstContext: 'Ri Yong Ho spoke.' };
      expect(card(await service().getCards([armys], ARTICLE_DATE), 'ri').qid).toBe('Q7325025');
    });

    it('asks "Which Ri Yong Ho?" with both when the article says nothing that tells them apart', async () => {
      const bare = { ...ri, descriptions: [], firstContext: 'Ri Yong Ho spoke.' };
      const states = await service().getCards([bare], ARTICLE_DATE);
      const state = states.get('ri');
      if (state?.status !== 'ambiguous') throw new Error(`expected a choice, got ${JSON.stringify(state)}`);
      expect(state.choices.map((c) => c.qid).sort()).toEqual(['Q24083656', 'Q7325025']);
      expect(state.choices.find((c) => c.qid === 'Q24083656')?.detail).toBe(
        'Minister of Foreign Affairs of North Korea (2016–2020)',
      );
    });

    it('tells them apart by the words around the name when the article gives no description of him', async () => {
      const near = {
        ...ri,
        descriptions: [],
        firstContext: 'Ri Yong Ho, who leads the country’s diplomacy, arrived.',
      };
      expect(card(await service().getCards([near], ARTICLE_DATE), 'ri').qid).toBe('Q24083656');
    });

    it('tells them apart by the other names the article gives', async () => {
      const bare = { ...ri, descriptions: [], firstContext: 'Ri Yong Ho spoke.' };
      const ministry = { ...byId('mfa'), id: 'mfa', name: 'Foreign Ministry', aliases: ['Foreign Ministry'] };
      expect(card(await service().getCards([bare, ministry], ARTICLE_DATE), 'ri').qid).toBe('Q24083656');
    });

    it('weighs the offices each held on the article’s date: "the minister" settles it in 2018, not in 2011, before his term', async () => {
      const minister = { ...ri, descriptions: ['the minister'], firstContext: 'Ri Yong Ho spoke.' };
      expect(card(await service().getCards([minister], ARTICLE_DATE), 'ri').qid).toBe('Q24083656');
      expect((await service().getCards([minister], '2011-06-01')).get('ri')?.status).toBe('ambiguous');
    });

    it('answers the reader’s choice with that card, and remembers it', async () => {
      const bare = { ...ri, descriptions: [], firstContext: 'Ri Yong Ho spoke.' };
      const knowledge = service({ cache: createMemoryCache() });
      const chosen = await knowledge.chooseCandidate(bare, 'Q7325025', ARTICLE_DATE);
      expect(chosen).toMatchObject({ status: 'ok', card: { qid: 'Q7325025' } });
      expect(card(await knowledge.getCards([bare], ARTICLE_DATE), 'ri').qid).toBe('Q7325025');
    });
  });

  it('sends only entity names, and titles and ids the wikis answered with; never article text', async () => {
    const states = await service().getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
    const names = new Set(SAMPLE_ENTITIES.flatMap((e) => lookupNames(e).map((n) => n.name)));
    // Beyond the article's names, a title may be one Wikidata gave (a sitelink, the page of a card).
    const answered = new Set(
      [...states.values()].flatMap((state) => (state.status === 'ok' ? [state.card.title] : [])),
    );
    const titles = wiki.requests.flatMap((r) => (r.params.titles ? r.params.titles.split('|') : []));
    const searched = wiki.requests.flatMap((r) =>
      [...(r.params.gsrsearch ?? '').matchAll(/intitle:"([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
    const ids = wiki.requests.flatMap((r) => (r.params.ids ? r.params.ids.split('|') : []));
    expect(titles).toContain('Sergey Lavrov');
    expect(titles.filter((title) => !names.has(title) && !answered.has(title))).toEqual([]);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.filter((name) => !names.has(name))).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !/^Q\d+$/.test(id))).toEqual([]);
  });

  describe('crediting Wikipedia', () => {
    it('credits Wikipedia, linked to its licence, on a card whose text comes from an article', async () => {
      const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
      expect(card(states, 'lavrov').attribution).toEqual({
        text: 'From Wikipedia, CC BY-SA 4.0',
        licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
      });
    });

    it('gives the credit in the words it is handed', async () => {
      const states = await service({ attributionText: 'D’après Wikipédia, CC BY-SA 4.0' }).getCards(
        [byId('lavrov')],
        ARTICLE_DATE,
      );
      expect(card(states, 'lavrov').attribution?.text).toBe('D’après Wikipédia, CC BY-SA 4.0');
    });

    it('credits nothing on a card made from Wikidata alone', async () => {
      // No Wikipedia answer: the card comes from the alias table's item, which is CC0.
      wiki.setFailure({ mode: 'malformed', action: 'query' });
      const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
      const lavrov = card(states, 'lavrov');
      expect(lavrov.url).toBe(`${wiki.origin}/wiki/Q58217`);
      expect(lavrov.attribution).toBeUndefined();
    });
  });

  it('gives an event its date, place and participants', async () => {
    const summit = {
      ...byId('singapore'),
      id: 'summit',
      type: 'event' as const,
      name: 'Singapore summit',
      aliases: ['Singapore summit', 'summit'],
    };
    const states = await service().getCards([summit], ARTICLE_DATE);
    expect(card(states, 'summit')).toMatchObject({
      qid: 'Q48730473',
      title: '2018 North Korea–United States Singapore Summit',
      facts: [
        { label: 'Date', value: '12 June 2018' },
        { label: 'Location', value: 'Singapore' },
        { label: 'Participants', value: 'Donald Trump, Kim Jong Un' },
      ],
    });
  });

  it('searches again when the title found clashes with the type ("after Singapore", the summit)', async () => {
    const afterSingapore = { ...byId('singapore'), id: 'after-singapore', type: 'event' as const };
    const states = await service().getCards([afterSingapore], ARTICLE_DATE);
    expect(wiki.requests.filter((r) => r.params.generator === 'search').length).toBe(1);
    expect(card(states, 'after-singapore').qid).toBe('Q48730473');
  });

  it('shows Pompeo as CIA director for an article of June 2017', async () => {
    const states = await service().getCards([byId('pompeo')], '2017-06-15');
    expect(fact(card(states, 'pompeo'), 'Office')).toBe(
      'Director of the Central Intelligence Agency (since 23 January 2017)',
    );
  });

  it('keeps a hostile extract plain text: no tags, no handlers, the words kept', async () => {
    wiki.setHostileExtracts(true);
    const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
    const lavrov = card(states, 'lavrov');
    expect(lavrov.extract).not.toMatch(/[<>]/);
    expect(lavrov.extract).not.toMatch(/<script|onerror=/i);
    expect(lavrov.extract).toContain('is a Russian diplomat.');
  });

  it('shares requests already in flight between callers', async () => {
    const knowledge = service();
    const [a, b] = await Promise.all([
      knowledge.getCards([byId('lavrov'), byId('pompeo')], ARTICLE_DATE),
      knowledge.getCards([byId('lavrov'), byId('pompeo')], ARTICLE_DATE),
    ]);
    expect(card(a, 'lavrov')).toEqual(card(b, 'lavrov'));
    const alone = wiki.requests.length;
    wiki.reset();
    await service().getCards([byId('lavrov'), byId('pompeo')], ARTICLE_DATE);
    expect(alone).toBe(wiki.requests.length);
  });

  it('answers from the cache the second time, and offline, with no request', async () => {
    const cache = createMemoryCache();
    const first = await service({ cache }).getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
    wiki.reset();
    const offline = service({
      cache,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const again = await offline.getCards(SAMPLE_ENTITIES, ARTICLE_DATE);
    expect(offline.requestCount).toBe(0);
    expect(again).toEqual(first);
  });

  it('serves a stale entry at once and refreshes it behind the scenes', async () => {
    const cache = createMemoryCache();
    let t = Date.parse('2026-01-01T00:00:00Z');
    const clock = { now: () => t, freshness: { maxAgeMs: 1000, staleWhileRevalidateMs: 10_000 } };
    await service({ cache, ...clock }).getCards([byId('lavrov')], ARTICLE_DATE);
    t += 5000; // stale, within the revalidation window
    wiki.reset();
    const knowledge = service({ cache, ...clock });
    const states = await knowledge.getCards([byId('lavrov')], ARTICLE_DATE);
    expect(card(states, 'lavrov').qid).toBe('Q58217');
    await new Promise((r) => setTimeout(r, 100));
    expect(wiki.requests.length).toBeGreaterThan(0); // the refresh
  });

  it('sends no refresh of a stale entry once the lookup is called off', async () => {
    const cache = createMemoryCache();
    let t = Date.parse('2026-01-01T00:00:00Z');
    const clock = { now: () => t, freshness: { maxAgeMs: 1000, staleWhileRevalidateMs: 10_000 } };
    await service({ cache, ...clock }).getCards([byId('lavrov')], ARTICLE_DATE);
    t += 5000; // stale, within the revalidation window
    wiki.reset();
    const states = await service({ cache, ...clock }).getCards([byId('lavrov')], ARTICLE_DATE, {
      signal: AbortSignal.abort(),
    });
    expect(card(states, 'lavrov').qid).toBe('Q58217');
    await new Promise((r) => setTimeout(r, 100));
    expect(wiki.requests).toHaveLength(0);
  });

  it('sends no name at all for a lookup called off before it started', async () => {
    const states = await service().getCards(SAMPLE_ENTITIES, ARTICLE_DATE, { signal: AbortSignal.abort() });
    expect(wiki.requests).toHaveLength(0);
    expect(states.get('lavrov')).toEqual({ status: 'error', message: 'The lookup was called off.' });
  });

  it('falls back to an expired entry when the network is down', async () => {
    const cache = createMemoryCache();
    let t = Date.parse('2026-01-01T00:00:00Z');
    const clock = { now: () => t, freshness: { maxAgeMs: 1000, staleWhileRevalidateMs: 1000 } };
    await service({ cache, ...clock }).getCards([byId('lavrov')], ARTICLE_DATE);
    t += 60_000;
    const states = await service({
      cache,
      ...clock,
      fetch: () => Promise.reject(new TypeError('offline')),
    }).getCards([byId('lavrov')], ARTICLE_DATE);
    expect(card(states, 'lavrov').qid).toBe('Q58217');
  });

  describe('failures become clear card states', () => {
    it('says offline when the network is down and nothing is cached', async () => {
      const states = await service({
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      }).getCards([byId('lavrov')], ARTICLE_DATE);
      expect(states.get('lavrov')).toEqual({ status: 'offline' });
    });

    it('waits for Retry-After on a 429 and then succeeds', async () => {
      const waits: number[] = [];
      wiki.setFailure({ mode: '429', times: 1, retryAfterSeconds: 2 });
      // A clock that moves only when we sleep: the wait is exact however busy the machine is.
      let t = 0;
      const states = await service({
        http: {
          now: () => t,
          sleep: async (ms) => {
            waits.push(ms);
            t += ms;
          },
          timeoutMs: 300,
        },
      }).getCards([byId('lavrov')], ARTICLE_DATE);
      expect(waits[0]).toBe(2000);
      expect(card(states, 'lavrov').qid).toBe('Q58217');
    });

    it('says Wikipedia is limiting requests when 429s go on', async () => {
      wiki.setFailure({ mode: '429', retryAfterSeconds: 1 });
      const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
      expect(states.get('lavrov')).toEqual({
        status: 'error',
        message: 'Wikipedia is limiting requests right now. Try again in 1 s.',
        retryAfterMs: 1000,
      });
    });

    it('does not sit out a long Retry-After: it fails at once, and asks nothing more until then', async () => {
      wiki.setFailure({ mode: '429', retryAfterSeconds: 3600 });
      let t = Date.parse('2026-01-01T00:00:00Z');
      const knowledge = service({ now: () => t });
      const states = await knowledge.getCards([byId('lavrov')], ARTICLE_DATE);
      // One title query, not retried; the item call the alias table's candidate needs is not sent.
      expect(wiki.requests).toHaveLength(1);
      expect(states.get('lavrov')).toMatchObject({
        status: 'error',
        message: expect.stringContaining('3600 s'),
        retryAfterMs: 3_600_000,
      });
      t += 60_000;
      const again = await knowledge.getCards([byId('pompeo')], ARTICLE_DATE);
      expect(wiki.requests).toHaveLength(1);
      expect(again.get('pompeo')).toMatchObject({ status: 'error', retryAfterMs: 3_540_000 });
      wiki.setFailure({ mode: 'none' });
      t += 3_540_000;
      const later = await knowledge.getCards([byId('pompeo')], ARTICLE_DATE);
      expect(card(later, 'pompeo').qid).toBe('Q473239');
    });

    it('retries a 500 with backoff and succeeds', async () => {
      const waits: number[] = [];
      wiki.setFailure({ mode: '500', times: 2 });
      const states = await service({
        http: { sleep: async (ms) => void waits.push(ms), timeoutMs: 300 },
      }).getCards([byId('lavrov')], ARTICLE_DATE);
      expect(card(states, 'lavrov').qid).toBe('Q58217');
      expect(waits).toHaveLength(2);
      expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity); // exponential
    });

    it('reports a server error after the retries run out', async () => {
      wiki.setFailure({ mode: '500' });
      const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
      expect(calls('query')).toBe(3); // the first try and two retries
      expect(states.get('lavrov')).toEqual({ status: 'error', message: 'Wikipedia had a server error.' });
    });

    it('gives up on a request that never answers', async () => {
      wiki.setFailure({ mode: 'timeout' });
      const states = await service({
        http: { sleep: async () => undefined, timeoutMs: 100, retries: 1 },
      }).getCards([byId('lavrov')], ARTICLE_DATE);
      expect(states.get('lavrov')).toEqual({ status: 'error', message: 'Wikipedia did not answer in time.' });
      expect(calls('query')).toBe(2); // the first try and one retry, then it gives up
    });

    it('reports malformed JSON without retrying it', async () => {
      wiki.setFailure({ mode: 'malformed' });
      const states = await service().getCards([byId('lavrov')], ARTICLE_DATE);
      expect(calls('query')).toBe(1);
      expect(states.get('lavrov')).toEqual({
        status: 'error',
        message: 'Wikipedia sent an answer Backstory could not read.',
      });
    });

    it('still makes a card from Wikidata when only the labels call fails', async () => {
      wiki.setFailure({ mode: 'malformed', action: 'wbgetentities', only: (p) => p.props === 'labels' });
      const states = await service().getCards([byId('pompeo')], ARTICLE_DATE);
      const pompeo = card(states, 'pompeo');
      expect(wiki.requests.some((r) => r.params.props === 'labels')).toBe(true);
      expect(pompeo.qid).toBe('Q473239');
      expect(pompeo.extract).toContain('70th United States secretary of state');
      // The office needs a label that never came; the birth date needs none.
      expect(fact(pompeo, 'Office')).toBeUndefined();
      expect(fact(pompeo, 'Born')).toBe('30 December 1963 (age 54)');
    });
  });

  describe('choosing another candidate', () => {
    it('links the entity to the chosen item from then on, and remembers it', async () => {
      const cache = createMemoryCache();
      const knowledge = service({ cache });
      const chosen = await knowledge.chooseCandidate(
        byId('new-york'),
        'Q1384',
        ARTICLE_DATE,
        SAMPLE_ENTITIES,
      );
      expect(chosen).toMatchObject({ status: 'ok', card: { qid: 'Q1384', title: 'New York (state)' } });
      const later = await service({ cache }).getCards([byId('new-york')], ARTICLE_DATE);
      expect(card(later, 'new-york').qid).toBe('Q1384');
      expect(card(later, 'new-york').candidates.map((c) => c.qid)).toContain('Q60');
    });

    it('drops the Wikipedia part of a name the reader says no article is, remembers it without asking the wikis, and undoes it', async () => {
      const cache = createMemoryCache();
      const lavrov = byId('lavrov');
      expect(await service({ cache }).chooseCandidate(lavrov, NO_ARTICLE, ARTICLE_DATE)).toEqual({
        status: 'unlinked',
      });
      wiki.reset();
      const later = await service({ cache }).getCards([lavrov, byId('putin')], ARTICLE_DATE);
      expect(later.get('lavrov')).toEqual({ status: 'unlinked' });
      // The other names still get their cards; the unlinked name is not sent anywhere.
      expect(card(later, 'putin').qid).toBe('Q7747');
      expect(JSON.stringify(wiki.requests)).not.toContain('Lavrov');
      const undone = await service({ cache }).chooseCandidate(lavrov, LOOK_UP_AGAIN, ARTICLE_DATE);
      expect(undone).toMatchObject({ status: 'ok', card: { qid: 'Q58217' } });
      expect(card(await service({ cache }).getCards([lavrov], ARTICLE_DATE), 'lavrov').qid).toBe('Q58217');
    });

    it('refuses something that is not a QID', async () => {
      // Typed away here, but a page's content script may send anything.
      const fromAPage = 'javascript:alert(1)' as CandidateChoice;
      expect(await service().chooseCandidate(byId('new-york'), fromAPage, ARTICLE_DATE)).toMatchObject({
        status: 'error',
      });
    });
  });

  describe('thumbnails', () => {
    const withImage = (url: string): CardState => ({
      status: 'ok',
      card: {
        title: 'Sergey Lavrov',
        url: `${wiki.origin}/wiki/Sergey_Lavrov`,
        extract: '',
        facts: [],
        candidates: [],
        thumbnail: { url, width: 160, height: 200 },
      },
    });
    const thumbRequests = (): number => wiki.thumbnailRequests.length;

    it('fetches the card’s thumbnail from the configured Wikipedia and hands it over as data, once', async () => {
      const knowledge = service();
      const state = await knowledge.withThumbnail(withImage(`${wiki.origin}/thumb/lavrov.png`));
      expect(state.status === 'ok' && state.card.thumbnail?.dataUrl).toMatch(
        /^data:image\/png;base64,iVBORw0KGgo/,
      );
      await knowledge.withThumbnail(withImage(`${wiki.origin}/thumb/lavrov.png`));
      expect(thumbRequests()).toBe(1);
    });

    it('never fetches an image from anywhere else, and keeps the card as it was', async () => {
      const elsewhere = withImage('https://evil.example/pixel.png');
      expect(await service({ fetch: () => Promise.reject(new Error('sent')) }).withThumbnail(elsewhere)).toBe(
        elsewhere,
      );
    });

    it('shows the card without an image when the image cannot be had', async () => {
      const missing = withImage(`${wiki.origin}/no-such-image.png`);
      const state = await service().withThumbnail(missing);
      expect(state.status === 'ok' && state.card.thumbnail?.dataUrl).toBeFalsy();
    });
  });
});
