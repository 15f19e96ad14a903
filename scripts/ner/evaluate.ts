/**
 * Shared by train.ts and eval.ts: tag documents with a model and score them.
 */
import type { NerModel } from '../../src/core/ner/model/model';
import { tagTokens } from '../../src/core/ner/model/tagger';
import type { Doc } from './data';
import { score, type Scores } from './metrics';

/** Tags every document (one at a time, so document features stay inside it) and scores exact spans. */
export function evaluateDocs(
  model: NerModel,
  docs: readonly Doc[],
  options: { consistency?: boolean } = {},
): Scores {
  const scores: Scores = new Map();
  for (const doc of docs) {
    const predicted = tagTokens(
      model,
      doc.sentences.map((s) => s.tokens),
      options,
    );
    doc.sentences.forEach((s, i) => score(scores, s.tags, predicted[i] as string[]));
  }
  return scores;
}
