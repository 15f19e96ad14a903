/**
 * Trains the tagger: a structured averaged perceptron (Collins 2002) over IOB2 tags with
 * first-order transitions and Viterbi decoding. Deterministic for a given seed.
 */
import { extractFeatures, HISTORY_FEATURES, prepareDocument, type PreparedSentence } from './features';
import { fillHistory, recordHistory } from './history';
import type { Gazetteer } from './gazetteer';
import { constrainTransitions, type NerModel } from './model';
import { TAGS, tagsToSpans } from './tags';
import { viterbi } from './viterbi';

/** One training document: tokenised sentences with gold IOB2 tags. */
export interface TrainingDocument {
  sentences: { tokens: string[]; tags: string[] }[];
  /** Overrides of gazetteer entries while this document's features are computed (see matchGazetteer). */
  gazetteerMasks?: ReadonlyMap<string, number>;
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are not learned. */
  minFeatureCount: number;
  /** Learn the prediction-history feature (see history.ts). */
  history?: boolean;
  /** Called after each epoch (for progress logs and dev evaluation). */
  onEpoch?: (epoch: number, mistakes: number, averaged: () => NerModel) => void;
}

/** A small, fast, seeded PRNG (mulberry32), so shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  featureIndex: Map<string, number>;
  /** feature rows of every token, sentence after sentence */
  rows: Int32Array;
  /** for token j of the corpus, its features are rows[rowStart[j], rowStart[j + 1]) */
  rowStart: Int32Array;
  /** first corpus token of each sentence, plus the total at the end */
  sentenceStart: Int32Array;
  /** first sentence of each document, plus the total at the end */
  documentStart: Int32Array;
  /** every sentence, prepared, in corpus order (their `history` is filled while training) */
  sentences: PreparedSentence[];
  /** feature row of each history feature, by mask (see HISTORY_FEATURES) */
  historyRows: Int32Array;
  gold: Int32Array;
}

function encode(
  docs: readonly TrainingDocument[],
  gazetteer: Gazetteer,
  minCount: number,
  history: boolean,
): Encoded {
  const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
  const prepared = docs.map((d) =>
    prepareDocument(
      d.sentences.map((s) => s.tokens),
      gazetteer,
      d.gazetteerMasks,
    ),
  );
  const buffer: string[] = [];
  const counts = new Map<string, number>();
  let tokenCount = 0;
  let sentenceCount = 0;
  for (const doc of prepared) {
    for (const s of doc) {
      sentenceCount++;
      for (let i = 0; i < s.words.length; i++) {
        tokenCount++;
        const n = extractFeatures(s, i, buffer);
        for (let k = 0; k < n; k++) {
          const f = buffer[k] as string;
          counts.set(f, (counts.get(f) ?? 0) + 1);
        }
      }
    }
  }
  const featureIndex = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) featureIndex.set(f, featureIndex.size);
  // History features depend on predictions, so they are never counted here; all are learnable.
  if (history)
    for (const f of HISTORY_FEATURES.slice(1))
      if (!featureIndex.has(f)) featureIndex.set(f, featureIndex.size);
  const historyRows = Int32Array.from(HISTORY_FEATURES, (f, mask) =>
    mask === 0 ? -1 : (featureIndex.get(f) ?? -1),
  );
  counts.clear();
  const rows: number[] = [];
  const rowStart = new Int32Array(tokenCount + 1);
  const sentenceStart = new Int32Array(sentenceCount + 1);
  const gold = new Int32Array(tokenCount);
  let j = 0;
  let si = 0;
  prepared.forEach((doc, d) => {
    doc.forEach((s, sIndex) => {
      sentenceStart[si++] = j;
      const tags = (docs[d] as TrainingDocument).sentences[sIndex]?.tags ?? [];
      for (let i = 0; i < s.words.length; i++) {
        rowStart[j] = rows.length;
        const tag = tagIndex.get(tags[i] ?? 'O');
        if (tag === undefined) throw new Error(`Unknown tag ${tags[i]} in training data`);
        gold[j] = tag;
        const n = extractFeatures(s, i, buffer);
        for (let k = 0; k < n; k++) {
          const row = featureIndex.get(buffer[k] as string);
          if (row !== undefined) rows.push(row);
        }
        j++;
      }
    });
  });
  rowStart[tokenCount] = rows.length;
  sentenceStart[sentenceCount] = tokenCount;
  const documentStart = new Int32Array(prepared.length + 1);
  prepared.forEach((doc, d) => (documentStart[d + 1] = (documentStart[d] as number) + doc.length));
  return {
    featureIndex,
    rows: Int32Array.from(rows),
    rowStart,
    sentenceStart,
    gold,
    documentStart,
    sentences: prepared.flat(),
    historyRows,
  };
}

