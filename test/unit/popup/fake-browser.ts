/**
 * An in-memory stand-in for the WebExtension APIs the popup, options and welcome pages use.
 * Background methods are answered by plain functions; every call is recorded for assertions.
 */
import type { Browser } from 'webextension-polyfill';
import type { BackgroundMethods, ContentMethods, Envelope } from '../../../src/shared/protocol';
import { isEnvelope } from '../../../src/shared/protocol';
import { fail, ok } from '../../../src/shared/result';

type AnyHandler = (payload: never) => unknown;
export type FakeHandlers<M> = {
  [K in keyof M]?: (payload: M[K] extends [infer Q, unknown] ? Q : never) => unknown;
};

export interface FakeCall {
  to: 'background' | 'tab';
  method: string;
  payload: unknown;
  tabId?: number;
}

export interface FakeBrowserOptions {
  background?: FakeHandlers<BackgroundMethods>;
  content?: FakeHandlers<ContentMethods>;
  /** URL of every tab, by id. */
  tabs?: Record<number, string>;
  activeTabId?: number;
  hostAccess?: boolean;
  /** What `permissions.request` answers. */
  grant?: boolean;
}

export interface FakeBrowser {
  browser: Browser;
  calls: FakeCall[];
  permissionRequests: unknown[];
  /** What `permissions.remove` was asked to give back. */
  permissionRemovals: unknown[];
  optionsOpened: number;
  /** Ids of the tabs reloaded, in order. */
  reloaded: number[];
}

async function answer(handlers: Record<string, AnyHandler | undefined>, message: unknown) {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[(message as Envelope<Record<string, [unknown, unknown]>>).method];
  if (!handler) return fail(new Error(`No handler for ${String(message.method)}`));
  try {
    return ok(await handler(message.payload as never));
  } catch (error) {
    return fail(error);
  }
}

export function createFakeBrowser(options: FakeBrowserOptions = {}): FakeBrowser {
  const calls: FakeCall[] = [];
  const permissionRequests: unknown[] = [];
  const permissionRemovals: unknown[] = [];
  const reloaded: number[] = [];
  const tabs = options.tabs ?? {};
  let hostAccess = options.hostAccess ?? true;
  const state = { optionsOpened: 0 };
  const background = (options.background ?? {}) as Record<string, AnyHandler | undefined>;
  const content = options.content as Record<string, AnyHandler | undefined> | undefined;

  const fake = {
    runtime: {
      id: 'fake-extension',
      async sendMessage(message: unknown) {
        if (isEnvelope(message))
          calls.push({ to: 'background', method: message.method, payload: message.payload });
        return answer(background, message);
      },
      async openOptionsPage() {
        state.optionsOpened += 1;
      },
      getURL: (path: string) => `chrome-extension://fake-extension/${path}`,
      onMessage: { addListener() {}, removeListener() {} },
    },
    tabs: {
      async get(tabId: number) {
        if (!(tabId in tabs)) throw new Error(`No tab with id: ${tabId}`);
        return { id: tabId, url: tabs[tabId] };
      },
      async query() {
        const id = options.activeTabId;
        return id === undefined ? [] : [{ id, url: tabs[id] }];
      },
      async reload(tabId: number) {
        reloaded.push(tabId);
      },
      async sendMessage(tabId: number, message: unknown) {
        if (isEnvelope(message))
          calls.push({ to: 'tab', method: message.method, payload: message.payload, tabId });
        if (!content) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer(content, message);
      },
    },
    permissions: {
      async contains() {
        return hostAccess;
      },
      async getAll() {
        return { origins: hostAccess ? ['http://*/*', 'https://*/*'] : [], permissions: ['storage'] };
      },
      async remove(request: unknown) {
        permissionRemovals.push(request);
        hostAccess = false;
        return true;
      },
      async request(request: unknown) {
        permissionRequests.push(request);
        if (options.grant) hostAccess = true;
        return options.grant ?? false;
      },
    },
  };
  return {
    browser: fake as unknown as Browser,
    calls,
    permissionRequests,
    permissionRemovals,
    reloaded,
    get optionsOpened() {
      return state.optionsOpened;
    },
  };
}
