/**
 * The knowledge service against the shapes real Wikipedia and Wikidata answers take and the sample
 * does not exercise: unknown values, Julian dates, big entities, invalid and converted titles,
 * Wikimedia's HTML 429, maxlag, and hostile answers (huge, pathological, links elsewhere).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_IN, toPlainText } from '../../../../src/background/knowledge/extract';
import {
  createKnowledgeService,
  type KnowledgeServiceOptions,
} from '../../../../src/background/knowledge/service';
import type { FetchLike } from '../../../../src/background/knowledge/http-client';
import { wikiSiteId, wikiSubdomain } from '../../../../src/background/knowledge/wikidata';
import type { Entity } from '../../../../src/core/types';
import type { CardState, KnowledgeCard } from '../../../../src/shared/card';
import {
  startWikiFixtureServer,
  type WikiFixtureOptions,
  type WikiFixtureServer,
} from '../../../support/wiki-fixture-server';
import { byId, SAMPLE_ENTITIES } from './sample-entities';

const DATE = '2018-05-30';
let wiki: WikiFixtureServer | undefined;
afterEach(async () => {
  await wiki?.close();
  wiki = undefined;
});

async function serve(options: WikiFixtureOptions = {}, overrides: Partial<KnowledgeServiceOptions> = {}) {
  wiki = await startWikiFixtureServer(options);
  const sleeps: number[] = [];
  // A clock that moves only when we sleep, so waits are measured exactly on a busy machine.
  let t = 0;
  const knowledge = createKnowledgeService({
    fetch: (input, init) => fetch(input, init),
    wikipediaOrigin: wiki.origin,
    wikidataOrigin: wiki.origin,
    http: {
      now: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
      timeoutMs: 10_000,
    },
    ...overrides,
  });
  return { wiki, knowledge, sleeps };
}

const person = (id: string, name: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [name],
  mentions: [{ start: 0, end: name.length, text: name }],
  descriptions: [],
  firstContext: `${name} spoke.`,
});

function cardOf(state: CardState | undefined): KnowledgeCard {
  if (state?.status !== 'ok') throw new Error(`expected a card, got ${JSON.stringify(state)}`);
  return state.card;
}
const fact = (card: KnowledgeCard, label: string) => card.facts.find((f) => f.label === label);

describe('background/knowledge in the real shapes of the APIs', () => {
  it('shows a death on an unknown date as unknown, never as alive, and an office with an unknown end as over', async () => {
    const { knowledge } = await serve();
    const card = cardOf(await knowledge.chooseCandidate(person('q', 'Edda Quill'), 'Q99000001', DATE));
    expect(fact(card, 'Died')).toEqual({ label: 'Died', value: 'unknown', unknown: true });
    expect(fact(card, 'Born')?.value).not.toContain('age');
    expect(fact(card, 'Office')).toBeUndefined();
  });

  it('reads novalue as none (no end: still in office; no death: alive) and converts a Julian birth date', async () => {
    const { knowledge } = await serve();
    const card = cardOf(await knowledge.chooseCandidate(person('t', 'Ivo Tarn'), 'Q99000002', DATE));
    // 30 May 1890 in the Julian calendar was 11 June 1890 in the Gregorian.
    expect(fact(card, 'Born')?.value).toBe('11 June 1890 (age 127)');
    expect(fact(card, 'Died')).toBeUndefined();
    expect(fact(card, 'Office')?.value).toBe('Minister of Foreign Affairs of Russia (since 1 January 2015)');
  });

  it('asks for one language and one sitelink, so big items come back small', async () => {
    const { wiki, knowledge } = await serve();
    await knowledge.getCards(SAMPLE_ENTITIES, DATE);
    const items = wiki.requests.filter((r) => r.params.action === 'wbgetentities');
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) {
      expect(r.params.languages).toBe('en');
      if (r.params.props?.includes('sitelinks')) expect(r.params.sitefilter).toBe('enwiki');
      expect(r.bytes).toBeLessThan(100_000);
    }
    // The same item unfiltered is many times larger: the filter is what keeps it small.
    const unfiltered = await fetch(
      `${wiki.origin}/w/api.php?action=wbgetentities&format=json&ids=Q30&props=labels|descriptions|claims|sitelinks`,
    );
    expect((await unfiltered.text()).length).toBeGreaterThan(20_000);
  });

  it('reads converted titles and skips invalid ones without losing the rest of the batch', async () => {
    const { knowledge } = await serve();
    const states = await knowledge.getCards(
      [person('a', 'Sergej Lavrov'), person('b', 'Bad <title>'), byId('putin')],
      DATE,
    );
    expect(cardOf(states.get('a')).qid).toBe('Q58217');
    expect(states.get('b')?.status).toBe('not-found');
    expect(cardOf(states.get('putin')).qid).toBe('Q7747');
  });

  it('reads Wikimedia’s HTML 429 (no CORS headers) as rate limited, with the wait it names', async () => {
    const { wiki, knowledge } = await serve({ failure: { mode: '429-html', retryAfterSeconds: 3600 } });
    const raw = await fetch(`${wiki.origin}/w/api.php?action=query&format=json&titles=X`);
    expect(raw.headers.get('access-control-allow-origin')).toBeNull();
    expect(raw.headers.get('content-type')).toContain('text/html');
    const states = await knowledge.getCards([byId('lavrov')], DATE);
    expect(states.get('lavrov')).toMatchObject({ status: 'error', retryAfterMs: 3_600_000 });
  });

  it('holds the origin for every tab when the HTML 429 reaches a browser as a network error, backing off', async () => {
    // The extension without host access to the wikis fetches in CORS mode: an answer without
    // Access-Control-Allow-Origin is a TypeError, its status and Retry-After unseen.
    const corsMode: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (response.headers.get('access-control-allow-origin')) return response;
      await response.body?.cancel();
      throw new TypeError('Failed to fetch');
    };
    let t = 0;
    const { wiki, knowledge } = await serve(
      { failure: { mode: '429-html', times: 2, retryAfterSeconds: 60 } },
      { fetch: corsMode, http: { now: () => t, sleep: async () => undefined, isOnline: () => true } },
    );
    const tabOne = [byId('lavrov')];
    const tabTwo = [byId('putin')];
    const sent = (): number => wiki.requests.length;
    expect((await knowledge.getCards(tabOne, DATE)).get('lavrov')?.status).toBe('offline');
    expect(sent()).toBe(1);
    // Another tab, a moment later: nothing goes out while the origin is held.
    t = 4_000;
    expect((await knowledge.getCards(tabTwo, DATE)).get('putin')?.status).toBe('offline');
    expect(sent()).toBe(1);
    // After 5 s one request tries again, is refused again, and the origin is held for 10 s.
    t = 5_000;
    await knowledge.getCards(tabTwo, DATE);
    expect(sent()).toBe(2);
    t = 14_000;
    await knowledge.getCards(tabOne, DATE);
    expect(sent()).toBe(2);
    // The server has recovered: both tabs get their cards.
    t = 15_000;
    const states = await knowledge.getCards([...tabOne, ...tabTwo], DATE);
    expect(cardOf(states.get('lavrov')).qid).toBe('Q58217');
    expect(cardOf(states.get('putin')).qid).toBe('Q7747');
  });

  it('waits at least 5 s after maxlag, then gets the cards', async () => {
    const { knowledge, sleeps } = await serve({
      failure: { mode: 'maxlag', times: 1, retryAfterSeconds: 1 },
    });
    const states = await knowledge.getCards([byId('lavrov')], DATE);
    expect(cardOf(states.get('lavrov')).qid).toBe('Q58217');
    expect(Math.max(...sleeps)).toBeGreaterThanOrEqual(5000);
  });

  describe('bounds on what comes in', () => {
    it('cuts a 5 MB extract to card size before it is kept or shown', async () => {
      const { knowledge } = await serve({ abuse: 'huge' });
      const card = cardOf((await knowledge.getCards([byId('lavrov')], DATE)).get('lavrov'));
      expect(card.extract.length).toBeLessThanOrEqual(500);
      expect(card.extract).toMatch(/^Sergey Lavrov is a Russian diplomat\./);
    });

    it('reads an extract with a 100,000-space run as plain text', async () => {
      const { knowledge } = await serve({ abuse: 'spaces' });
      const card = cardOf((await knowledge.getCards([byId('lavrov')], DATE)).get('lavrov'));
      expect(card.extract.length).toBeLessThanOrEqual(500);
      expect(card.extract).not.toMatch(/ {2}/);
    });

    it('never reads past card size of any text, so no answer can make processing long', () => {
      // Before the cut, this input took 77 s (a backtracking pattern on the run of spaces).
      const run = ' '.repeat(100_000);
      const text = `(${run}x <${run}\n${run}y`;
      const plain = toPlainText(text);
      expect(plain.length).toBeLessThanOrEqual(MAX_TEXT_IN);
      expect(plain).toBe('(');
    });

    it('links only to the configured Wikipedia: a page pointing at evil.example is linked to its own address', async () => {
      const { wiki, knowledge } = await serve({ abuse: 'evil-links' });
      const card = cardOf((await knowledge.getCards([byId('lavrov')], DATE)).get('lavrov'));
      expect(card.url).toBe(`${wiki.origin}/wiki/Sergey_Lavrov`);
      expect(JSON.stringify(card)).not.toContain('evil.example');
    });
  });
});

describe('background/knowledge/wikidata site ids', () => {
  it.each([
    ['en', 'en', 'enwiki'],
    ['zh-yue', 'zh-yue', 'zh_yuewiki'],
    ['yue', 'zh-yue', 'zh_yuewiki'],
    ['nb', 'no', 'nowiki'],
    ['be-tarask', 'be-tarask', 'be_x_oldwiki'],
    ['zh-min-nan', 'zh-min-nan', 'zh_min_nanwiki'],
    ['gsw', 'als', 'alswiki'],
    ['pt-BR', 'pt', 'ptwiki'],
  ])('maps %s to the %s Wikipedia, site id %s', (lang, subdomain, site) => {
    expect(wikiSubdomain(lang)).toBe(subdomain);
    expect(wikiSiteId(lang)).toBe(site);
  });
});

describe('background/knowledge: Wikidata’s type corrects the recogniser’s', () => {
  it('links "Singapore summit" read as a place to the summit, and says it is an event', async () => {
    const { knowledge } = await serve();
    const asPlace: Entity = { ...person('s', 'Singapore summit'), type: 'place' };
    const card = cardOf((await knowledge.getCards([asPlace], DATE)).get('s'));
    expect(card.qid).toBe('Q48730473');
    expect(card.type).toBe('event');
  });

  it('keeps a one-word name that clashes unlinked rather than trusting its title ("Singapore" the person)', async () => {
    const { knowledge } = await serve();
    const states = await knowledge.getCards([person('p', 'Singapore')], DATE);
    expect(states.get('p')?.status === 'ok' ? cardOf(states.get('p')).qid : 'none').not.toBe('Q334');
  });

  it('gives the item’s type on every card, the same as the entity’s when they agree', async () => {
    const { knowledge } = await serve();
    expect(cardOf((await knowledge.getCards([byId('lavrov')], DATE)).get('lavrov')).type).toBe('person');
  });
});
