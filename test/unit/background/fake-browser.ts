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

export interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
  /** Whether our content script answers messages in this tab. */
  hasContentScript?: boolean;
  /** In a private window. */
  incognito?: boolean;
}

export function createFakeBrowser(tabs: FakeTab[] = []) {
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
      async query(_q: Tabs.QueryQueryInfoType) {
        return tabs.map((t) => ({ ...t }));
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
  };
  return { browser: fake as unknown as Browser, fake, sent, badges, created, sync, session };
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
