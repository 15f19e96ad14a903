/**
 * Feature extraction for the tagger. Features are short strings ("l=korea", "ss-1=Xx"), looked up
 * in the model's feature table; a feature the model never saw is simply skipped.
 */
import { pacer, runToEnd, type Steps } from '../../steps';
import { matchGazetteer, type Gazetteer } from './gazetteer';
import { normalizeToken } from './tokenizer';

/** What a neighbour position is called when it falls outside the sentence. */
export const BOUNDARY = '<s>';
export const END = '</s>';

/** A sentence with everything the features need precomputed once. */
export interface PreparedSentence {
  words: string[];
  lower: string[];
  shapes: string[];
  shortShapes: string[];
  /**
   * The sentence is a headline: letters and none of them lowercase, or Title Case (every word of
   * four letters or more capitalised, at least three of them, no full stop at the end).
   */
  allCaps: boolean;
  gazetteer: (string[] | null)[];
  /** Per token: how the rest of the document writes this word (see `documentHint`). */
  docHints: (string | null)[];
  /**
   * Per token: the types (bit per NER_TYPES index) the tagger gave this word earlier in the document,
   * filled in just before the sentence is tagged ("extended prediction history", Ratinov & Roth 2009).
   */
  history: Uint8Array;
  /** Per capitalised token that recurs in the document: the words before its occurrences (`L:of`, `L:mr.`). */
  docContexts: (string[] | null)[];
}

/**
 * Word shape: upper → X, lower → x, digit → d, other characters kept; long runs cut to 4
 * so "Washington" → "Xxxxx" and "1996-08-22" → "dddd-dd-dd".
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const c = word.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c > 127 && ch !== ch.toLowerCase()) s = 'X';
    else if (c > 127 && ch !== ch.toUpperCase()) s = 'x';
    else s = ch;
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 4) out += s;
  }
  return out;
}

/** Shape with every run collapsed to one character: "Washington" → "Xx", "U.S." → "X.X.". */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

const hasLower = (w: string): boolean => w !== w.toUpperCase();
const hasUpper = (w: string): boolean => w !== w.toLowerCase();
const startsUpper = (w: string): boolean => {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase();
};

/** A headline: letters and none of them lowercase, or Title Case. */
export function isHeadline(words: readonly string[]): boolean {
  const letters = words.join('');
  return (hasUpper(letters) && !hasLower(letters)) || isTitleCase(words);
}

/** Title Case headline: "Russian Foreign Minister Will Visit North Korea for Talks". */
function isTitleCase(words: readonly string[]): boolean {
  if (words[words.length - 1] === '.') return false;
  let long = 0;
  for (const w of words) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    if (!startsUpper(w)) return false;
    long++;
  }
  return long >= 3;
}

/** Document-wide facts about how words are written, none of which need labels. */
interface DocumentStats {
  /** lowercased words seen capitalised somewhere other than a sentence start or a capitals headline */
  capitalMid: Set<string>;
  /** lowercased words seen written in lower case */
  lowerSeen: Set<string>;
  /** lowercased words seen as part of a run of two or more capitalised words mid-sentence */
  inCapitalRun: Set<string>;
  /** lowercased capitalised words → the lower-case words seen just before them (`L:in`) */
  contexts: Map<string, string[]>;
  /** lowercased capitalised words → how often they occur */
  occurrences: Map<string, number>;
}

/** At most this many document contexts per word, so a name repeated fifty times costs no more. */
const MAX_DOC_CONTEXTS = 8;

