/**
 * TEMPORARY: the card provider the extension uses until the Wikipedia/Wikidata knowledge service lands.
 * Every card says so as an error state, so nobody mistakes it for a working lookup.
 */
import type { CardProvider } from './card-provider';

export function createKnowledgeCardProvider(): CardProvider {
  const notYet = { status: 'error', message: 'Wikipedia cards are not implemented yet' } as const;
  return {
    async getCards(entities) {
      return new Map(entities.map((e) => [e.id, notYet]));
    },
    async chooseCandidate() {
      return notYet;
    },
  };
}
