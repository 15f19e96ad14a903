/**
 * Dates told from a happening rather than from a date: "the day after his death", "ten days before
 * the murder", "in the weeks before the explosion". The happening is dated where the text dates it
 * ("the May 2 shooting", "was shot on the steps of city hall on May 2"), and the expression is
 * resolved from that day. A happening the text never dates leaves the expression undated.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { DateMention, Granularity } from '../types';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekOf,
  parseDay,
  type Day,
} from './calendar';
import { closesAbbreviation } from '../text/abbreviations';
import { sentenceAround } from './direction';
import { NUMBER_SOURCE, numberValue } from './lexicon';

/**
 * Words that name a happening, grouped by the happening they name: a story that calls a killing
 * "the slaying", "the shooting" and "his death" tells one happening. Verbs are marked: a verb takes a
 * bare date after it ("killed Thursday"), a noun only through a preposition ("the killing on May 2"),
 * since in "was indicted for murder on Monday" the day belongs to the indictment.
 */
const HAPPENING_WORDS: Record<string, { nouns: string[]; verbs: string[] }> = {
  killing: {
    nouns: ['killing', 'slaying', 'murder', 'shooting', 'death', 'assassination'],
    verbs: ['killed', 'slain', 'murdered', 'shot', 'died', 'assassinated'],
  },
  attack: { nouns: ['attack', 'bombing', 'blast', 'explosion'], verbs: ['attacked', 'bombed', 'exploded'] },
  vote: { nouns: ['election', 'vote', 'referendum', 'ballot'], verbs: ['elected', 'voted'] },
  meeting: { nouns: ['summit', 'meeting'], verbs: ['met'] },
  arrest: { nouns: ['arrest'], verbs: ['arrested'] },
  crash: { nouns: ['crash'], verbs: ['crashed'] },
  resignation: { nouns: ['resignation'], verbs: ['resigned'] },
  ruling: { nouns: ['ruling', 'verdict'], verbs: ['ruled'] },
  quake: { nouns: ['earthquake', 'quake'], verbs: [] },
};

interface HappeningWord {
  happening: string;
  verb: boolean;
}

const LEXICON = new Map<string, HappeningWord>(
  Object.entries(HAPPENING_WORDS).flatMap(([happening, { nouns, verbs }]) => [
    ...nouns.map((w): [string, HappeningWord] => [w, { happening, verb: false }]),
    ...verbs.map((w): [string, HappeningWord] => [w, { happening, verb: true }]),
  ]),
);

/** How many words may stand between a date and the happening it dates. */
const MAX_GAP_WORDS = 8;
/** How many words may open the happening's phrase before its head: "the mayor was shot", "a gunman killed". */
const MAX_LEAD_WORDS = 4;

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

/**
 * Where the phrase at the start of `s` ends: at punctuation, or at a full stop that closes no
 * abbreviation ("the day after Dr. Adler died" goes on past "Dr.").
 */