function* documentStatsSteps(sentences: readonly PreparedSentence[]): Steps<DocumentStats> {
  const pause = pacer(SENTENCES_PER_STEP);
  const stats: DocumentStats = {
    capitalMid: new Set(),
    lowerSeen: new Set(),
    inCapitalRun: new Set(),
    contexts: new Map(),
    occurrences: new Map(),
  };
  for (const s of sentences) {
    if (pause()) yield;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i] as string;
      const lw = s.lower[i] as string;
      if (!hasUpper(w)) {
        if (hasLower(w)) stats.lowerSeen.add(lw);
        continue;
      }
      if (!startsUpper(w)) continue;
      stats.occurrences.set(lw, (stats.occurrences.get(lw) ?? 0) + 1);
      if (!s.allCaps) {
        const contexts = stats.contexts.get(lw) ?? [];
        // Only the word before a name (never part of it): "shares of", "Mr", "in".
        const before = i > 0 ? (s.words[i - 1] as string) : BOUNDARY;
        const c = 'L:' + before.toLowerCase();
        if (!startsUpper(before) && contexts.length < MAX_DOC_CONTEXTS && !contexts.includes(c))
          contexts.push(c);
        stats.contexts.set(lw, contexts);
      }
      if (s.allCaps || i === 0) continue;
      stats.capitalMid.add(lw);
      const prev = s.words[i - 1];
      const next = s.words[i + 1];
      if ((i > 1 && prev !== undefined && startsUpper(prev)) || (next !== undefined && startsUpper(next)))
        stats.inCapitalRun.add(lw);
    }
  }
  return stats;
}

/**
 * A one-string summary of how the document writes a capitalised word elsewhere: seen capitalised
 * mid-sentence (c), seen in lower case (l), seen inside a run of capitalised words (r). It tells
 * "Trump" at the start of a sentence from "The", and "SINGAPORE" in a headline from "SAID".
 */
function documentHint(stats: DocumentStats, w: string, lw: string, ambiguousCase: boolean): string | null {
  if (!startsUpper(w)) return null;
  const hint =
    (stats.capitalMid.has(lw) ? 'c' : '-') +
    (stats.lowerSeen.has(lw) ? 'l' : '-') +
    (stats.inCapitalRun.has(lw) ? 'r' : '-');
  return ambiguousCase ? `a${hint}` : hint;
}

/**
 * Prepares one document (a list of tokenised sentences) for feature extraction.
 * `gazetteerMasks` lets training hide names found only in this document from the gazetteer.
 */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  gazetteer: Gazetteer,
  gazetteerMasks?: ReadonlyMap<string, number>,
): PreparedSentence[] {
  return runToEnd(prepareDocumentSteps(sentences, gazetteer, gazetteerMasks));
}

/** Sentences prepared between two chances to pause. */
const SENTENCES_PER_STEP = 64;

/** `prepareDocument` as steps. */
export function* prepareDocumentSteps(
  sentences: readonly (readonly string[])[],
  gazetteer: Gazetteer,
  gazetteerMasks?: ReadonlyMap<string, number>,
): Steps<PreparedSentence[]> {
  const pause = pacer(SENTENCES_PER_STEP);
  const prepared: PreparedSentence[] = [];
  for (const tokens of sentences) {
    if (pause()) yield;
    const words = tokens.map(normalizeToken);
    const lower = words.map((w) => w.toLowerCase());
    const shapes = words.map(wordShape);
    const allCaps = isHeadline(words);
    prepared.push({
      words,
      lower,
      shapes,
      shortShapes: shapes.map(shortShape),
      allCaps,
      gazetteer: matchGazetteer(gazetteer, words, lower, allCaps, gazetteerMasks),
      docHints: [],
      docContexts: [],
      history: new Uint8Array(words.length),
    });
  }
  yield;
  const stats = yield* documentStatsSteps(prepared);
  yield;
  for (const s of prepared) {
    if (pause()) yield;
    s.docHints = s.words.map((w, i) => documentHint(stats, w, s.lower[i] as string, i === 0 || s.allCaps));
    s.docContexts = s.lower.map((lw, i) =>
      startsUpper(s.words[i] as string) && (stats.occurrences.get(lw) ?? 0) > 1
        ? (stats.contexts.get(lw) ?? null)
        : null,
    );
  }
  return prepared;
}

