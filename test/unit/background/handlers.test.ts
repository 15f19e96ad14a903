import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackground, RETRY_FAILED_AFTER_MS, type Background } from '../../../src/background/handlers';
import type { CardProvider, LookupOptions } from '../../../src/background/card-provider';
import { createPageStateStore } from '../../../src/background/page-states';
import { createSettingsStore } from '../../../src/background/settings-store';
import type { Analysis, Entity } from '../../../src/core/types';
import { setBrowserForTesting } from '../../../src/shared/browser';
import type { CardState } from '../../../src/shared/card';
import { callBackground, serve } from '../../../src/shared/messaging';
import {
  MAX_TEXT_PARTS,
  TEXT_PART_CHARS,
  type BackgroundMethods,
  type PageText,
} from '../../../src/shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { createFakeBrowser } from './fake-browser';

// The real polyfill refuses to load outside an extension; the fake browser replaces it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const entity = (id: string, name: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [name],
  mentions: [{ start: 0, end: name.length, text: name }],
  descriptions: [],
  firstContext: name,
});

const page: PageText = {
  url: 'https://news.example/2018/05/lavrov',
  title: 'Lavrov',
  site: 'news.example',
  text: 'Sergey Lavrov met Ri Yong Ho.',
  published: { date: '2018-05-30', source: 'meta' },
};

function fakeAnalysis(p: PageText): Analysis {
  return {
    url: p.url,
    title: p.title,
    site: p.site,
    published: p.published,
    textLength: p.text.length,
    entities: [entity('e1', 'Sergey Lavrov'), entity('e2', 'Ri Yong Ho')],
    timeline: [],
    elapsedMs: 1,
  };
}

class RecordingCards implements CardProvider {
  calls: { names: string[]; date: string | undefined }[] = [];
  signals: (AbortSignal | undefined)[] = [];
  incognito: (boolean | undefined)[] = [];
  async getCards(entities: Entity[], date: string | undefined, _settings: Settings, options?: LookupOptions) {
    this.calls.push({ names: entities.map((e) => e.name), date });
    this.signals.push(options?.signal);
    this.incognito.push(options?.incognito);
    return new Map<string, CardState>(entities.map((e) => [e.id, { status: 'not-found' }]));
  }
  async chooseCandidate(...args: Parameters<CardProvider['chooseCandidate']>): Promise<CardState> {
    this.incognito.push(args[5]?.incognito);
    return { status: 'error', message: 'chosen' };
  }
}

const fromTab = (id: number, url = page.url): Runtime.MessageSender => ({
  tab: { id, url } as Runtime.MessageSender['tab'],
});

