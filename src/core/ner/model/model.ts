/**
 * The trained tagger's parameters, and the model file that carries them.
 */
import { pacer, runToEnd, type Steps } from '../../steps';
import {
  buildGazetteerSteps,
  gazetteerToLists,
  GAZETTEER_KINDS,
  type Gazetteer,
  type GazetteerLists,
} from './gazetteer';
import { isAllowedTransition, TAGS } from './tags';

/** A loaded model, ready to tag. */
export interface NerModel {
  /** IOB2 tags, `O` first. */
  tags: readonly string[];
  /** feature string → row in `weights` */
  features: ReadonlyMap<string, number>;
  /** `features.size × tags.length` emission weights */
  weights: Float32Array;
  /** `(tags.length + 1) × tags.length`; row 0 is the sentence start; forbidden moves are -Infinity */
  transitions: Float32Array;
  gazetteer: Gazetteer;
  /** Trained with the prediction-history feature (see history.ts): tag documents in order and offer it. */
  history: boolean;
  /** What the model was trained on and how (free-form, for the README and the CLI). */
  meta: Record<string, unknown>;
}

/**
 * The JSON model file. Each weight is one byte, base64-encoded: an index into `codebook`, 256 values
 * chosen from the trained weights' own distribution (most weights are tiny, a few are large).
 */
export interface NerModelFile {
  format: 'backstory-ner';
  version: 1;
  tags: string[];
  codebook: number[];
  features: string[];
  weights: string;
  transitions: number[];
  gazetteer: GazetteerLists;
  /** Trained with the prediction-history feature; absent means false. */
  history?: boolean;
  meta: Record<string, unknown>;
}

