/**
 * An in-memory stand-in for the parts of the WebExtension API the background uses. Each event keeps
 * its listeners so a test can fire it; `sent` records messages to tabs.
 */
import type { Browser, Runtime, Tabs } from 'webextension-polyfill';
import type { BackgroundMethods } from '../../../src/shared/protocol';
import type { Result } from '../../../src/shared/result';

type Listener = (...args: never[]) => unknown;

export class FakeEvent<L extends Listener> {
  readonly listeners = new Set<L>();
  addListener(l: L): void {
    this.listeners.add(l);
  }
  removeListener(l: L): void {
    this.listeners.delete(l);
  }
  hasListener(l: L): boolean {
    return this.listeners.has(l);
  }
  fire(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

export class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  failWrites = false;
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

/** A WebExtension match pattern (star scheme, star host, `*.` subdomains) against a URL; enough for the tests. */
export function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme = '', host = '', path = ''] = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern) ?? [];
  const escape = (part: string): string => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const schemes = scheme === '*' ? '(http|https)' : escape(scheme);
  const hosts =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `([^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  return new RegExp(`^${schemes}://${hosts}(:\\d+)?${escape(path)}$`).test(url);
}

export interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
  /** Whether our content script answers messages in this tab. */
  hasContentScript?: boolean;
  /** In a private window. */
  incognito?: boolean;
}

/** A registered content script, as `scripting.getRegisteredContentScripts` returns it. */
export interface FakeRegisteredScript {
  id: string;
  matches: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/**
 * Host permissions and the scripting API: the origins the reader granted, the content scripts
 * registered and the files injected, with the browser's events for grants and removals.
 */
export function createFakeAccess(granted: string[] = [], tabs: FakeTab[] = []) {
  const origins = new Set(granted);
  const registered = new Map<string, FakeRegisteredScript>();
  const injected: { tabId: number; files: string[] }[] = [];
  const onAdded = new FakeEvent<(p: { origins?: string[] }) => void>();
  const onRemoved = new FakeEvent<(p: { origins?: string[] }) => void>();
  const permissions = {
    onAdded,
    onRemoved,
    async getAll() {
      return { origins: [...origins], permissions: ['storage', 'activeTab', 'scripting'] };
    },
    async contains({ origins: wanted = [] }: { origins?: string[] }) {
      return wanted.every((o) => origins.has(o));
    },
    /** The reader grants `more` (what the browser does after `permissions.request`). */
    grant(more: string[]) {
      for (const o of more) origins.add(o);
      onAdded.fire({ origins: more });
    },
    revoke(less: string[]) {
      for (const o of less) origins.delete(o);
      onRemoved.fire({ origins: less });
    },
  };
  const scripting = {
    async getRegisteredContentScripts({ ids }: { ids?: string[] } = {}) {
      return [...registered.values()].filter((s) => !ids || ids.includes(s.id)).map((s) => ({ ...s }));
    },
    async registerContentScripts(scripts: FakeRegisteredScript[]) {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, { ...script });
      }
    },
    async updateContentScripts(scripts: Partial<FakeRegisteredScript>[]) {
      for (const patch of scripts) {
        const old = patch.id === undefined ? undefined : registered.get(patch.id);
        if (!old) throw new Error(`No script with ID '${String(patch.id)}'`);
        registered.set(old.id, { ...old, ...patch } as FakeRegisteredScript);
      }
    },
    async unregisterContentScripts({ ids }: { ids?: string[] } = {}) {
      for (const id of ids ?? [...registered.keys()]) registered.delete(id);
    },
    async executeScript({ target, files }: { target: { tabId: number }; files: string[] }) {
      const tab = tabs.find((t) => t.id === target.tabId);
      if (!tab) throw new Error(`No tab with id: ${target.tabId}`);
      injected.push({ tabId: target.tabId, files });
      tab.hasContentScript = true;
      return [];
    },
  };
  return { permissions, scripting, registered, injected };
}

export function createFakeBrowser(tabs: FakeTab[] = [], granted: string[] = []) {
  const access = createFakeAccess(granted, tabs);
  const sent: { tabId: number; message: unknown }[] = [];
  const badges = new Map<number, string>();
  const created: string[] = [];
  const sync = new FakeStorageArea();
  const session = new FakeStorageArea();
  const onMessage = new FakeEvent<(message: unknown, sender: Runtime.MessageSender) => unknown>();
  const onInstalled = new FakeEvent<(details: Runtime.OnInstalledDetailsType) => void>();
  const onRemoved = new FakeEvent<(tabId: number) => void>();
  const onUpdated = new FakeEvent<(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType) => void>();
  const onCommand = new FakeEvent<(command: string, tab?: Tabs.Tab) => void>();

  const fake = {
    runtime: {
      onMessage,
      onInstalled,
      getURL: (path: string) => `chrome-extension://fake/${path}`,
      /** Deliver a message to the background's listeners, as the browser would. */
      async sendMessage(message: unknown, sender: Runtime.MessageSender = {}) {
        for (const reply of onMessage.fire(message, sender)) if (reply !== undefined) return reply;
        return undefined;
      },
    },
    storage: { sync, session, local: new FakeStorageArea() },
    tabs: {
      onRemoved,
      onUpdated,
      async query(q: Tabs.QueryQueryInfoType = {}) {
        const patterns = q.url === undefined ? undefined : [q.url].flat();
        return tabs
          .filter((t) => !patterns || patterns.some((p) => matchesPattern(p, t.url)))
          .map((t) => ({ ...t }));
      },
      async get(tabId: number) {
        const tab = tabs.find((t) => t.id === tabId);
        if (!tab) throw new Error(`Invalid tab ID: ${tabId}`);
        return { ...tab, incognito: tab.incognito === true };
      },
      async sendMessage(tabId: number, message: unknown) {
        const tab = tabs.find((t) => t.id === tabId);
        if (!tab?.hasContentScript)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push({ tabId, message });
        return { ok: true, value: null };
      },
      async create({ url }: { url: string }) {
        created.push(url);
        return { id: 999, url };
      },
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        badges.set(tabId, text);
      },
      async setBadgeBackgroundColor() {},
    },
    commands: { onCommand },
    permissions: access.permissions,
    scripting: access.scripting,
  };
  return { browser: fake as unknown as Browser, fake, sent, badges, created, sync, session, access };
}

/**
 * Send a typed request through the fake runtime, as a content script or extension page would, and
 * unwrap the `Result`: a failure the background reports becomes a thrown error.
 */
export async function sendToBackground<K extends keyof BackgroundMethods & string>(
  fake: { runtime: { sendMessage(message: unknown, sender?: Runtime.MessageSender): Promise<unknown> } },
  method: K,
  payload: BackgroundMethods[K][0],
  sender: Runtime.MessageSender = {},
): Promise<BackgroundMethods[K][1]> {
  const reply = (await fake.runtime.sendMessage({ backstory: 1, method, payload }, sender)) as Result<
    BackgroundMethods[K][1]
  >;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
