/**
 * The extension's card provider: the knowledge service with the IndexedDB cache, rebuilt when the
 * reader changes the Wikipedia language or the origins (mirrors, the e2e fixture server).
 */
import type { CardProvider } from './card-provider';
import { createMemoryCache, type CacheStore } from './knowledge/cache';
import type { FetchLike } from './knowledge/http-client';
import { createIdbCache } from './knowledge/idb-cache';
import { createKnowledgeService, type KnowledgeService } from './knowledge/service';
import { extensionUserAgent } from './knowledge/user-agent';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';

export const USER_AGENT = extensionUserAgent();

/** Answers older than this go, even though an old card beats none offline. Overrides never go. */
export const CACHE_KEEP_MS = 90 * 24 * 3600_000;

export interface KnowledgeCardOptions {
  fetch?: FetchLike;
  cache?: CacheStore;
}

export function createKnowledgeCardProvider(options: KnowledgeCardOptions = {}): CardProvider {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  let cache: CacheStore | undefined = options.cache;
  // Names read in a private window must leave nothing on disk: their answers (and the reader's
  // "not this one" choices there) live in memory, for as long as the background does.
  const privateCache = createMemoryCache();
  const current = new Map<'normal' | 'private', { key: string; service: KnowledgeService }>();

  const serviceFor = (settings: Settings, incognito = false): KnowledgeService => {
    const key = JSON.stringify([settings.wikipediaLang, settings.wikipediaOrigin, settings.wikidataOrigin]);
    const kind = incognito ? 'private' : 'normal';
    let known = current.get(kind);
    if (known?.key !== key) {
      known = {
        key,
        service: createKnowledgeService({
          fetch: fetchFn,
          cache: incognito ? privateCache : (cache ??= createIdbCache()),
          lang: settings.wikipediaLang || 'en',
          wikipediaOrigin: settings.wikipediaOrigin,
          wikidataOrigin: settings.wikidataOrigin,
          userAgent: USER_AGENT,
          attributionText: t('cardWikipediaCredit'),
        }),
      };
      current.set(kind, known);
    }
    return known.service;
  };

  return {
    getCards: (entities, articleDate, settings, options) =>
      serviceFor(settings, options?.incognito).getCards(entities, articleDate, { signal: options?.signal }),
    chooseCandidate: (entity, qid, articleDate, settings, context, options) =>
      serviceFor(settings, options?.incognito).chooseCandidate(entity, qid, articleDate, context, {
        signal: options?.signal,
      }),
    withThumbnail: (state, settings, options) =>
      serviceFor(settings, options?.incognito).withThumbnail(state, { signal: options?.signal }),
    async pruneCache() {
      cache ??= createIdbCache();
      return (await cache.prune?.(Date.now() - CACHE_KEEP_MS, ['override:'])) ?? 0;
    },
  };
}
