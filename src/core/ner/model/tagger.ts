/**
 * Tags prepared sentences with a model: sum the weights of each token's features, then Viterbi.
 */
import { extractFeatures, prepareDocument, type PreparedSentence } from './features';
import type { NerModel } from './model';
import { harmonizeDocument } from './document-consistency';
import { spansToTags, tagsToSpans, type TokenSpan } from './tags';
import { viterbi } from './viterbi';

// Reused between calls so tagging allocates little beyond the feature strings.
const featureBuffer: string[] = [];
let emissionBuffer = new Float32Array(64 * 9);

/** Tags one prepared sentence; returns tag indices into `model.tags`. */
export function tagPrepared(model: NerModel, sentence: PreparedSentence): Int32Array {
  const n = sentence.words.length;
  const T = model.tags.length;
  if (emissionBuffer.length < n * T) emissionBuffer = new Float32Array(n * T * 2);
  const emissions = emissionBuffer;
  emissions.fill(0, 0, n * T);
  const { features, weights } = model;
  for (let i = 0; i < n; i++) {
    const count = extractFeatures(sentence, i, featureBuffer);
    const base = i * T;
    for (let k = 0; k < count; k++) {
      const row = features.get(featureBuffer[k] as string);
      if (row === undefined) continue;
      const offset = row * T;
      for (let t = 0; t < T; t++)
        emissions[base + t] = (emissions[base + t] as number) + (weights[offset + t] as number);
    }
  }
  return viterbi(emissions, n, T, model.transitions);
}

/**
 * Finds the names in one document's sentences (tokens already split), as token spans per sentence.
 * The sentences are read together: some features look across the document, and a post-pass makes
 * the labels of repeated names agree.
 */
export function tagDocumentSpans(model: NerModel, sentences: readonly (readonly string[])[]): TokenSpan[][] {
  const prepared = prepareDocument(sentences, model.gazetteer);
  const spans = prepared.map((s) =>
    tagsToSpans(Array.from(tagPrepared(model, s), (t) => model.tags[t] as string)),
  );
  harmonizeDocument(
    prepared.map((s) => s.words),
    spans,
  );
  return spans;
}

/**
 * Tags one document's sentences (tokens already split) with IOB2 tags `B-PER`, `I-ORG`, …, `O`.
 * Pass a whole document at a time: the tagger uses document-wide evidence.
 */
export function tagTokens(model: NerModel, sentences: string[][]): string[][] {
  return tagDocumentSpans(model, sentences).map((spans, i) =>
    spansToTags(spans, (sentences[i] as string[]).length),
  );
}
