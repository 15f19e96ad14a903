/**
 * Extended prediction history (Ratinov & Roth 2009): while a document is tagged in order, remember
 * which types the tagger gave each capitalised word, and offer that to later sentences as a feature.
 * Training does the same with its own running predictions, so the feature means the same in both.
 */
import type { PreparedSentence } from './features';
import { NER_TYPES, type TokenSpan } from './tags';

const startsUpper = (w: string): boolean => {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase();
};

/** Sets `sentence.history` from what the document's earlier sentences were tagged. */
export function fillHistory(sentence: PreparedSentence, history: ReadonlyMap<string, number>): void {
  for (let i = 0; i < sentence.words.length; i++) {
    sentence.history[i] = startsUpper(sentence.words[i] as string)
      ? (history.get(sentence.lower[i] as string) ?? 0)
      : 0;
  }
}

/** Records the types the tagger just gave the capitalised words of `sentence`. */
export function recordHistory(
  sentence: PreparedSentence,
  spans: readonly TokenSpan[],
  history: Map<string, number>,
): void {
  for (const span of spans) {
    const bit = 1 << NER_TYPES.indexOf(span.type);
    for (let i = span.start; i < span.end; i++) {
      if (!startsUpper(sentence.words[i] as string)) continue;
      const lw = sentence.lower[i] as string;
      history.set(lw, (history.get(lw) ?? 0) | bit);
    }
  }
}