/**
 * Features of the word itself, whatever its context: form, lowercase, shapes, affixes, hyphen parts.
 * Written into `out` from index `k`; returns the new count. The tagger caches these per word.
 */
export function wordFeatures(
  w: string,
  lw: string,
  sh: string,
  ss: string,
  out: string[],
  k: number,
): number {
  out[k++] = 'b';
  out[k++] = 'w=' + w;
  out[k++] = 'l=' + lw;
  out[k++] = 'sh=' + sh;
  out[k++] = 'ss=' + ss;
  const len = lw.length;
  if (len > 1) {
    out[k++] = 'p2=' + lw.slice(0, 2);
    out[k++] = 's2=' + lw.slice(-2);
  }
  if (len > 2) {
    out[k++] = 'p3=' + lw.slice(0, 3);
    out[k++] = 's3=' + lw.slice(-3);
  }
  if (len > 3) {
    out[k++] = 'p4=' + lw.slice(0, 4);
    out[k++] = 's4=' + lw.slice(-4);
  }
  if (len > 4) out[k++] = 's5=' + lw.slice(-5);
  const hyphen = lw.indexOf('-');
  if (hyphen > 0 && hyphen < len - 1) {
    out[k++] = 'h0=' + lw.slice(0, hyphen);
    out[k++] = 'h1=' + lw.slice(lw.lastIndexOf('-') + 1);
  }
  return k;
}

/**
 * The prefixes of the single-neighbour features: a word at offset −2, −1, +1, +2 from the token is
 * seen as `l-2=word`, `l-1=word`…, its short shape as `s-2=Xx`… The tagger caches these per word too.
 */
export const NEIGHBOUR_WORD = ['l-2=', 'l-1=', 'l+1=', 'l+2='] as const;
export const NEIGHBOUR_SHAPE = ['s-2=', 's-1=', 's+1=', 's+2='] as const;

/** The history feature for each mask of earlier types: `h=PER`, `h=ORG+LOC`… (index = mask). */
export const HISTORY_FEATURES: readonly string[] = Array.from(
  { length: 16 },
  (_, mask) => 'h=' + ['PER', 'ORG', 'LOC', 'MISC'].filter((_, bit) => mask & (1 << bit)).join('+'),
);

/** Prefixes of the features that pair a word with something else; see `pairedWords`. */
export const PAIRED_PREFIXES = [
  'l-1l=',
  'll+1=',
  'l-2l-1=',
  'l+1l+2=',
  'l-1ss=',
  'ssl+1=',
  'dl=',
  'caps|l=',
] as const;

/**
 * Every string that could be the word part of a paired feature the model knows. A token whose word
 * is not in this set cannot complete any paired feature, so the tagger skips building those strings.
 * Every split at `|` is added, so a word containing `|` is never wrongly skipped.
 */
export function pairedWords(features: Iterable<string>): Set<string> {
  return runToEnd(pairedWordsSteps(features));
}

/** Features read between two chances to pause. */
const FEATURES_PER_STEP = 16_384;

/** `pairedWords` as steps (`core/steps.ts`): a model has hundreds of thousands of features. */
export function* pairedWordsSteps(features: Iterable<string>): Steps<Set<string>> {
  const pause = pacer(FEATURES_PER_STEP);
  const words = new Set<string>();
  for (const f of features) {
    if (pause()) yield;
    const prefix = PAIRED_PREFIXES.find((p) => f.startsWith(p));
    if (!prefix) continue;
    const rest = f.slice(prefix.length);
    words.add(rest);
    for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) {
      words.add(rest.slice(0, bar));
      words.add(rest.slice(bar + 1));
    }
  }
  return words;
}

/**
 * Features that depend on the token's context beyond single neighbours: word bigrams, shape
 * trigrams, sentence start, capitals headline, document evidence, gazetteer matches.
 * `paired` (optional, per token): 0 where the word can complete no paired feature of the model
 * (see `pairedWords`); those features are then not written, since they could not score.
 */