function phraseEnd(s: string): number {
  for (const m of s.matchAll(/[,;:()!?"“”]|\.\s/g)) if (!closesAbbreviation(s, m.index)) return m.index;
  return -1;
}

/** The happening-naming word at the start of `s`, after at most `lead` other words and no punctuation. */
function happeningAhead(s: string, lead: number): HappeningWord | undefined {
  const stop = phraseEnd(s);
  const words = [...(stop < 0 ? s : s.slice(0, stop)).matchAll(WORD)].slice(0, lead + 1);
  for (const w of words) {
    const found = LEXICON.get(w[0].toLowerCase());
    if (found) return found;
  }
  return undefined;
}

interface DatedHappening {
  happening: string;
  /** Where the date that dates it sits. */
  at: number;
  value: string;
}

/** A value an anchor can be: a day or a month with its year ("1998-10-23", "1998-10"). */
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * Where the text dates a happening: a date just before its word ("the May 2 shooting", "last month's
 * shooting death"), or after it in the same clause, bare after a verb ("killed Thursday") or through
 * a preposition ("died in hospital on May 2", "the blast on Feb. 3").
 */
function datedHappenings(text: string, mentions: readonly DateMention[]): DatedHappening[] {
  const out: DatedHappening[] = [];
  for (const d of mentions) {
    if (!DAY_OR_MONTH.test(d.value)) continue;
    const sentence = sentenceAround(text, d.start, d.end);
    // Before the word: at most one word between ("the May 2 mall shooting").
    const after = text.slice(d.end, sentence.end).replace(/^['’]s\b/, '');
    const ahead = happeningAhead(after, 1);
    if (ahead) out.push({ happening: ahead.happening, at: d.start, value: d.value });
    // After the word: look back from the date through the clause. Every happening word there counts:
    // in "died in a car crash on Aug. 9" the date dates both the death and the crash.
    const before = text.slice(sentence.start, d.start);
    const clause = before.slice(before.search(/[^,;:()]*$/));
    const words = [...clause.matchAll(WORD)].map((m) => m[0].toLowerCase());
    for (let gap = 0; gap <= MAX_GAP_WORDS && gap < words.length; gap++) {
      const found = LEXICON.get(words[words.length - 1 - gap]!);
      if (!found) continue;
      const between = words.slice(words.length - gap);
      const viaPreposition = /^(?:on|in|of|during|at)$/.test(between.at(-1) ?? '');
      if (viaPreposition || (found.verb && gap === 0)) {
        out.push({ happening: found.happening, at: d.start, value: d.value });
      }
    }
  }
  return out;
}

/**
 * "the day after", "ten days before", "in the weeks before", "days after", "two years after", each
 * followed by the happening it is told from.
 */
const FROM_HAPPENING = new RegExp(
  `(?<![\\w-])(?:(the\\s+day)|(${NUMBER_SOURCE})\\s+(day|week|month|year)s?|(?:the\\s+(?:(?:final|last|first|few)\\s+)?)?(days|weeks))\\s+(before|after|following|preceding|prior\\s+to|leading\\s+up\\s+to)\\s+`,
  'gi',
);

/** A day or month value moved `n` units, or undefined when the anchor is coarser than the unit. */
function shifted(
  anchor: string,
  unit: 'day' | 'week' | 'month' | 'year',
  n: number,
): [string, Granularity] | undefined {
  const isDay = anchor.length === 10;
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7));
  if (unit === 'year') return [formatYear(y + n), 'year'];
  if (unit === 'month') return [formatMonth(...addMonths(y, m, n)), 'month'];
  if (!isDay) return undefined;
  const d = addDays(parseDay(anchor), unit === 'day' ? n : 7 * n);
  if (unit === 'day') return [formatDay(d), 'day'];
  const w = isoWeekOf(d);
  return [formatWeek(w.year, w.week), 'week'];
}

/**
 * "in the days before X" is a stretch of a few days, "the weeks after X" of a few weeks: TIMEX3 gives
 * such a stretch the month it mostly lies in, found from a point a few days (or two weeks) off the
 * happening's day. A happening dated only by its month gives that month.
 */
function stretchMonth(anchor: string, unit: 'days' | 'weeks', sign: number): string {
  if (anchor.length === 7) return anchor;
  const d: Day = addDays(parseDay(anchor), sign * (unit === 'days' ? 3 : 14));
  return formatMonth(d.year, d.month);
}

/**
 * Expressions told from a happening the text dates elsewhere, resolved from that date. The nearest
 * dating before the expression wins; a happening dated only later in the text is dated from there.
 */
export function eventAnchoredDates(text: string, mentions: readonly DateMention[]): DateMention[] {
  return runToEnd(eventAnchoredDatesSteps(text, mentions));
}

/** Dates or matches read between two chances to pause. */
const READ_PER_STEP = 32;

/** `eventAnchoredDates` as steps (`core/steps.ts`). */
export function* eventAnchoredDatesSteps(
  text: string,
  mentions: readonly DateMention[],
): Steps<DateMention[]> {
  const pause = pacer(READ_PER_STEP);
  const dated: DatedHappening[] = [];
  for (const d of mentions) {
    if (pause()) yield;
    dated.push(...datedHappenings(text, [d]));
  }
  if (dated.length === 0) return [];
  yield;
  const out: DateMention[] = [];
  for (const m of text.matchAll(FROM_HAPPENING)) {
    if (pause()) yield;
    const end = m.index + m[0].length;
    const head = happeningAhead(text.slice(end), MAX_LEAD_WORDS);
    if (!head) continue;
    const sameHappening = dated.filter((h) => h.happening === head.happening);
    const anchor =
      sameHappening.filter((h) => h.at < m.index).at(-1) ?? sameHappening.find((h) => h.at > end);
    if (!anchor) continue;
    const sign = /^(?:after|following)$/i.test(m[5]!) ? 1 : -1;
    let resolved: [string, Granularity] | undefined;
    if (m[1]) resolved = shifted(anchor.value, 'day', sign);
    else if (m[2]) {
      const n = numberValue(m[2]);
      const unit = m[3]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
      if (n !== undefined) resolved = shifted(anchor.value, unit, sign * n);
    } else {
      const unit = m[4]!.toLowerCase() === 'days' ? 'days' : 'weeks';
      resolved = [stretchMonth(anchor.value, unit, sign), 'month'];
    }
    if (!resolved) continue;
    // The span is the time expression with its "before"/"after"; the happening is not a date.
    const start = m.index;
    const spanEnd = end - (m[0].length - m[0].trimEnd().length);
    out.push({
      start,
      end: spanEnd,
      text: text.slice(start, spanEnd),
      value: resolved[0],
      granularity: resolved[1],
    });
  }
  return out;
}
