/**
 * Tags prepared sentences with a model: sum the weights of each token's features, then Viterbi.
 */
import {
  BOUNDARY,
  contextFeatures,
  END,
  NEIGHBOUR_SHAPE,
  NEIGHBOUR_WORD,
  pairedWordsSteps,
  prepareDocumentSteps,
  wordFeatures,
  type PreparedSentence,
} from './features';
import type { NerModel } from './model';
import { harmonizeDocumentSteps } from './document-consistency';
import { fillHistory, recordHistory } from './history';
import { spansToTags, tagsToSpans, type TokenSpan } from './tags';
import { viterbi } from './viterbi';
import { pacer, runToEnd, type Steps } from '../../steps';

/** Feature rows that depend only on one word, so each distinct word costs its strings once. */
interface WordRows {
  /** rows of the word's own features (wordFeatures) */
  self: Int32Array;
  /** rows of `l-2=word`, `l-1=word`, `l+1=word`, `l+2=word` then `s-2=shape`…`s+2=shape`; -1 if unknown */
  neighbour: Int32Array;
  /** 1 if the lowercase word can complete a paired feature (see `pairedWords`) */
  paired: number;
}

interface ModelCache {
  words: Map<string, WordRows>;
  paired: Set<string>;
}

/** Per model, rows by normalised word. Bounded: cleared when it grows past MAX_CACHED_WORDS. */
const modelCaches = new WeakMap<NerModel, ModelCache>();
const MAX_CACHED_WORDS = 200_000;
const BOUNDARY_WORD = '\u0000boundary';
const END_WORD = '\u0000end';

const featureBuffer: string[] = [];
let emissionBuffer = new Float32Array(64 * 9);
let pairedBuffer = new Uint8Array(64);

function rowsOfWord(
  model: NerModel,
  cache: ModelCache,
  w: string,
  lw: string,
  sh: string,
  ss: string,
): WordRows {
  let rows = cache.words.get(w);
  if (rows) return rows;
  const n = wordFeatures(w, lw, sh, ss, featureBuffer, 0);
  const self: number[] = [];
  for (let k = 0; k < n; k++) {
    const row = model.features.get(featureBuffer[k] as string);
    if (row !== undefined) self.push(row);
  }
  const neighbour = new Int32Array(8);
  for (let d = 0; d < 4; d++) {
    neighbour[d] = model.features.get(NEIGHBOUR_WORD[d] + lw) ?? -1;
    neighbour[d + 4] = model.features.get(NEIGHBOUR_SHAPE[d] + ss) ?? -1;
  }
  rows = { self: Int32Array.from(self), neighbour, paired: cache.paired.has(lw) ? 1 : 0 };
  if (cache.words.size >= MAX_CACHED_WORDS) cache.words.clear();
  cache.words.set(w, rows);
  return rows;
}

/** Rows seen by a token whose neighbour lies outside the sentence (`l-1=<s>`, `s+2=</s>`…). */
function boundaryRows(model: NerModel, cache: ModelCache, key: string, marker: string): WordRows {
  let rows = cache.words.get(key);
  if (rows) return rows;
  const neighbour = new Int32Array(8);
  for (let d = 0; d < 4; d++) {
    neighbour[d] = model.features.get(NEIGHBOUR_WORD[d] + marker) ?? -1;
    neighbour[d + 4] = model.features.get(NEIGHBOUR_SHAPE[d] + marker) ?? -1;
  }
  rows = { self: new Int32Array(0), neighbour, paired: 1 };
  cache.words.set(key, rows);
  return rows;
}

function addRow(emissions: Float32Array, base: number, weights: Float32Array, row: number, T: number): void {
  const offset = row * T;
  for (let t = 0; t < T; t++)
    emissions[base + t] = (emissions[base + t] as number) + (weights[offset + t] as number);
}

/** The model's cache of per-word rows, made on first use. */
function* modelCacheSteps(model: NerModel): Steps<ModelCache> {
  let cache = modelCaches.get(model);
  if (!cache) {
    cache = { words: new Map(), paired: yield* pairedWordsSteps(model.features.keys()) };
    modelCaches.set(model, cache);
  }
  return cache;
}

