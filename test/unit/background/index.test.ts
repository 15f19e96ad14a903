/**
 * The background as the browser runs it: src/background/index.ts wired to a fake browser, the real
 * core pipeline, IndexedDB (fake-indexeddb) and the wiki fixture server.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Analysis } from '../../../src/core/types';
import { setBrowserForTesting } from '../../../src/shared/browser';
import type { CardState } from '../../../src/shared/card';
import type { BackgroundMethods, PageText } from '../../../src/shared/protocol';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../support/wiki-fixture-server';
import { createFakeBrowser, sendToBackground } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const ARTICLE = readFileSync(new URL('../../../../shared/seed/article.txt', import.meta.url), 'utf8');
const URL_A = 'https://www.nationalreview.com/news/russian-foreign-minister-will-visit-north-korea/';
const page: PageText = {
  url: URL_A,
  title: 'Russian Foreign Minister Will Visit North Korea for Talks',
  site: 'www.nationalreview.com',
  text: ARTICLE,
  published: { date: '2018-05-30', source: 'meta' },
};

let wiki: WikiFixtureServer;
let env: ReturnType<typeof createFakeBrowser>;
const fromTab = (id: number): Runtime.MessageSender => ({
  tab: { id, url: URL_A } as Runtime.MessageSender['tab'],
});

const send = <K extends keyof BackgroundMethods & string>(
  method: K,
  payload: BackgroundMethods[K][0],
  sender: Runtime.MessageSender = {},
): Promise<BackgroundMethods[K][1]> => sendToBackground(env.fake, method, payload, sender);

const entityNamed = (
  analysis: Pick<Analysis, 'url'> & { entities: { id: string; name: string }[] },
  name: string,
) => {
  const found = analysis.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name}`);
  return found;
};

describe('background/index', () => {
  beforeAll(async () => {
    wiki = await startWikiFixtureServer();
    env = createFakeBrowser([{ id: 7, url: URL_A, hasContentScript: true }]);
    await env.sync.set({ settings: { wikipediaOrigin: wiki.origin, wikidataOrigin: wiki.origin } });
    setBrowserForTesting(env.browser);
    await import('../../../src/background/index');
  });
  afterAll(() => wiki.close());
  beforeEach(() => wiki.reset());

  it('analyses the page, badges it, and has its cards ready from one prefetch of at most 8 requests', async () => {
    const analysis = await send('analyzePage', page, fromTab(7));
    expect(env.badges.get(7)).toBe(String(analysis.entities.length));
    const pompeo = await send('getCard', { entityId: entityNamed(analysis, 'Mike Pompeo').id }, fromTab(7));
    expect(pompeo).toMatchObject({ status: 'ok', card: { qid: 'Q473239' } });
    const states: CardState[] = [];
    for (const e of analysis.entities) states.push(await send('getCard', { tabId: 7, entityId: e.id }));
    expect(states.filter((s) => s.status === 'ok').length).toBeGreaterThanOrEqual(10);
    expect(wiki.requests.length).toBeLessThanOrEqual(8);
    const popupView = await send('getPageState', { tabId: 7 });
    expect(popupView).toMatchObject({ tabId: 7, enabled: true, analysis: { url: URL_A } });
  });

  it('lets the reader pick another candidate ("not this one"), and remembers it', async () => {
    const analysis = await send('analyzePage', page, fromTab(7));
    const ri = entityNamed(analysis, 'Ri Yong Ho');
    expect(await send('getCard', { tabId: 7, entityId: ri.id })).toMatchObject({
      card: { qid: 'Q24083656' },
    });
    // The reader says it is the general of the same name.
    const chosen = await send('chooseCandidate', { tabId: 7, entityId: ri.id, qid: 'Q7325025' });
    expect(chosen).toMatchObject({ status: 'ok', card: { qid: 'Q7325025', title: 'Ri Yong-ho (general)' } });
    expect(await send('getCard', { tabId: 7, entityId: ri.id })).toMatchObject({ card: { qid: 'Q7325025' } });
    await send('analyzePage', page, fromTab(7));
    expect(await send('getCard', { tabId: 7, entityId: ri.id })).toMatchObject({ card: { qid: 'Q7325025' } });
    await send('chooseCandidate', { tabId: 7, entityId: ri.id, qid: 'Q24083656' });
  });

  it('sends nothing at all when lookups are off', async () => {
    await send('updateSettings', { lookups: false });
    wiki.reset();
    const analysis = await send('analyzePage', page, fromTab(7));
    for (const e of analysis.entities) {
      expect(await send('getCard', { tabId: 7, entityId: e.id })).toEqual({ status: 'lookups-off' });
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(wiki.requests).toHaveLength(0);
    await send('updateSettings', { lookups: true });
  });

  it('forgets a tab’s page when the tab closes or goes elsewhere, not on a fragment change', async () => {
    await send('analyzePage', page, fromTab(7));
    env.fake.tabs.onUpdated.fire(7, { url: `${URL_A}#comments` });
    await new Promise((r) => setTimeout(r, 10));
    expect(await send('getPageState', { tabId: 7 })).not.toBeNull();
    env.fake.tabs.onUpdated.fire(7, { url: 'https://www.nationalreview.com/other/' });
    await new Promise((r) => setTimeout(r, 10));
    expect(await send('getPageState', { tabId: 7 })).toBeNull();
    await send('analyzePage', page, fromTab(7));
    env.fake.tabs.onRemoved.fire(7);
    await new Promise((r) => setTimeout(r, 10));
    expect(await send('getPageState', { tabId: 7 })).toBeNull();
    expect(env.session.data.has('page:7')).toBe(false);
  });

  it('opens the welcome page on install only', () => {
    env.fake.runtime.onInstalled.fire({ reason: 'update', temporary: false });
    expect(env.created).toEqual([]);
    env.fake.runtime.onInstalled.fire({ reason: 'install', temporary: false });
    expect(env.created).toEqual(['chrome-extension://fake/welcome.html']);
  });

  it('reports a welcome page that cannot open once, instead of an unhandled rejection', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const create = env.fake.tabs.create;
    env.fake.tabs.create = () => Promise.reject(new Error('No current window'));
    try {
      env.fake.runtime.onInstalled.fire({ reason: 'install', temporary: false });
      env.fake.runtime.onInstalled.fire({ reason: 'install', temporary: false });
      await new Promise((r) => setTimeout(r, 10));
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]?.[0]).toMatch(/welcome page/);
    } finally {
      env.fake.tabs.create = create;
      errors.mockRestore();
    }
  });

  it('reports a site switch that cannot be saved once, instead of an unhandled rejection', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    env.sync.failWrites = true;
    try {
      env.fake.commands.onCommand.fire('toggle-site', { id: 7, url: URL_A } as never);
      env.fake.commands.onCommand.fire('toggle-site', { id: 7, url: URL_A } as never);
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]?.[0]).toMatch(/switch the site/);
    } finally {
      env.sync.failWrites = false;
      errors.mockRestore();
    }
  });

  it('flips the current tab’s site on the toggle-site command', async () => {
    env.fake.commands.onCommand.fire('toggle-site', { id: 7, url: URL_A } as never);
    await new Promise((r) => setTimeout(r, 20));
    expect((await send('getSettings', {})).disabledSites).toEqual(['www.nationalreview.com']);
    expect(env.sent.at(-1)?.message).toMatchObject({ method: 'applySettings' });
    env.fake.commands.onCommand.fire('toggle-site', { id: 7, url: URL_A } as never);
    await new Promise((r) => setTimeout(r, 20));
    expect((await send('getSettings', {})).disabledSites).toEqual([]);
  });
});
