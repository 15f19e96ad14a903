/**
 * Cards from Wikipedia and Wikidata, for the extension's background and the CLI. See service.ts for
 * the request plan and KnowledgeServiceOptions for what to inject.
 */
export { createKnowledgeService, DEFAULT_FRESHNESS, lookupNames, stateForFailure } from './service';
export type { KnowledgeService, KnowledgeServiceOptions } from './service';
export { createMemoryCache } from './cache';
export type { CacheEntry, CacheStore } from './cache';
export { WikiRequestError } from './http-client';
export type { FetchLike } from './http-client';
