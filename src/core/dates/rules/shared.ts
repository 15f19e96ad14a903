/** What every date rule shares: its types, word boundaries, and helpers that write TIMEX3 values. */
import { formatDay, formatMonth, formatWeek, formatYear, isoWeekOf, type Day } from '../calendar';
import type { Direction } from '../direction';
import { MONTHS } from '../lexicon';
import type { Granularity } from '../../types';

/** What a rule needs to know besides its match. */
export interface RuleContext {
  text: string;
  dct: Day;
  /** Tense-derived direction of the span, computed on demand. */
  directionOf(start: number, end: number): Direction | undefined;
}

/** A rule's reading of one match. `direction` is set when the words themselves say it ("next", "ago"). */
export interface RuleResult {
  value: string;
  granularity?: Granularity;
  direction?: Direction;
  /** Trim the match to a sub-span (offsets relative to the match start). */
  trim?: { start: number; end: number };
}

export interface DateRule {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray, context: RuleContext): RuleResult | undefined;
}

/** Wraps a source in word boundaries that also respect hyphens and apostrophes. */
export const bounded = (source: string): RegExp =>
  new RegExp(`(?<![\\w’'/-])(?:${source})(?![\\w’/]|-[A-Za-z]|'(?!s\\b))`, 'gi');

/** Month number of a month word or abbreviation ("Sept." → 9). */
export const monthOf = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')];
/** Month and weekday names count only capitalised: "may" and "march" are verbs. */
export const isCapitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);
/** Lower-cases an optional capture group. */
export const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

/** TIMEX3 results at each granularity. */
export const day = (d: Day): RuleResult => ({ value: formatDay(d), granularity: 'day' });
export const week = (d: Day): RuleResult => {
  const w = isoWeekOf(d);
  return { value: formatWeek(w.year, w.week), granularity: 'week' };
};
export const month = ([y, m]: [number, number]): RuleResult => ({
  value: formatMonth(y, m),
  granularity: 'month',
});
export const year = (y: number): RuleResult => ({ value: formatYear(y), granularity: 'year' });

/** 1–4. */
export const quarterOf = (d: Day): number => Math.ceil(d.month / 3);

/** Words after a four-digit number that show it is a count or a clock time ("1930 GMT"), not a year. */
export const COUNT_NOUNS =
  /^[\s-]*(?:%|percent|people|persons|men|women|children|soldiers|troops|workers|members|students|jobs|cases|deaths|votes|feet|foot|meters|metres|miles|kilometers|km|tons|tonnes|barrels|units|shares|points|dollars|euros|pounds|yen|yuan|rubles|acres|hectares|pages|homes|houses|cars|calories|degrees|hours|minutes|seconds|residents|employees|officers|police|delegates|refugees|prisoners|inmates|patients|copies|words|years?-old|-year|-day|-strong|GMT|UTC|EST|EDT|CET|BST|hrs|local\s+time)\b/i;

/** Words after a number that make it a house number: "1119 Elm Street", "10 Downing St". */
export const STREET =
  /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Square|Highway|Hwy|Parkway)\b/u;

/** "last"/"past"/"previous" → last, "next"/"coming"/"following" → next, "this"/"current" → this. */
export const relationOf = (word: string | undefined): 'last' | 'next' | 'this' | undefined => {
  switch (lower(word)) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
    case 'following':
      return 'next';
    case 'this':
    case 'current':
      return 'this';
    default:
      return undefined;
  }
};

/** "2012" in "summer 2012" etc.: a plausible year in a news story. */
export const plausibleYear = (n: number): boolean => n >= 1000 && n <= 2099;

/** "9 a.m. EST" before a weekday: the time is dropped, the day kept. */
export const TIME_OF_DAY =
  '(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)\\s*(?:[A-Z]{2,4}\\s+)?(?:on\\s+)?)';
/** "Tuesday morning" is Tuesday. */
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';
