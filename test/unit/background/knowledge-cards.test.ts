import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import english from '../../../_locales/en/messages.json';
import { createKnowledgeCardProvider } from '../../../src/background/knowledge-cards';
import { createMemoryCache } from '../../../src/background/knowledge/cache';
import { PROJECT_URL } from '../../../src/background/knowledge/user-agent';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../support/wiki-fixture-server';
import { byId } from './knowledge/sample-entities';

// The real polyfill refuses to load outside an extension; without it, strings come in English.
vi.mock('webextension-polyfill', () => ({ default: {} }));

let wiki: WikiFixtureServer;
let settings: Settings;
beforeAll(async () => {
  wiki = await startWikiFixtureServer();
  settings = { ...DEFAULT_SETTINGS, wikipediaOrigin: wiki.origin, wikidataOrigin: wiki.origin };
});
afterAll(() => wiki.close());

describe('background/knowledge-cards', () => {
  it('keeps the answers for a private window out of the persistent cache', async () => {
    const persistent = createMemoryCache();
    const provider = createKnowledgeCardProvider({ cache: persistent });
    const states = await provider.getCards([byId('lavrov')], '2018-05-30', settings, { incognito: true });
    expect(states.get('lavrov')).toMatchObject({ status: 'ok', card: { qid: 'Q58217' } });
    await provider.chooseCandidate(byId('new-york'), 'Q1384', '2018-05-30', settings, [], {
      incognito: true,
    });
    expect(persistent.size).toBe(0);
  });

  it('credits Wikipedia in the catalogue’s words', async () => {
    const states = await createKnowledgeCardProvider({ cache: createMemoryCache() }).getCards(
      [byId('lavrov')],
      '2018-05-30',
      settings,
    );
    expect(states.get('lavrov')).toMatchObject({
      status: 'ok',
      card: { attribution: { text: english.cardWikipediaCredit.message } },
    });
  });

  it('keeps the answers for an ordinary window, for the next visit and offline', async () => {
    const persistent = createMemoryCache();
    await createKnowledgeCardProvider({ cache: persistent }).getCards(
      [byId('lavrov')],
      '2018-05-30',
      settings,
    );
    expect(persistent.size).toBeGreaterThan(0);
  });

  it('names the extension in Api-User-Agent, with the project’s URL, and sends maxlag', async () => {
    wiki.reset();
    await createKnowledgeCardProvider({ cache: createMemoryCache() }).getCards(
      [byId('lavrov')],
      '2018-05-30',
      settings,
    );
    expect(wiki.requests.length).toBeGreaterThan(0);
    for (const r of wiki.requests) {
      expect(r.headers['api-user-agent']).toMatch(/^Backstory\/\S+ \(/);
      expect(r.headers['api-user-agent']).toContain(PROJECT_URL);
      expect(r.params.maxlag).toBe('5');
    }
  });
});