describe('background/handlers', () => {
  let env: ReturnType<typeof createFakeBrowser>;
  let cards: RecordingCards;
  let background: Background;
  /** The pages the background was asked to analyse, text and all. */
  const analysed: PageText[] = [];

  beforeEach(() => {
    analysed.length = 0;
    env = createFakeBrowser([
      { id: 7, url: page.url, hasContentScript: true },
      { id: 8, url: 'https://other.example/', hasContentScript: false },
      { id: 9, url: 'chrome://extensions/' },
      { id: 11, url: page.url, incognito: true },
    ]);
    setBrowserForTesting(env.browser);
    cards = new RecordingCards();
    background = createBackground({
      browser: env.browser,
      pages: createPageStateStore(env.fake.storage.session as never),
      settings: createSettingsStore(env.fake.storage.sync as never),
      cards,
      analyze: async (p) => (analysed.push(p), fakeAnalysis(p)),
    });
    serve<BackgroundMethods>(background.handlers);
  });

  const send = <K extends keyof BackgroundMethods & string>(
    method: K,
    payload: BackgroundMethods[K][0],
    sender: Runtime.MessageSender = {},
  ) => env.fake.runtime.sendMessage({ backstory: 1, method, payload }, sender);

  it('analyses a page, keeps its state for the tab, badges the entity count and prefetches cards', async () => {
    const reply = await send('analyzePage', page, fromTab(7));
    expect(reply).toMatchObject({ ok: true, value: { entities: [{ id: 'e1' }, { id: 'e2' }] } });
    expect(env.badges.get(7)).toBe('2');
    expect(cards.calls).toEqual([{ names: ['Sergey Lavrov', 'Ri Yong Ho'], date: '2018-05-30' }]);
    const state = await send('getPageState', { tabId: 7 });
    expect(state).toMatchObject({
      ok: true,
      value: { tabId: 7, enabled: true, analysis: { url: page.url } },
    });
    expect(env.session.data.get('page:7')).toBeTruthy();
  });

  it('answers an analysis with its mentions as offsets only: the page has the text', async () => {
    const reply = await send('analyzePage', page, fromTab(7));
    expect(reply).toMatchObject({
      ok: true,
      value: { entities: [{ id: 'e1', spans: [0, 13] }, { id: 'e2' }] },
    });
    expect(JSON.stringify(reply)).not.toContain('"mentions"');
    // The popup's page state keeps the whole mentions.
    expect(await send('getPageState', { tabId: 7 })).toMatchObject({
      value: { analysis: { entities: [{ mentions: [{ start: 0, end: 13, text: 'Sergey Lavrov' }] }, {}] } },
    });
  });

  describe('a long text sent ahead in pieces', () => {
    const pieces = ['Sergey Lavrov met ', 'Ri Yong', ' Ho.'];
    const sendPieces = async (tabId: number, upload: string, which = [0, 1, 2]) => {
      for (const index of which)
        await send('sendTextPart', { upload, index, count: 3, text: pieces[index]! }, fromTab(tabId));
    };

    it('joins the pieces, in their order, into the text it analyses', async () => {
      await sendPieces(7, 'u1', [2, 0, 1]);
      const reply = await send(
        'analyzePage',
        { ...page, text: '', upload: { id: 'u1', count: 3 } },
        fromTab(7),
      );
      expect(reply).toMatchObject({ ok: true });
      expect(analysed.at(-1)?.text).toBe(page.text);
      expect(analysed.at(-1)).not.toHaveProperty('upload');
    });

    it('refuses an analysis whose pieces did not all come, or came from another tab', async () => {
      await sendPieces(7, 'u2', [0, 2]);
      expect(
        await send('analyzePage', { ...page, text: '', upload: { id: 'u2', count: 3 } }, fromTab(7)),
      ).toMatchObject({ ok: false });
      await sendPieces(8, 'u3');
      expect(
        await send('analyzePage', { ...page, text: '', upload: { id: 'u3', count: 3 } }, fromTab(7)),
      ).toMatchObject({ ok: false });
      expect(analysed).toHaveLength(0);
    });

    it.each([
      [
        'a piece over the size of a piece',
        { upload: 'u', index: 0, count: 1, text: 'x'.repeat(TEXT_PART_CHARS + 1) },
      ],
      ['an index outside the count', { upload: 'u', index: 3, count: 3, text: 'x' }],
      ['too many pieces', { upload: 'u', index: 0, count: MAX_TEXT_PARTS + 1, text: 'x' }],
      ['no upload id', { upload: '', index: 0, count: 1, text: 'x' }],
    ])('refuses %s', async (_name, part) => {
      expect(await send('sendTextPart', part, fromTab(7))).toMatchObject({ ok: false });
    });
  });

  it("stores the reader's part of a long article in the whole text's offsets, and prefetches only for the whole", async () => {
    const reply = await send('analyzePage', { ...page, part: { offset: 5000 } }, fromTab(7));
    expect(reply).toMatchObject({
      ok: true,
      value: { partial: true, entities: [{ spans: [5000, 5013] }, { id: 'e2' }] },
    });
    expect(cards.calls).toEqual([]);
    expect(await send('getPageState', { tabId: 7 })).toMatchObject({
      value: { analysis: { partial: true } },
    });
    // A hover on the part's highlights is served while the whole article is analysed.
    expect(await send('getCard', { entityId: 'e1' }, fromTab(7))).toEqual({
      ok: true,
      value: { status: 'not-found' },
    });
    await send('analyzePage', page, fromTab(7));
    const whole = await send('getPageState', { tabId: 7 });
    expect(whole).toMatchObject({ value: { analysis: { entities: [{ mentions: [{ start: 0 }] }, {}] } } });
    expect((whole as { value: { analysis: { partial?: boolean } } }).value.analysis.partial).toBeUndefined();
    expect(cards.calls.at(-1)).toEqual({ names: ['Sergey Lavrov', 'Ri Yong Ho'], date: '2018-05-30' });
  });

  it('keeps the page state across a worker restart through storage.session', async () => {
    await send('analyzePage', page, fromTab(7));
    const restarted = createBackground({
      browser: env.browser,
      pages: createPageStateStore(env.fake.storage.session as never),
      settings: createSettingsStore(env.fake.storage.sync as never),
      cards,
      analyze: async (p) => fakeAnalysis(p),
    });
    const state = await restarted.handlers.getPageState({ tabId: 7 }, {});
    expect(state?.analysis.entities).toHaveLength(2);
  });

  it('forgets a tab, in memory and in session storage', async () => {
    await send('analyzePage', page, fromTab(7));
    await background.forgetTab(7);
    expect(await send('getPageState', { tabId: 7 })).toEqual({ ok: true, value: null });
    expect(env.badges.get(7)).toBe('');
    expect(env.session.data.has('page:7')).toBe(false);
  });

  it('answers getCard from the prefetched batch, without a second lookup', async () => {
    await send('analyzePage', page, fromTab(7));
    expect(await send('getCard', { entityId: 'e2' }, fromTab(7))).toEqual({
      ok: true,
      value: { status: 'not-found' },
    });
    expect(await send('getCard', { tabId: 7, entityId: 'e1' })).toEqual({
      ok: true,
      value: { status: 'not-found' },
    });
    expect(cards.calls).toHaveLength(1);
  });

  it("gives the popup Wikipedia's short descriptions from the prefetched cards, asking nothing new", async () => {
    cards.getCards = async (entities: Entity[], date: string | undefined) => {
      cards.calls.push({ names: entities.map((e) => e.name), date });
      const lavrov: CardState = {
        status: 'ok',
        card: {
          title: 'Sergey Lavrov',
          url: 'https://en.wikipedia.org/wiki/Sergey_Lavrov',
          description: 'Russian diplomat',
          extract: '',
          facts: [],
          candidates: [],
        },
      };
      return new Map<string, CardState>([
        ['e1', lavrov],
        ['e2', { status: 'not-found' }],
      ]);
    };
    expect(await send('knownDescriptions', { tabId: 7 })).toEqual({ ok: true, value: {} });
    await send('analyzePage', page, fromTab(7));
    expect(await send('knownDescriptions', { tabId: 7 })).toEqual({
      ok: true,
      value: { e1: 'Russian diplomat' },
    });
    expect(cards.calls).toHaveLength(1);
    await send('updateSettings', { lookups: false });
    expect(await send('knownDescriptions', { tabId: 7 })).toEqual({ ok: true, value: {} });
    expect(cards.calls).toHaveLength(1);
  });

  it('tries a batch that failed again on a later hover, but not at once', async () => {
    let offline = true;
    cards.getCards = async (entities: Entity[], date: string | undefined) => {
      cards.calls.push({ names: entities.map((e) => e.name), date });
      return new Map<string, CardState>(
        entities.map((e) => [e.id, offline ? { status: 'offline' } : { status: 'not-found' }]),
      );
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await send('analyzePage', page, fromTab(7));
      expect(await send('getCard', { entityId: 'e1' }, fromTab(7))).toMatchObject({
        value: { status: 'offline' },
      });
      expect(cards.calls).toHaveLength(1);
      offline = false;
      vi.setSystemTime(Date.now() + RETRY_FAILED_AFTER_MS + 1);
      expect(await send('getCard', { entityId: 'e1' }, fromTab(7))).toMatchObject({
        value: { status: 'not-found' },
      });
      expect(cards.calls).toHaveLength(2);
      vi.setSystemTime(Date.now() + RETRY_FAILED_AFTER_MS + 1);
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(2); // a good batch is kept
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits as long as a rate-limiting server asked before trying the batch again', async () => {
    const hour = 3_600_000;
    cards.getCards = async (entities: Entity[], date: string | undefined) => {
      cards.calls.push({ names: entities.map((e) => e.name), date });
      return new Map<string, CardState>(
        entities.map((e) => [e.id, { status: 'error', message: 'limited', retryAfterMs: hour }]),
      );
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await send('analyzePage', page, fromTab(7));
      vi.setSystemTime(Date.now() + RETRY_FAILED_AFTER_MS + 1);
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(1);
      vi.setSystemTime(Date.now() + hour);
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('when the reader changes where names go', () => {
    it('calls off the lookups under way as soon as lookups are switched off', async () => {
      await send('analyzePage', page, fromTab(7));
      const signal = cards.signals[0];
      expect(signal?.aborted).toBe(false);
      await send('updateSettings', { lookups: false });
      expect(signal?.aborted).toBe(true);
    });

    it.each([
      ['language', { wikipediaLang: 'fr' }],
      ['Wikipedia origin', { wikipediaOrigin: 'https://wiki.mirror.example' }],
      ['Wikidata origin', { wikidataOrigin: 'https://data.mirror.example' }],
    ] as const)('calls them off, and looks the page up again, when the %s changes', async (_, patch) => {
      await send('analyzePage', page, fromTab(7));
      await send('updateSettings', patch);
      expect(cards.signals[0]?.aborted).toBe(true);
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(2);
      expect(cards.signals[1]?.aborted).toBe(false);
    });

    it('keeps lookups under way through changes that do not touch them', async () => {
      await send('analyzePage', page, fromTab(7));
      await send('updateSettings', { hoverDelayMs: 200 });
      await send('setSiteEnabled', { host: 'other.example', enabled: false });
      expect(cards.signals[0]?.aborted).toBe(false);
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(1);
    });

    it('does not serve the called-off batch once lookups are back on', async () => {
      await send('analyzePage', page, fromTab(7));
      await send('updateSettings', { lookups: false });
      await send('updateSettings', { lookups: true });
      await send('getCard', { entityId: 'e1' }, fromTab(7));
      expect(cards.calls).toHaveLength(2);
    });
  });

  describe('in a private window', () => {
    const fromPrivateTab: Runtime.MessageSender = {
      tab: { id: 11, url: page.url, incognito: true } as Runtime.MessageSender['tab'],
    };

    it('asks for cards kept in memory only, from the content script and from the popup', async () => {
      await send('analyzePage', page, fromPrivateTab);
      await send('chooseCandidate', { entityId: 'e1', qid: 'Q1' }, fromPrivateTab);
      await send('chooseCandidate', { tabId: 11, entityId: 'e1', qid: 'Q1' });
      expect(cards.incognito).toEqual([true, true, true]);
    });

    it('asks for cards in an ordinary window to be kept', async () => {
      await send('analyzePage', page, fromTab(7));
      await send('chooseCandidate', { tabId: 7, entityId: 'e1', qid: 'Q1' });
      expect(cards.incognito).toEqual([false, false]);
    });

    it('takes a tab it cannot look up for a private one', async () => {
      await send('analyzePage', page, { tab: { id: 12, url: page.url } as Runtime.MessageSender['tab'] });
      await send('chooseCandidate', { tabId: 12, entityId: 'e1', qid: 'Q1' });
      expect(cards.incognito).toEqual([false, true]);
    });
  });

  it('looks nothing up for a site the reader switched off', async () => {
    await send('setSiteEnabled', { host: 'news.example', enabled: false });
    await send('analyzePage', page, fromTab(7));
    expect(cards.calls).toEqual([]);
  });

  it('answers lookups-off, and looks nothing up, when lookups are off', async () => {
    await send('updateSettings', { lookups: false });
    await send('analyzePage', page, fromTab(7));
    expect(await send('getCard', { entityId: 'e1' }, fromTab(7))).toEqual({
      ok: true,
      value: { status: 'lookups-off' },
    });
    expect(cards.calls).toEqual([]);
  });

  it('reports an unknown entity or tab as a failed result, not a crash', async () => {
    expect(await send('getCard', { entityId: 'e1' }, fromTab(7))).toMatchObject({ ok: false });
    await send('analyzePage', page, fromTab(7));
    expect(await send('getCard', { entityId: 'nope' }, fromTab(7))).toMatchObject({ ok: false });
  });

  it('stores settings normalised under "settings" in storage.sync and tells tabs with our content script', async () => {
    const reply = await send('updateSettings', { hoverDelayMs: 200, types: { place: false } as never });
    expect(reply).toMatchObject({
      ok: true,
      value: { hoverDelayMs: 200, types: { person: true, place: false } },
    });
    expect(env.sync.data.get('settings')).toMatchObject({ hoverDelayMs: 200, lookups: true });
    expect(env.sent.map((s) => s.tabId)).toEqual([7]);
    expect(env.sent[0]?.message).toMatchObject({ method: 'applySettings', payload: { hoverDelayMs: 200 } });
  });

  it('returns defaults when nothing is stored', async () => {
    expect(await send('getSettings', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('switches a site off and on, and the page state follows', async () => {
    await send('analyzePage', page, fromTab(7));
    await send('setSiteEnabled', { host: 'news.example', enabled: false });
    expect(await send('getPageState', { tabId: 7 })).toMatchObject({ value: { enabled: false } });
    const on = await send('setSiteEnabled', { host: 'news.example', enabled: true });
    expect(on).toMatchObject({ value: { disabledSites: [] } });
  });

  it('toggles the current tab’s site (the toggle-site command)', async () => {
    expect((await background.toggleSite({ id: 7, url: page.url }))?.disabledSites).toEqual(['news.example']);
    expect((await background.toggleSite({ id: 7, url: page.url }))?.disabledSites).toEqual([]);
    expect(await background.toggleSite({ id: 9, url: 'chrome://extensions/' })).toBeNull();
  });

  it('clears the state and the badge when the page has no article', async () => {
    await send('analyzePage', page, fromTab(7));
    await send('reportNoArticle', { url: page.url }, fromTab(7));
    expect(env.badges.get(7)).toBe('');
    expect(await send('getPageState', { tabId: 7 })).toEqual({ ok: true, value: null });
  });

  describe('who may ask what', () => {
    // A content script's messages carry its tab and the page's URL; our own pages carry theirs.
    const contentScriptIn = (id: number, url = 'https://other.example/'): Runtime.MessageSender => ({
      tab: { id, url } as Runtime.MessageSender['tab'],
      url,
    });
    const optionsPageInTab: Runtime.MessageSender = {
      tab: { id: 10, url: 'chrome-extension://fake/options.html' } as Runtime.MessageSender['tab'],
      url: 'chrome-extension://fake/options.html',
    };

    it('answers a content script about its own tab only, whatever tab it names', async () => {
      await send('analyzePage', page, fromTab(7));
      const card = await send('getCard', { tabId: 7, entityId: 'e1' }, contentScriptIn(8));
      expect(card).toMatchObject({ ok: false, error: 'No analysed page in tab 8' });
      const chosen = await send(
        'chooseCandidate',
        { tabId: 7, entityId: 'e1', qid: 'Q1' },
        contentScriptIn(8),
      );
      expect(chosen).toMatchObject({ ok: false, error: 'No analysed page in tab 8' });
      expect(await send('getCard', { entityId: 'e1' }, contentScriptIn(7, page.url))).toMatchObject({
        ok: true,
      });
    });

    it.each([
      ['getPageState', { tabId: 7 }],
      ['getStory', { tabId: 7 }],
      ['exportStoryMemory', { format: 'json' }],
      ['clearStoryMemory', {}],
      ['updateSettings', { lookups: false }],
      ['setSiteEnabled', { host: 'news.example', enabled: false }],
    ] as const)('refuses %s to a content script, and changes nothing', async (method, payload) => {
      await send('analyzePage', page, fromTab(7));
      const reply = await send(method, payload as never, contentScriptIn(8));
      expect(reply).toEqual({ ok: false, error: `${method} is not open to content scripts` });
      expect(await send('getSettings', {}, contentScriptIn(8))).toEqual({
        ok: true,
        value: DEFAULT_SETTINGS,
      });
    });

    it('lets our own pages shown in a tab (options, welcome) change the settings', async () => {
      const reply = await send('updateSettings', { lookups: false }, optionsPageInTab);
      expect(reply).toMatchObject({ ok: true, value: { lookups: false } });
      expect(
        await send('setSiteEnabled', { host: 'a.example', enabled: false }, optionsPageInTab),
      ).toMatchObject({
        ok: true,
      });
    });
  });

  it('works through the typed client too', async () => {
    // callBackground goes through runtime.sendMessage, which the fake routes to the listeners.
    await expect(callBackground('getSettings', {})).resolves.toMatchObject({ lookups: true });
  });
});
