/**
 * The whole way from the sample article's text to its cards: the core pipeline as the background runs
 * it, then the knowledge service against the wiki fixture server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeService } from '../../../../src/background/knowledge/service';
import { analyzeText } from '../../../../src/core/analyze';
import { createRecognizer } from '../../../../src/core/ner';
import type { Analysis } from '../../../../src/core/types';
import type { CardState } from '../../../../src/shared/card';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../../support/wiki-fixture-server';

const ARTICLE = readFileSync(new URL('../../../../../shared/seed/article.txt', import.meta.url), 'utf8');
const MODEL: unknown = JSON.parse(
  readFileSync(new URL('../../../../models/ner.json', import.meta.url), 'utf8'),
);

describe('background/knowledge on the sample article', () => {
  let wiki: WikiFixtureServer;
  let analysis: Analysis;
  let cards: Map<string, CardState>;

  beforeAll(async () => {
    wiki = await startWikiFixtureServer();
    analysis = analyzeText(
      { text: ARTICLE, published: { date: '2018-05-30', source: 'given' } },
      createRecognizer(MODEL),
    );
    const knowledge = createKnowledgeService({
      fetch: (input, init) => fetch(input, init),
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
    cards = await knowledge.getCards(analysis.entities, '2018-05-30');
  }, 60_000);
  afterAll(() => wiki.close());

  const found = (name: string) => analysis.entities.find((e) => e.name === name || e.aliases.includes(name));
  const qidOf = (name: string): string | undefined => {
    const entity = found(name);
    const state = entity && cards.get(entity.id);
    return state?.status === 'ok' ? state.card.qid : state?.status;
  };

  it('takes at most 6 requests for every card of the article, each with maxlag', () => {
    expect(wiki.requests.length).toBeLessThanOrEqual(6);
    for (const r of wiki.requests) expect(r.params.maxlag).toBe('5');
    expect(wiki.maxInFlight).toBeLessThanOrEqual(3);
  });

  // The names the recogniser finds in the sample. Each must be found and linked: a miss fails
  // here by name, rather than skipping its check and passing unseen.
  const EXPECTED: [string, string][] = [
    ['Sergey Lavrov', 'Q58217'],
    ['Ri Yong Ho', 'Q24083656'],
    ['Kim Jong Un', 'Q56226'],
    ['Kim Yong Chol', 'Q6410946'],
    ['Trump', 'Q22686'],
    ['Mike Pompeo', 'Q473239'],
    ['Vladimir Putin', 'Q7747'],
    ['North Korea', 'Q423'],
    ['Singapore', 'Q334'],
    ['Beijing', 'Q956'],
    ['New York', 'Q60'],
  ];

  it.each(EXPECTED)('finds %s and links it to %s', (name, qid) => {
    expect(found(name), `the recogniser found no “${name}”`).toBeDefined();
    expect(qidOf(name)).toBe(qid);
  });

  it('gives every entity a card state, and no card is a disambiguation page', () => {
    for (const entity of analysis.entities) expect(cards.get(entity.id)).toBeDefined();
    const shown = [...cards.values()].flatMap((s) => (s.status === 'ok' ? [s.card.qid] : []));
    expect(shown).not.toContain('Q22654');
    expect(shown).not.toContain('Q245337');
  });
});
