/**
 * Load many keys at once through the cache: fresh entries are used as they are, stale ones are used
 * and refreshed in the background (stale-while-revalidate), missing ones are fetched in batches.
 * Keys already being fetched by another caller share that request. When a fetch fails, an entry of
 * any age is better than nothing: that is what keeps cards working offline.
 */
import type { CacheEntry, CacheStore } from './cache';
import { WikiRequestError } from './http-client';

export type Loaded<V> = { ok: true; value: V | null } | { ok: false; error: WikiRequestError };

export interface Freshness {
  /** Younger than this: used without asking the network. */
  maxAgeMs: number;
  /** Younger than maxAge + this: used at once, and refreshed in the background. */
  staleWhileRevalidateMs: number;
}

export interface KeyedLoaderOptions<V> {
  namespace: string;
  cache: CacheStore;
  now: () => number;
  freshness: Freshness;
  batchSize: number;
  /**
   * Fetch one batch. A key missing from the result means "does not exist" and is cached as null.
   * Once `signal` aborts, nothing more may be sent.
   */
  fetchBatch(keys: string[], signal?: AbortSignal): Promise<Map<string, V>>;
}

export interface KeyedLoader<V> {
  /**
   * Every key's value (null: does not exist) or failure. `signal` calls off the fetches this call
   * starts, the background refreshes of stale entries included; cached answers still come back.
   */
  load(keys: string[], signal?: AbortSignal): Promise<Map<string, Loaded<V>>>;
}

const toError = (error: unknown): WikiRequestError =>
  error instanceof WikiRequestError ? error : new WikiRequestError('http', String(error));

export function createKeyedLoader<V>(options: KeyedLoaderOptions<V>): KeyedLoader<V> {
  const { namespace, cache, now, freshness, batchSize, fetchBatch } = options;
  const pending = new Map<string, Promise<Loaded<V>>>();
  const cacheKey = (key: string): string => `${namespace}:${key}`;

  /** Fetch `keys` in batches and store what came back. Never rejects. */
  const fetchAndStore = (
    keys: string[],
    signal: AbortSignal | undefined,
  ): Map<string, Promise<Loaded<V>>> => {
    const results = new Map<string, Promise<Loaded<V>>>();
    for (let i = 0; i < keys.length; i += batchSize) {
      const batch = keys.slice(i, i + batchSize);
      const done = fetchBatch(batch, signal).then(
        async (found) => {
          const storedAt = now();
          const entries = new Map<string, CacheEntry>();
          for (const key of batch) entries.set(cacheKey(key), { value: found.get(key) ?? null, storedAt });
          await cache.setMany(entries);
          return found;
        },
        (error: unknown) => toError(error),
      );
      for (const key of batch) {
        results.set(
          key,
          done.then((found): Loaded<V> =>
            found instanceof WikiRequestError
              ? { ok: false, error: found }
              : { ok: true, value: found.get(key) ?? null },
          ),
        );
      }
    }
    return results;
  };

  return {
    async load(requested, signal) {
      const keys = [...new Set(requested)];
      const out = new Map<string, Loaded<V>>();
      const waits: Promise<void>[] = [];
      const own = keys.filter((key) => {
        const shared = pending.get(key);
        if (shared) waits.push(shared.then((r) => void out.set(key, r)));
        return !shared;
      });
      const cached = await cache.getMany(own.map(cacheKey));
      const t = now();
      const missing: string[] = [];
      const stale: string[] = [];
      const fallback = new Map<string, V | null>();
      for (const key of own) {
        const entry = cached.get(cacheKey(key));
        const age = entry ? t - entry.storedAt : Infinity;
        if (entry && age < freshness.maxAgeMs) out.set(key, { ok: true, value: entry.value as V | null });
        else if (entry && age < freshness.maxAgeMs + freshness.staleWhileRevalidateMs) {
          out.set(key, { ok: true, value: entry.value as V | null });
          fallback.set(key, entry.value as V | null);
          stale.push(key);
        } else {
          if (entry) fallback.set(key, entry.value as V | null);
          missing.push(key);
        }
      }
      // Another caller may have started on these keys while we read the cache.
      const toFetch = missing.filter((key) => {
        const shared = pending.get(key);
        if (shared) waits.push(shared.then((r) => void out.set(key, r)));
        return !shared;
      });
      const share = (key: string, promise: Promise<Loaded<V>>): Promise<Loaded<V>> => {
        const settled = promise.then((r): Loaded<V> =>
          !r.ok && fallback.has(key) ? { ok: true, value: fallback.get(key) ?? null } : r,
        );
        pending.set(key, settled);
        void settled.finally(() => pending.delete(key));
        return settled;
      };
      for (const [key, promise] of fetchAndStore(toFetch, signal)) {
        waits.push(share(key, promise).then((r) => void out.set(key, r)));
      }
      // Revalidation runs on after we return: the caller already has the stale value.
      for (const [key, promise] of fetchAndStore(
        stale.filter((key) => !pending.has(key)),
        signal,
      ))
        share(key, promise);
      await Promise.all(waits);
      return out;
    },
  };
}