/**
 * Tags one prepared sentence; returns tag indices into `model.tags`. Scores are the sum of the
 * weights of `extractFeatures`, computed with per-word parts cached.
 */
export function tagPrepared(model: NerModel, sentence: PreparedSentence): Int32Array {
  const n = sentence.words.length;
  const T = model.tags.length;
  if (emissionBuffer.length < n * T) emissionBuffer = new Float32Array(n * T * 2);
  const emissions = emissionBuffer;
  emissions.fill(0, 0, n * T);
  const { features, weights } = model;
  const cache = runToEnd(modelCacheSteps(model));
  if (pairedBuffer.length < n) pairedBuffer = new Uint8Array(n * 2);
  const words: WordRows[] = [];
  for (let i = 0; i < n; i++) {
    words.push(
      rowsOfWord(
        model,
        cache,
        sentence.words[i] as string,
        sentence.lower[i] as string,
        sentence.shapes[i] as string,
        sentence.shortShapes[i] as string,
      ),
    );
    pairedBuffer[i] = (words[i] as WordRows).paired;
  }
  const before = boundaryRows(model, cache, BOUNDARY_WORD, BOUNDARY);
  const after = boundaryRows(model, cache, END_WORD, END);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const self = (words[i] as WordRows).self;
    for (let k = 0; k < self.length; k++) addRow(emissions, base, weights, self[k] as number, T);
    for (let d = 0; d < 4; d++) {
      const j = i + (d < 2 ? d - 2 : d - 1);
      const neighbour = (j < 0 ? before : j >= n ? after : (words[j] as WordRows)).neighbour;
      const wordRow = neighbour[d] as number;
      const shapeRow = neighbour[d + 4] as number;
      if (wordRow >= 0) addRow(emissions, base, weights, wordRow, T);
      if (shapeRow >= 0) addRow(emissions, base, weights, shapeRow, T);
    }
    const count = contextFeatures(sentence, i, featureBuffer, 0, pairedBuffer);
    for (let k = 0; k < count; k++) {
      const row = features.get(featureBuffer[k] as string);
      if (row !== undefined) addRow(emissions, base, weights, row, T);
    }
  }
  return viterbi(emissions, n, T, model.transitions);
}

/**
 * Finds the names in one document's sentences (tokens already split), as token spans per sentence.
 * The sentences are read together: some features look across the document, and a post-pass makes
 * the labels of repeated names agree.
 */
export function tagDocumentSpans(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  options: { consistency?: boolean } = {},
): TokenSpan[][] {
  return runToEnd(tagDocumentSpansSteps(model, sentences, options));
}

/** Sentences tagged between two chances to pause. */
const TAGGED_PER_STEP = 16;

/** `tagDocumentSpans` as steps. */
export function* tagDocumentSpansSteps(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  options: { consistency?: boolean } = {},
): Steps<TokenSpan[][]> {
  // The model's own cache is made once, on its first document; the whole feature table is read for it.
  yield* modelCacheSteps(model);
  const prepared = yield* prepareDocumentSteps(sentences, model.gazetteer);
  const pause = pacer(TAGGED_PER_STEP);
  const history = new Map<string, number>();
  const spans: TokenSpan[][] = [];
  for (const s of prepared) {
    if (pause()) yield;
    if (model.history) fillHistory(s, history);
    const found = tagsToSpans(Array.from(tagPrepared(model, s), (t) => model.tags[t] as string));
    if (model.history) recordHistory(s, found, history);
    spans.push(found);
  }
  if (options.consistency === false) return spans;
  yield;
  yield* harmonizeDocumentSteps(
    prepared.map((s) => s.words),
    spans,
  );
  return spans;
}

/**
 * Tags one document's sentences (tokens already split) with IOB2 tags `B-PER`, `I-ORG`, …, `O`.
 * Pass a whole document at a time: the tagger uses document-wide evidence.
 */
export function tagTokens(
  model: NerModel,
  sentences: string[][],
  options: { consistency?: boolean } = {},
): string[][] {
  return tagDocumentSpans(model, sentences, options).map((spans, i) =>
    spansToTags(spans, (sentences[i] as string[]).length),
  );
}
