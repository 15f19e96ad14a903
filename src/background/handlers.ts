/**
 * The background's answers to every request of the message protocol. Everything it needs is injected,
 * so tests drive it with a fake browser and a fake card provider.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { asPartOfWhole } from '../core/part';
import type { Analysis, Entity } from '../core/types';
import { toWire } from '../shared/analysis-wire';
import type { CardState } from '../shared/card';
import { callTab, type Handlers } from '../shared/messaging';
import {
  MAX_TEXT_PARTS,
  TEXT_PART_CHARS,
  type BackgroundMethods,
  type PageText,
  type TextPart,
} from '../shared/protocol';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { readableHost } from '../shared/url';
import { showEntityCount } from './badge';
import type { CardProvider, LookupOptions } from './card-provider';
import type { PageStateStore } from './page-states';
import type { SettingsStore } from './settings-store';
import { createStoryHandlers, type StoryMemory } from './story';

export interface BackgroundDeps {
  browser: Browser;
  /** Run the core pipeline on a page's text. */
  analyze(page: PageText): Promise<Analysis>;
  pages: PageStateStore;
  settings: SettingsStore;
  cards: CardProvider;
  /** The on-device story memory; absent where there is no IndexedDB. Used only when the reader opted in. */
  stories?: StoryMemory;
}

export interface Background {
  handlers: Handlers<BackgroundMethods>;
  /** Forget a tab's page (tab closed, or navigated elsewhere). */
  forgetTab(tabId: number): Promise<void>;
  /** Send the settings to every tab that runs our content script. */
  broadcastSettings(settings: Settings): Promise<void>;
  /** Flip the site of the given tab on or off. */
  toggleSite(tab: { id?: number; url?: string } | undefined): Promise<Settings | null>;
}

/** How long a batch of cards with failures is served before the next hover tries again. */
export const RETRY_FAILED_AFTER_MS = 15_000;

/**
 * How long to keep a batch before asking again: undefined when nothing failed, else at least
 * RETRY_FAILED_AFTER_MS, and never sooner than a rate-limiting server asked (`Retry-After`).
 */
export function retryWaitFor(states: CardState[]): number | undefined {
  let wait: number | undefined;
  for (const state of states) {
    if (state.status !== 'offline' && state.status !== 'error') continue;
    const asked = state.status === 'error' ? (state.retryAfterMs ?? 0) : 0;
    wait = Math.max(wait ?? RETRY_FAILED_AFTER_MS, asked);
  }
  return wait;
}

/**
 * Where cards come from under these settings; '' when lookups are off. Cards and requests of
 * another source are stale the moment the reader changes it.
 */
function lookupSourceOf(settings: Settings): string {
  if (!settings.lookups) return '';
  return JSON.stringify([settings.wikipediaLang, settings.wikipediaOrigin, settings.wikidataOrigin]);
}

/**
 * What a content script may ask. A content script runs inside a web page, whose renderer a hostile
 * page may have taken over: it may analyse its own tab's page and read its cards and the settings,
 * never another tab's page, the story memory, or change the settings.
 */
export const CONTENT_SCRIPT_METHODS: ReadonlySet<string> = new Set<keyof BackgroundMethods>([
  'analyzePage',
  'sendTextPart',
  'getCard',
  'chooseCandidate',
  'getSettings',
  'reportNoArticle',
]);

/**
 * A message from a content script: it comes from a tab, and not from one of our own pages shown in
 * a tab (the options and welcome pages are extension pages with a tab too).
 */
