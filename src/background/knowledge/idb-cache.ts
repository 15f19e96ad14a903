/**
 * The extension's persistent cache, in IndexedDB (via `idb`). It survives service-worker restarts
 * and browser restarts, which is what lets cards work offline. A broken database (private mode,
 * quota) degrades to "nothing cached" rather than failing a card.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CacheEntry, CacheStore } from './cache';

interface KnowledgeDb extends DBSchema {
  entries: { key: string; value: CacheEntry & { key: string }; indexes: { storedAt: number } };
}

const DB_NAME = 'backstory-knowledge';
const DB_VERSION = 1;

/** Tests run this against `fake-indexeddb/auto`, which installs the global `indexedDB`. */
export function createIdbCache(): CacheStore {
  let db: Promise<IDBPDatabase<KnowledgeDb> | null> | undefined;
  const open = (): Promise<IDBPDatabase<KnowledgeDb> | null> =>
    (db ??= openDB<KnowledgeDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('entries', { keyPath: 'key' }).createIndex('storedAt', 'storedAt');
      },
      // The browser may close the connection under us (storage cleared, disk error). Every later
      // transaction on it would fail, and the cache would answer "nothing" until the worker
      // restarts; forgetting it makes the next call open the database again.
      terminated() {
        db = undefined;
      },
    }).catch(() => null));

  return {
    async getMany(keys) {
      const out = new Map<string, CacheEntry>();
      const database = await open();
      if (!database || !keys.length) return out;
      try {
        const tx = database.transaction('entries', 'readonly');
        const rows = await Promise.all(keys.map((key) => tx.store.get(key)));
        rows.forEach((row) => row && out.set(row.key, { value: row.value, storedAt: row.storedAt }));
      } catch {
        // Treat an unreadable store as empty.
      }
      return out;
    },
    async setMany(entries) {
      const database = await open();
      if (!database || !entries.size) return;
      try {
        const tx = database.transaction('entries', 'readwrite');
        await Promise.all([
          ...[...entries].map(([key, entry]) =>
            tx.store.put({ key, value: entry.value, storedAt: entry.storedAt }),
          ),
          tx.done,
        ]);
      } catch {
        // Quota exceeded: the next visit fetches again.
      }
    },
    async prune(storedBefore, keep = []) {
      const database = await open();
      if (!database) return 0;
      let removed = 0;
      try {
        const tx = database.transaction('entries', 'readwrite');
        let cursor = await tx.store.index('storedAt').openCursor(IDBKeyRange.upperBound(storedBefore, true));
        while (cursor) {
          if (!keep.some((prefix) => cursor?.value.key.startsWith(prefix))) {
            await cursor.delete();
            removed++;
          }
          cursor = await cursor.continue();
        }
        await tx.done;
      } catch {
        // Pruning is housekeeping; try again next time.
      }
      return removed;
    },
  };
}
