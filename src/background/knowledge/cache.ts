/**
 * Where answers from Wikipedia and Wikidata are kept between page views. The store is dumb
 * (key → value + time stored); freshness rules live in `keyed-loader.ts`.
 */

export interface CacheEntry<T = unknown> {
  value: T;
  /** Milliseconds since the epoch. */
  storedAt: number;
}

export interface CacheStore {
  getMany(keys: string[]): Promise<Map<string, CacheEntry>>;
  setMany(entries: Map<string, CacheEntry>): Promise<void>;
  /** Delete entries stored before `storedBefore`, except keys starting with one of `keep`. Returns how many went. */
  prune?(storedBefore: number, keep?: string[]): Promise<number>;
}

/** A cache that lives as long as the process: the CLI's default, and tests'. */
export function createMemoryCache(): CacheStore & { readonly size: number; clear(): void } {
  const map = new Map<string, CacheEntry>();
  return {
    async getMany(keys) {
      const out = new Map<string, CacheEntry>();
      for (const key of keys) {
        const entry = map.get(key);
        if (entry) out.set(key, structuredClone(entry));
      }
      return out;
    },
    async setMany(entries) {
      for (const [key, entry] of entries) map.set(key, structuredClone(entry));
    },
    async prune(storedBefore, keep = []) {
      let removed = 0;
      for (const [key, entry] of map) {
        if (entry.storedAt < storedBefore && !keep.some((prefix) => key.startsWith(prefix))) {
          map.delete(key);
          removed++;
        }
      }
      return removed;
    },
    get size() {
      return map.size;
    },
    clear() {
      map.clear();
    },
  };
}