/** Trains a model on `docs`. The gazetteer is stored in the model and used for its features. */
export function trainModel(
  docs: readonly TrainingDocument[],
  gazetteer: Gazetteer,
  options: TrainingOptions,
): NerModel {
  const T = TAGS.length;
  const data = encode(docs, gazetteer, options.minFeatureCount, options.history === true);
  const F = data.featureIndex.size;
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  constrainTransitions(TAGS, tw);
  // The unit of shuffling: whole documents when the history feature is learned (their sentences
  // must come in order for it to mean what it will), single sentences otherwise (better mixed).
  const sentenceCount = data.sentenceStart.length - 1;
  const unitStart = options.history
    ? data.documentStart
    : Int32Array.from({ length: sentenceCount + 1 }, (_, i) => i);
  const units = unitStart.length - 1;
  const order = Int32Array.from({ length: units }, (_, i) => i);
  const random = seededRandom(options.seed);
  let emissions = new Float64Array(256 * T);
  let c = 1;

  const averaged = (): NerModel => {
    const weights = new Float32Array(F * T);
    for (let i = 0; i < weights.length; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
    const transitions = new Float32Array((T + 1) * T);
    for (let i = 0; i < transitions.length; i++) transitions[i] = (tw[i] as number) - (tu[i] as number) / c;
    constrainTransitions(TAGS, transitions);
    return {
      tags: TAGS,
      features: data.featureIndex,
      weights,
      transitions,
      gazetteer,
      history: options.history === true,
      meta: {},
    };
  };

  // Each token's rows: its static features, then its history feature (if any) last.
  const forEachRow = (token: number, history: number, visit: (offset: number) => void): void => {
    for (let r = data.rowStart[token] as number, end = data.rowStart[token + 1] as number; r < end; r++)
      visit((data.rows[r] as number) * T);
    if (history) visit((data.historyRows[history] as number) * T);
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = units - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    let mistakes = 0;
    for (const unit of order) {
      const history = new Map<string, number>();
      for (let s = unitStart[unit] as number; s < (unitStart[unit + 1] as number); s++) {
        const sentence = data.sentences[s] as PreparedSentence;
        const first = data.sentenceStart[s] as number;
        const n = (data.sentenceStart[s + 1] as number) - first;
        if (n === 0) continue;
        if (options.history) fillHistory(sentence, history);
        if (emissions.length < n * T) emissions = new Float64Array(n * T * 2);
        emissions.fill(0, 0, n * T);
        for (let i = 0; i < n; i++) {
          const base = i * T;
          forEachRow(first + i, sentence.history[i] as number, (offset) => {
            for (let t = 0; t < T; t++)
              emissions[base + t] = (emissions[base + t] as number) + (w[offset + t] as number);
          });
        }
        const pred = viterbi(emissions, n, T, tw);
        let prevGold = -1;
        let prevPred = -1;
        for (let i = 0; i < n; i++) {
          const g = data.gold[first + i] as number;
          const p = pred[i] as number;
          if (g !== p) {
            mistakes++;
            forEachRow(first + i, sentence.history[i] as number, (offset) => {
              w[offset + g]! += 1;
              u[offset + g]! += c;
              w[offset + p]! -= 1;
              u[offset + p]! -= c;
            });
          }
          if (g !== p || prevGold !== prevPred) {
            const gi = (prevGold + 1) * T + g;
            const pi = (prevPred + 1) * T + p;
            tw[gi]! += 1;
            tu[gi]! += c;
            tw[pi]! -= 1;
            tu[pi]! -= c;
          }
          prevGold = g;
          prevPred = p;
        }
        if (options.history)
          recordHistory(sentence, tagsToSpans(Array.from(pred, (t) => TAGS[t] as string)), history);
        c++;
      }
    }
    options.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}