export function contextFeatures(
  s: PreparedSentence,
  i: number,
  out: string[],
  k: number,
  paired?: Uint8Array,
): number {
  const n = s.words.length;
  const lw = s.lower[i] as string;
  const ss = s.shortShapes[i] as string;
  const lp1 = i > 0 ? (s.lower[i - 1] as string) : BOUNDARY;
  const lp2 = i > 1 ? (s.lower[i - 2] as string) : BOUNDARY;
  const ln1 = i + 1 < n ? (s.lower[i + 1] as string) : END;
  const ln2 = i + 2 < n ? (s.lower[i + 2] as string) : END;
  const sp1 = i > 0 ? (s.shortShapes[i - 1] as string) : BOUNDARY;
  const sn1 = i + 1 < n ? (s.shortShapes[i + 1] as string) : END;
  // Whether the word at offset -2…+2 may complete a paired feature (boundaries always may).
  const p = (j: number): boolean => !paired || j < 0 || j >= n || paired[j] === 1;
  const here = p(i);
  if (p(i - 1) && here) out[k++] = 'l-1l=' + lp1 + '|' + lw;
  if (here && p(i + 1)) out[k++] = 'll+1=' + lw + '|' + ln1;
  if (p(i - 2) && p(i - 1)) out[k++] = 'l-2l-1=' + lp2 + '|' + lp1;
  if (p(i + 1) && p(i + 2)) out[k++] = 'l+1l+2=' + ln1 + '|' + ln2;
  out[k++] = 's-1ss+1=' + sp1 + '|' + ss + '|' + sn1;
  if (p(i - 1)) out[k++] = 'l-1ss=' + lp1 + '|' + ss;
  if (p(i + 1)) out[k++] = 'ssl+1=' + ss + '|' + ln1;
  if (i === 0) out[k++] = 'first|' + ss;
  if (s.allCaps) {
    out[k++] = 'caps|' + ss;
    if (here) out[k++] = 'caps|l=' + lw;
  }
  const hint = s.docHints[i];
  if (hint) {
    out[k++] = 'd=' + hint;
    if (here) out[k++] = 'dl=' + hint + '|' + lw;
  }
  const history = s.history[i] as number;
  if (history) out[k++] = HISTORY_FEATURES[history] as string;
  const contexts = s.docContexts[i];
  if (contexts) for (const c of contexts) out[k++] = 'dx=' + c;
  const gaz = s.gazetteer[i];
  if (gaz) for (const g of gaz) out[k++] = 'g=' + g;
  const gp = i > 0 ? s.gazetteer[i - 1] : null;
  if (gp) for (const g of gp) out[k++] = 'g-1=' + g;
  const gn = i + 1 < n ? s.gazetteer[i + 1] : null;
  if (gn) for (const g of gn) out[k++] = 'g+1=' + g;
  return k;
}

/**
 * Writes all the features of token `i` of sentence `s` into `out` (reused between calls) and
 * returns how many were written. This is the definition training uses; the tagger computes the
 * same sum faster by caching the per-word parts (see tagger.ts).
 */
export function extractFeatures(s: PreparedSentence, i: number, out: string[]): number {
  const n = s.words.length;
  let k = wordFeatures(
    s.words[i] as string,
    s.lower[i] as string,
    s.shapes[i] as string,
    s.shortShapes[i] as string,
    out,
    0,
  );
  for (let d = 0; d < 4; d++) {
    const j = i + (d < 2 ? d - 2 : d - 1);
    const outside = j < i ? BOUNDARY : END;
    out[k++] = NEIGHBOUR_WORD[d] + (j >= 0 && j < n ? (s.lower[j] as string) : outside);
    out[k++] = NEIGHBOUR_SHAPE[d] + (j >= 0 && j < n ? (s.shortShapes[j] as string) : outside);
  }
  return contextFeatures(s, i, out, k);
}
