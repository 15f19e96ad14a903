/**
 * Which way an underspecified date points ("Thursday", "June 12", "April"), read from the
 * words around it, the way an editor would: "said on Wednesday" is the Wednesday just gone,
 * "will visit on Thursday" the one to come. No parser: the nearest verb group in the same
 * sentence decides, and a news report with no clear verb defaults to the past.
 */

import {
  FUTURE_AUXILIARIES,
  MODALS,
  SCHEDULING_PARTICIPLES,
  PRESENT_BE,
  PAST_BE,
  PLANNING_VERBS,
  FUTURE_MARKERS,
  PAST_MARKERS,
  IRREGULAR_PAST,
  PRESENT_AUXILIARIES,
  FIXTURE_VERBS,
  PLURAL_PRONOUNS,
  DETERMINERS,
  REPORTING_PRESENT,
  NOT_PAST,
} from './tense-words';
import { closesAbbreviation } from '../text/abbreviations';

export type Direction = 'past' | 'future' | 'present';

const WORD = /[A-Za-z’']+(?:-[A-Za-z]+)*/g;

interface Token {
  /** Lower-cased. */
  word: string;
  /** As written, for the few words whose capital changes them ("May" the name, "may" the verb). */
  raw: string;
  start: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), raw: m[0], start: m.index });
  return out;
}

/** A sentence end: `at` is its punctuation (or the blank line), `after` where the next sentence starts. */
interface Boundary {
  at: number;
  after: number;
}

/**
 * The sentence ends of the last few texts asked about, found once per text: an article's dates all
 * ask about the same text, and finding the ends again for each date made a long article's dates
 * quadratic. A few, not one: the background may analyse two articles at once, a slice of each in turn.
 */
const known: { text: string; boundaries: Boundary[] }[] = [];
const TEXTS_KEPT = 4;

function boundariesOf(text: string): Boundary[] {
  const seen = known.find((k) => k.text === text);
  if (seen) return seen.boundaries;
  const boundaries: Boundary[] = [];
  const boundary = /[.!?]["”'’)]*\s+(?=["“'‘(]?[A-Z0-9])|\n\s*\n/g;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (closesAbbreviation(text, at)) continue;
    boundaries.push({ at, after: at + m[0].length });
  }
  known.unshift({ text, boundaries });
  known.length = Math.min(known.length, TEXTS_KEPT);
  return boundaries;
}

/** The index of the first of `boundaries` for which `past` holds (they are in text order). */
function firstWhere(boundaries: readonly Boundary[], past: (b: Boundary) => boolean): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(boundaries[mid] as Boundary)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The sentence around `[start, end)`: from the last sentence end before it to the next one after. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const boundaries = boundariesOf(text);
  const before = boundaries[firstWhere(boundaries, (b) => b.after > start) - 1];
  const after = boundaries[firstWhere(boundaries, (b) => b.at >= end)];
  return { start: before?.after ?? 0, end: after ? after.at + 1 : text.length };
}

/** What one verb-ish token says about time, or undefined when it says nothing. */
/** Whether the token at `i` makes the verb after it future: "will", "might", "he'll", "plans to", "is to be". */
function isFutureAuxiliary(tokensList: Token[], i: number): boolean {
  const word = tokensList[i]!.word;
  const prev = tokensList[i - 1]?.word;
  const prev2 = tokensList[i - 2]?.word;
  if (FUTURE_AUXILIARIES.has(word)) return true;
  if (MODALS.has(word) && tokensList[i]!.raw !== 'May') return true;
  // Contractions stay one token: "he'll", "won't".
  if (/['’]ll$/.test(word) || /^won['’]t$/.test(word)) return true;
  if (word === 'to' && prev && PLANNING_VERBS.has(prev)) return true;
  return word === 'to' && prev === 'be' && !!prev2 && (prev2 === 'is' || prev2 === 'are');
}

function cueOf(tokensList: Token[], i: number): Direction | undefined {
  const word = tokensList[i]!.word;
  const prev = tokensList[i - 1]?.word;
  if (isFutureAuxiliary(tokensList, i)) return 'future';
  if (FUTURE_MARKERS.has(word)) return 'future';
  if (PAST_MARKERS.has(word)) return 'past';
  if (SCHEDULING_PARTICIPLES.has(word) && prev && PRESENT_BE.has(prev)) return 'future';
  const participle =
    word === 'set' ||
    IRREGULAR_PAST.has(word) ||
    (word.endsWith('ed') && word.length > 4 && !NOT_PAST.has(word));
  if (participle) return prev && PRESENT_BE.has(prev) ? 'present' : 'past';
  if (REPORTING_PRESENT.has(word)) return 'past';
  if (FIXTURE_VERBS.has(word) && prev && !DETERMINERS.has(prev) && !/['’]s$/.test(prev)) {
    // "resumes" needs only a subject before it; a bare "go" needs a plural one ("voters go", "they go"),
    // since after a name or an adjective it is a noun ("Alarcon, head of…", "a televised address").
    const thirdPerson = word.endsWith('s') && !word.endsWith('ss');
    if (thirdPerson || PLURAL_PRONOUNS.has(prev) || (prev.endsWith('s') && !prev.endsWith('ss')))
      return 'present';
  }
  if (PRESENT_AUXILIARIES.has(word)) return 'present';
  return undefined;
}

/**
 * Whether the token at `i` is "planned to" as its subject's own verb, in the past ("the council
 * planned to reopen"), not the adjective of "the planned summit" nor the passive "was planned to".
 * Read right of a date that comes first ("On Monday, the council planned to reopen the road"), the
 * date is when the plan was made, as with "agreed to" or "vowed to"; left of it ("planned to reopen
 * on Monday") the infinitive's date is still ahead, and `cueOf` says so.
 */
function isPlannedAsVerb(tokensList: Token[], i: number): boolean {
  if (tokensList[i]!.word !== 'planned' || tokensList[i + 1]?.word !== 'to') return false;
  const prev = tokensList[i - 1]?.word;
  return !!prev && !PRESENT_BE.has(prev) && !PAST_BE.has(prev) && !DETERMINERS.has(prev);
}

/**
 * The direction of the date at `[start, end)`: the nearest tense cue in its sentence, looking left
 * first (the verb usually comes before "on Thursday"), and within a verb group the auxiliary wins
 * ("will be held" is future though "held" is past). Undefined when the sentence says nothing.
 */
export function directionAt(text: string, start: number, end: number): Direction | undefined {
  const sentence = sentenceAround(text, start, end);
  const left = tokens(text.slice(sentence.start, start));
  const right = tokens(text.slice(end, sentence.end));
  // Left of the date, nearest first; a future auxiliary up to three words before the verb governs it.
  for (let i = left.length - 1; i >= 0; i--) {
    // "Until Thursday, they had not called": a fronted "until" takes the tense of the main clause.
    if (i === 0 && (left[0]!.word === 'until' || left[0]!.word === 'till')) break;
    const cue = cueOf(left, i);
    if (!cue) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (isFutureAuxiliary(left, j)) return 'future';
    }
    return cue;
  }
  for (let i = 0; i < right.length; i++) {
    if (isPlannedAsVerb(right, i)) return 'past';
    const cue = cueOf(right, i);
    if (cue) return cue;
  }
  return undefined;
}