export function isFromContentScript(browser: Browser, sender: Runtime.MessageSender): boolean {
  if (!sender.tab) return false;
  return !(sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/**
 * The tab a request is about. A content script speaks for its own tab only, whatever it sends;
 * the popup names the tab it shows.
 */
function tabIdOf(browser: Browser, payload: { tabId?: number }, sender: Runtime.MessageSender): number {
  const tabId = isFromContentScript(browser, sender) ? sender.tab?.id : (payload.tabId ?? sender.tab?.id);
  if (tabId === undefined) throw new Error('No tab to answer for');
  return tabId;
}

/** Refuse, before any work, a content script's call to a method not open to content scripts. */
function guardSenders(browser: Browser, handlers: Handlers<BackgroundMethods>): Handlers<BackgroundMethods> {
  type AnyHandler = (payload: unknown, sender: Runtime.MessageSender) => unknown;
  const guarded = Object.entries(handlers as Record<string, AnyHandler>).map(([method, handler]) => {
    const checked: AnyHandler = (payload, sender) => {
      if (!CONTENT_SCRIPT_METHODS.has(method) && isFromContentScript(browser, sender))
        throw new Error(`${method} is not open to content scripts`);
      return handler(payload, sender);
    };
    return [method, checked] as const;
  });
  return Object.fromEntries(guarded) as unknown as Handlers<BackgroundMethods>;
}

/** A whole number in `[0, below)`. */
const isIndex = (x: unknown, below: number): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < below;

/** A piece of text as the protocol allows it; throws on anything else. */
function checkTextPart(part: TextPart): void {
  if (
    typeof part.upload !== 'string' ||
    part.upload.length === 0 ||
    part.upload.length > 64 ||
    !isIndex(part.count - 1, MAX_TEXT_PARTS) ||
    !isIndex(part.index, part.count) ||
    typeof part.text !== 'string' ||
    part.text.length > TEXT_PART_CHARS
  )
    throw new Error('Not a piece of text');
}

export function createBackground(deps: BackgroundDeps): Background {
  const { browser, pages, settings, cards } = deps;
  const story = createStoryHandlers({ pages, settings, memory: deps.stories });
  // Cards of a tab's page, computed once per analysis; a hover awaits the prefetch already running.
  // A batch with failures (offline, rate limited) is retried on a later hover, but not sooner than
  // RETRY_FAILED_AFTER_MS, so a struggling server is not hammered by every mouse move.
  // Cards are kept per language and origins too: after a change they come from the new source.
  interface TabCards {
    analysis: Analysis;
    source: string;
    cards: Promise<Map<string, CardState>>;
    retryAfter?: number;
  }
  const cardsByTab = new Map<number, TabCards>();
  // Pieces of each tab's long text, until its `analyzePage` joins them. One upload per tab: a newer
  // one (the page was read again) replaces an unfinished older one.
  const uploads = new Map<number, { id: string; parts: (string | undefined)[] }>();

  /** The page with its text: as sent, or joined from the pieces sent ahead. */
  const withText = (tabId: number, page: PageText): PageText => {
    if (!page.upload) return page;
    const upload = uploads.get(tabId);
    uploads.delete(tabId);
    const { id, count } = page.upload;
    if (!upload || upload.id !== id || upload.parts.length !== count || upload.parts.includes(undefined))
      throw new Error('The text was not all sent');
    const { upload: _upload, ...rest } = page;
    return { ...rest, text: upload.parts.join('') };
  };

  // Every lookup runs under the signal of the settings it was started with. When lookups go off,
  // or the language or origins change, that signal aborts: names still queued (batches waiting for
  // a slot, retries, stale-while-revalidate refreshes) never go out.
  let lookups = { source: '', controller: new AbortController() };
  const lookupSignal = (current: Settings): AbortSignal => {
    const source = lookupSourceOf(current);
    if (lookups.source !== source) {
      lookups.controller.abort();
      lookups = { source, controller: new AbortController() };
      // Batches of the old source end in "called off" states; none may be served again.
      cardsByTab.clear();
    }
    return lookups.controller.signal;
  };

  const cardsFor = (
    tabId: number,
    analysis: Analysis,
    current: Settings,
    incognito: boolean,
  ): Promise<Map<string, CardState>> => {
    const known = cardsByTab.get(tabId);
    const source = lookupSourceOf(current);
    const now = Date.now();
    const reusable =
      known?.analysis === analysis &&
      known.source === source &&
      (known.retryAfter === undefined || now < known.retryAfter);
    if (known && reusable) return known.cards;
    const signal = lookupSignal(current);
    const pending = cards.getCards(analysis.entities, analysis.published?.date, current, {
      signal,
      incognito,
    });
    const entry: TabCards = { analysis, source, cards: pending };
    cardsByTab.set(tabId, entry);
    pending.then(
      (states) => {
        const wait = retryWaitFor([...states.values()]);
        if (wait !== undefined) entry.retryAfter = Date.now() + wait;
      },
      // A rejected batch must not poison later hovers.
      () => cardsByTab.get(tabId) === entry && cardsByTab.delete(tabId),
    );
    return pending;
  };

  /**
   * Whether a tab is in a private window, whose names must not reach the persistent cache. The
   * popup asks about a tab it is not in, so that tab is looked up; when it cannot be, private is
   * the safe answer.
   */
  const isPrivateTab = async (tabId: number, sender: Runtime.MessageSender): Promise<boolean> => {
    if (sender.tab?.id === tabId) return sender.tab.incognito === true;
    try {
      return (await browser.tabs.get(tabId)).incognito;
    } catch {
      return true;
    }
  };

  /** The card with its image, fetched here so the page never requests it (for the card being shown only). */
  const withImage = async (state: CardState, current: Settings, lookup: LookupOptions): Promise<CardState> =>
    (await cards.withThumbnail?.(state, current, lookup)) ?? state;

  const findEntity = async (
    tabId: number,
    entityId: string,
  ): Promise<{ analysis: Analysis; entity: Entity }> => {
    const state = await pages.get(tabId);
    if (!state) throw new Error(`No analysed page in tab ${tabId}`);
    const entity = state.analysis.entities.find((e) => e.id === entityId);
    if (!entity) throw new Error(`No entity ${entityId} on this page`);
    return { analysis: state.analysis, entity };
  };

  const broadcastSettings = async (current: Settings): Promise<void> => {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || !readableHost(tab.url)) return;
        try {
          await callTab(tab.id, 'applySettings', current);
        } catch {
          // No content script in this tab (never injected, or a restricted page): nothing to tell.
        }
      }),
    );
  };

  const forgetTab = async (tabId: number): Promise<void> => {
    cardsByTab.delete(tabId);
    uploads.delete(tabId);
    await pages.delete(tabId);
    // After a navigation the old count would be a lie until the new page is analysed.
    await showEntityCount(browser, tabId, null);
  };

  const handlers: Handlers<BackgroundMethods> = {
    sendTextPart(part, sender) {
      const tabId = tabIdOf(browser, {}, sender);
      checkTextPart(part);
      let upload = uploads.get(tabId);
      if (upload?.id !== part.upload || upload.parts.length !== part.count) {
        upload = { id: part.upload, parts: new Array<string | undefined>(part.count).fill(undefined) };
        uploads.set(tabId, upload);
      }
      upload.parts[part.index] = part.text;
      return null;
    },

    async analyzePage(sent, sender) {
      const tabId = tabIdOf(browser, {}, sender);
      const page = withText(tabId, sent);
      const offset = page.part?.offset;
      const analysed = await deps.analyze(page);
      const analysis = offset === undefined ? analysed : asPartOfWhole(analysed, offset);
      const current = await settings.get();
      const host = readableHost(page.url) ?? page.site;
      const enabled = isSiteEnabled(current, host);
      await pages.set({ tabId, analysis, enabled });
      cardsByTab.delete(tabId);
      // A part's names are served as cards on hover (its page state is stored for that), but the
      // story memory and the prefetch wait for the whole article: it replaces the part in seconds.
      if (analysis.partial) return toWire(analysis);
      // A private window's reading must leave nothing behind.
      if (enabled && current.storyMemory === true && !sender.tab?.incognito)
        story.afterAnalysis(tabId, analysis);
      await showEntityCount(browser, tabId, analysis.entities.length);
      // Prefetch so the first hover is instant; only entity names leave the device, and none at
      // all from a site the reader switched off.
      if (current.lookups && enabled && analysis.entities.length) {
        void cardsFor(tabId, analysis, current, sender.tab?.incognito === true).catch(() => undefined);
      }
      return toWire(analysis);
    },

    async getCard(payload, sender) {
      const tabId = tabIdOf(browser, payload, sender);
      const { analysis, entity } = await findEntity(tabId, payload.entityId);
      const current = await settings.get();
      // Settings may also change without us (storage.sync from another device): catch up here.
      lookupSignal(current);
      if (!current.lookups) return { status: 'lookups-off' };
      const incognito = await isPrivateTab(tabId, sender);
      const all = await cardsFor(tabId, analysis, current, incognito);
      const state = all.get(entity.id) ?? { status: 'not-found' };
      return withImage(state, current, { signal: lookupSignal(current), incognito });
    },

    async chooseCandidate(payload, sender) {
      const tabId = tabIdOf(browser, payload, sender);
      const { analysis, entity } = await findEntity(tabId, payload.entityId);
      const current = await settings.get();
      // Settings may also change without us (storage.sync from another device): catch up here.
      lookupSignal(current);
      if (!current.lookups) return { status: 'lookups-off' };
      const lookup = { signal: lookupSignal(current), incognito: await isPrivateTab(tabId, sender) };
      const state = await cards.chooseCandidate(
        entity,
        payload.qid,
        analysis.published?.date,
        current,
        analysis.entities,
        lookup,
      );
      const known = cardsByTab.get(tabId);
      if (known && known.analysis === analysis && known.source === lookupSourceOf(current)) {
        const updated = known.cards.then((m) => new Map(m).set(entity.id, state));
        cardsByTab.set(tabId, { analysis, source: known.source, cards: updated });
      }
      return withImage(state, current, lookup);
    },

    async knownDescriptions({ tabId }) {
      const current = await settings.get();
      const known = cardsByTab.get(tabId);
      // Only cards asked for already (the page's prefetch): the popup's list sends no name anywhere.
      if (!current.lookups || !known || known.source !== lookupSourceOf(current)) return {};
      const states = await known.cards.catch(() => new Map<string, CardState>());
      const descriptions: Record<string, string> = {};
      for (const [entityId, state] of states) {
        if (state.status === 'ok' && state.card.description) descriptions[entityId] = state.card.description;
      }
      return descriptions;
    },

    async getPageState({ tabId }) {
      const state = await pages.get(tabId);
      if (!state) return null;
      // `enabled` may have changed since the analysis.
      const host = readableHost(state.analysis.url);
      return host ? { ...state, enabled: isSiteEnabled(await settings.get(), host) } : state;
    },

    getSettings: () => settings.get(),

    async updateSettings(patch) {
      const updated = await settings.update(patch);
      lookupSignal(updated);
      await broadcastSettings(updated);
      return updated;
    },

    async setSiteEnabled({ host, enabled }) {
      const updated = await settings.setSiteEnabled(host, enabled);
      await broadcastSettings(updated);
      return updated;
    },

    async reportNoArticle(_payload, sender) {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await forgetTab(tabId);
      return null;
    },

    ...story.handlers,
  };

  return {
    handlers: guardSenders(browser, handlers),
    forgetTab,
    broadcastSettings,
    async toggleSite(tab) {
      const host = readableHost(tab?.url);
      if (!host) return null;
      const current = await settings.get();
      const updated = await settings.setSiteEnabled(
        host,
        !isSiteEnabled({ ...current, paused: false }, host),
      );
      await broadcastSettings(updated);
      return updated;
    },
  };
}