/** Sets the IOB2 constraint (no `I-X` after anything but `X`) into a transition table. */
export function constrainTransitions(
  tags: readonly string[],
  transitions: Float32Array | Float64Array,
): void {
  const T = tags.length;
  for (let p = -1; p < T; p++) {
    for (let t = 0; t < T; t++) {
      if (!isAllowedTransition(p < 0 ? null : (tags[p] as string), tags[t] as string))
        transitions[(p + 1) * T + t] = -Infinity;
    }
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Reads a model file (already parsed from JSON).
 * @throws Error naming what is wrong, if `json` is not a Backstory NER model of a version this code reads.
 */
export function parseModel(json: unknown): NerModel {
  return runToEnd(parseModelSteps(json));
}

/** Features, weights or names read between two chances to pause. */
const ITEMS_PER_STEP = 8192;

/**
 * `parseModel` as steps (`core/steps.ts`): the file holds ~76,000 features, ~680,000 weights and
 * ~50,000 names, ~100 ms of work in one go that held every tab's messages in the background the first
 * time it read a page.
 */
export function* parseModelSteps(json: unknown): Steps<NerModel> {
  const bad = (why: string): Error => new Error(`Not a Backstory NER model: ${why}`);
  const pause = pacer(ITEMS_PER_STEP);
  function* allStrings(list: unknown): Steps<boolean> {
    if (!Array.isArray(list)) return false;
    for (const x of list) {
      if (pause()) yield;
      if (typeof x !== 'string') return false;
    }
    return true;
  }
  if (!isRecord(json)) throw bad('expected a JSON object');
  if (json.format !== 'backstory-ner') throw bad('missing "format": "backstory-ner"');
  if (json.version !== 1)
    throw bad(`unsupported version ${String(json.version)} (this code reads version 1)`);
  const { tags, codebook, features, weights, transitions, gazetteer, meta } = json;
  if (!isStringArray(tags) || tags.join() !== TAGS.join()) throw bad(`tags must be ${TAGS.join(' ')}`);
  if (!Array.isArray(codebook) || codebook.length !== 256 || !codebook.every((x) => typeof x === 'number'))
    throw bad('"codebook" must be 256 numbers');
  if (!(yield* allStrings(features))) throw bad('"features" must be an array of strings');
  const featureList = features as string[];
  if (typeof weights !== 'string') throw bad('"weights" must be a base64 string');
  const T = tags.length;
  if (
    !Array.isArray(transitions) ||
    transitions.length !== (T + 1) * T ||
    !transitions.every((x) => typeof x === 'number')
  )
    throw bad(`"transitions" must be ${(T + 1) * T} numbers`);
  if (!isRecord(gazetteer)) throw bad('"gazetteer" must be an object');
  const lists: GazetteerLists = {};
  for (const kind of GAZETTEER_KINDS) {
    const list = gazetteer[kind];
    if (list === undefined) continue;
    if (!(yield* allStrings(list))) throw bad(`gazetteer.${kind} must be an array of strings`);
    lists[kind] = list as string[];
  }
  let binary: string;
  try {
    binary = atob(weights);
  } catch {
    throw bad('"weights" is not valid base64');
  }
  if (binary.length !== featureList.length * T)
    throw bad(`expected ${featureList.length * T} weights, found ${binary.length}`);
  const values = Float32Array.from(codebook as number[]);
  const w = new Float32Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    if (pause()) yield;
    w[i] = values[binary.charCodeAt(i)] as number;
  }
  const index = new Map<string, number>();
  for (const [i, f] of featureList.entries()) {
    if (pause()) yield;
    index.set(f, i);
  }
  const trans = Float32Array.from(transitions as number[]);
  constrainTransitions(tags, trans);
  return {
    tags,
    features: index,
    weights: w,
    transitions: trans,
    gazetteer: yield* buildGazetteerSteps(lists),
    history: json.history === true,
    meta: isRecord(meta) ? meta : {},
  };
}

/**
 * 256 weight values to quantise to: zero, quantiles of the weights (where most of them are) and
 * evenly spaced values out to the extremes (where the few decisive ones are). Sorted ascending.
 */
export function buildCodebook(weights: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(weights).sort();
  const n = sorted.length;
  if (n === 0) return new Array<number>(256).fill(0);
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const values = new Set<number>([0]);
  for (let k = 0; k < 191; k++) values.add(sorted[Math.floor(((k + 0.5) / 191) * n)] as number);
  for (let k = 0; k < 64 && values.size < 256; k++) values.add(min + ((max - min) * k) / 63);
  const book = [...values].sort((a, b) => a - b);
  while (book.length < 256) book.push(max);
  return book.map((v) => Math.fround(v));
}

/** Index of the codebook value nearest to `v` (binary search on the sorted codebook). */
function nearest(book: readonly number[], v: number): number {
  let lo = 0;
  let hi = book.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((book[mid] as number) <= v) lo = mid;
    else hi = mid;
  }
  return Math.abs((book[lo] as number) - v) <= Math.abs((book[hi] as number) - v) ? lo : hi;
}

/**
 * Writes a model file. Features whose weights are all below `minWeight` in magnitude are dropped
 * (most of them: that pruning is what keeps the file small); the rest are quantised to one byte each.
 */
export function serializeModel(model: NerModel, minWeight: number): NerModelFile {
  const T = model.tags.length;
  const kept: string[] = [];
  const rows: number[] = [];
  for (const [feature, row] of model.features) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(model.weights[row * T + t] as number));
    if (max < minWeight) continue;
    kept.push(feature);
    rows.push(row);
  }
  const keptWeights = new Float32Array(rows.length * T);
  rows.forEach((row, i) => keptWeights.set(model.weights.subarray(row * T, row * T + T), i * T));
  const codebook = buildCodebook(keptWeights);
  const bytes = new Uint8Array(keptWeights.length);
  for (let i = 0; i < keptWeights.length; i++) bytes[i] = nearest(codebook, keptWeights[i] as number);
  const transitions = Array.from(model.transitions, (v) =>
    Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0,
  );
  return {
    format: 'backstory-ner',
    version: 1,
    tags: [...model.tags],
    codebook,
    features: kept,
    weights: bytesToBase64(bytes),
    transitions,
    gazetteer: gazetteerToLists(model.gazetteer),
    ...(model.history ? { history: true } : {}),
    meta: model.meta,
  };
}
