/**
 * Cards for the CLI, from the same knowledge service the extension's background uses. Only entity
 * names are sent; the article's text stays on this machine.
 */
import { createKnowledgeService } from '../background/knowledge';
import { cliUserAgent } from '../background/knowledge/user-agent';
import type { Analysis } from '../core/types';
import type { CardState } from '../shared/card';

export interface CardLookupOptions {
  fetch: typeof fetch;
  wikipediaOrigin: string;
  wikidataOrigin: string;
}

export interface CardLookup {
  cards: Map<string, CardState>;
  /** HTTP requests sent, retries included. */
  requests: number;
}

export async function lookupCards(analysis: Analysis, options: CardLookupOptions): Promise<CardLookup> {
  const service = createKnowledgeService({
    fetch: options.fetch,
    wikipediaOrigin: options.wikipediaOrigin,
    wikidataOrigin: options.wikidataOrigin,
    userAgent: cliUserAgent(process.versions.node),
    // Node may set User-Agent itself, and Wikimedia's policy asks scripts to.
    http: { setUserAgentHeader: true },
  });
  const cards = await service.getCards(analysis.entities, analysis.published?.date);
  return { cards, requests: service.requestCount };
}
