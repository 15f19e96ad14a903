/**
 * Per-tab page state. An MV3 service worker is stopped whenever it idles, so memory alone would
 * forget every page after ~30 s; `storage.session` survives that (but not a browser restart, which
 * is what we want: page state is about open tabs only). Memory holds the state as it is; the session
 * copy is compact (`page-state-schema.ts`), so writing it never holds the background up for long.
 */
import type { Storage } from 'webextension-polyfill';
import type { PageState } from '../shared/protocol';
import { readPageState, toStoredPageState } from './page-state-schema';

export interface PageStateStore {
  get(tabId: number): Promise<PageState | null>;
  set(state: PageState): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyFor = (tabId: number): string => `page:${tabId}`;

/**
 * @param session The `storage.session` area, or undefined where the browser has none (memory only).
 * Storage failures (quota, area missing) never fail the caller: memory stays authoritative.
 */
export function createPageStateStore(session: Storage.StorageArea | undefined): PageStateStore {
  const memory = new Map<number, PageState>();
  return {
    async get(tabId) {
      const known = memory.get(tabId);
      if (known) return known;
      if (!session) return null;
      try {
        const key = keyFor(tabId);
        const stored = readPageState((await session.get(key))[key], tabId);
        if (stored) {
          memory.set(tabId, stored);
          return stored;
        }
      } catch {
        // A missing or broken session area only costs us the state after a worker restart.
      }
      return null;
    },
    async set(state) {
      memory.set(state.tabId, state);
      try {
        if (session) await session.set({ [keyFor(state.tabId)]: toStoredPageState(state) });
      } catch {
        // Quota exceeded or area unavailable: keep the in-memory copy.
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      try {
        await session?.remove(keyFor(tabId));
      } catch {
        // Nothing to clean up.
      }
    },
  };
}
