/**
 * The date expressions news text uses that chrono-node misses or resolves the wrong way, as regex
 * rules. Each rule reads one match and returns its TIMEX3 value, or nothing when the match turns out
 * not to be a date ("May" the verb, "1500 people"). Rules earlier in the list win ties.
 */
import {
  addDays,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekOf,
  isValidDay,
  weekdayOf,
  type Day,
} from './calendar';
import type { Direction } from './direction';
import {
  CENTURY_ORDINALS,
  MONTH_SOURCE,
  MONTHS,
  NUMBER_SOURCE,
  numberValue,
  ORDINALS,
  SEASON_SOURCE,
  SEASONS,
  WEEKDAY_SOURCE,
  WEEKDAYS,
} from './lexicon';
import { HOLIDAY_SOURCE, HOLIDAYS, holidayKey } from './holidays';
import {
  resolveYearly,
  monthsFrom,
  resolveMonth,
  resolveMonthDay,
  resolveRelativeMonth,
  resolveSeason,
  resolveWeekday,
} from './resolve';
import type { Granularity } from '../types';

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
const bounded = (source: string): RegExp =>
  new RegExp(`(?<![\\w’'/-])(?:${source})(?![\\w’/]|-[A-Za-z]|'(?!s\\b))`, 'gi');

const monthOf = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')];
const isCapitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);
const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

const day = (d: Day): RuleResult => ({ value: formatDay(d), granularity: 'day' });
const week = (d: Day): RuleResult => {
  const w = isoWeekOf(d);
  return { value: formatWeek(w.year, w.week), granularity: 'week' };
};
const month = ([y, m]: [number, number]): RuleResult => ({ value: formatMonth(y, m), granularity: 'month' });
const year = (y: number): RuleResult => ({ value: formatYear(y), granularity: 'year' });

const quarterOf = (d: Day): number => Math.ceil(d.month / 3);

/** Nouns after a four-digit number that show it is a count, not a year. */
const COUNT_NOUNS =
  /^[\s-]*(?:%|percent|people|persons|men|women|children|soldiers|troops|workers|members|students|jobs|cases|deaths|votes|feet|foot|meters|metres|miles|kilometers|km|tons|tonnes|barrels|units|shares|points|dollars|euros|pounds|yen|yuan|rubles|acres|hectares|pages|homes|houses|cars|calories|degrees|hours|minutes|seconds|residents|employees|officers|police|delegates|refugees|prisoners|inmates|patients|copies|words|years?-old|-year|-day|-strong)\b/i;

const relationOf = (word: string | undefined): 'last' | 'next' | 'this' | undefined => {
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
const plausibleYear = (n: number): boolean => n >= 1000 && n <= 2099;

const TIME_OF_DAY =
  '(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)\\s*(?:[A-Z]{2,4}\\s+)?(?:on\\s+)?)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';

export const RULES: DateRule[] = [
  {
    name: 'iso-date',
    pattern: bounded('(\\d{4})-(\\d{2})-(\\d{2})'),
    read: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDay(y, mo, d) ? day({ year: y, month: mo, day: d }) : undefined;
    },
  },
  {
    // "Thursday, April 6, 2000", "Aug. 7, 1998", "March 5 1946"
    name: 'month-day-year',
    pattern: bounded(
      `(?:${WEEKDAY_SOURCE},?\\s+)?(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
    ),
    read: (m) => {
      const mo = monthOf(m[1]!);
      const [d, y] = [Number(m[2]), Number(m[3])];
      return mo && isValidDay(y, mo, d) && plausibleYear(y) ? day({ year: y, month: mo, day: d }) : undefined;
    },
  },
  {
    // "30 May 2018", "12th of June, 2018"
    name: 'day-month-year',
    pattern: bounded(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE}),?\\s+(\\d{4})`),
    read: (m) => {
      const mo = monthOf(m[2]!);
      const [d, y] = [Number(m[1]), Number(m[3])];
      return mo && isValidDay(y, mo, d) && plausibleYear(y) ? day({ year: y, month: mo, day: d }) : undefined;
    },
  },
  {
    // "June 12", "Thursday, April 6", "Sept. 2"; the year comes from the DCT and the tense.
    name: 'month-day',
    pattern: bounded(
      `(?:(last|next|this|coming)\\s+)?(?:(${WEEKDAY_SOURCE}),?\\s+)?(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\s*(?:\\d|:\\d|%|,\\d))`,
    ),
    read: (m, c) => {
      const mo = monthOf(m[3]!);
      if (!mo || !isCapitalised(m[3])) return undefined;
      const d = Number(m[4]);
      const relation = relationOf(m[1]);
      const stated = relation === 'last' ? 'past' : relation === 'next' ? 'future' : undefined;
      const direction = stated ?? c.directionOf(m.index, m.index + m[0].length);
      const resolved = resolveMonthDay(c.dct, mo, d, direction);
      if (!resolved) return undefined;
      // A weekday that agrees with one candidate year picks it ("Thursday, April 6" in a 2000 story).
      if (m[2]) {
        const wanted = WEEKDAYS[lower(m[2])];
        for (const y of [resolved.year, c.dct.year, c.dct.year - 1, c.dct.year + 1]) {
          const candidate = { year: y, month: mo, day: d };
          if (isValidDay(y, mo, d) && weekdayOf(candidate) === wanted) return day(candidate);
        }
      }
      return { ...day(resolved), ...(stated ? { direction: stated } : {}) };
    },
  },
  {
    // The second day of "April 24 and 25", "May 3-5": the bare number takes the first one's month.
    name: 'month-day-second',
    pattern: new RegExp(
      `(?<=\\b(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|or|to|through|until|-|–)\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?![\\w,]*\\s*\\d)`,
      'gi',
    ),
    read: (m, c) => {
      const mo = monthOf(m[1]!);
      const d = Number(m[3]);
      if (!mo || !isCapitalised(m[1]) || d <= Number(m[2])) return undefined;
      const resolved = resolveMonthDay(c.dct, mo, d, c.directionOf(m.index, m.index + m[0].length));
      return resolved ? day(resolved) : undefined;
    },
  },
  {
    // "12 June", "the 12th of June"
    name: 'day-month',
    pattern: bounded(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?!\\s*,?\\s*\\d)`),
    read: (m, c) => {
      const mo = monthOf(m[2]!);
      if (!mo || !isCapitalised(m[2])) return undefined;
      const resolved = resolveMonthDay(
        c.dct,
        mo,
        Number(m[1]),
        c.directionOf(m.index, m.index + m[0].length),
      );
      return resolved ? day(resolved) : undefined;
    },
  },
  {
    // "July 1997", "early January 1998", "mid-June of 2010"
    name: 'month-year',
    pattern: bounded(
      `(?:(?:early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+)?(${MONTH_SOURCE}),?\\s+(?:of\\s+)?(?:(\\d{4})|(this|next|last)\\s+year)`,
    ),
    read: (m, c) => {
      const mo = monthOf(m[1]!);
      const relation = lower(m[3]);
      const y = m[2] ? Number(m[2]) : c.dct.year + (relation === 'next' ? 1 : relation === 'last' ? -1 : 0);
      return mo && isCapitalised(m[1]) && plausibleYear(y) ? month([y, mo]) : undefined;
    },
  },
  {
    // "last June", "next March", "this December"
    name: 'relative-month',
    pattern: bounded(`(last|next|this|past|coming)\\s+(${MONTH_SOURCE})`),
    read: (m, c) => {
      const mo = monthOf(m[2]!);
      const relation = relationOf(m[1]);
      if (!mo || !relation || !isCapitalised(m[2])) return undefined;
      return {
        ...month(resolveRelativeMonth(c.dct, mo, relation)),
        direction: relation === 'last' ? 'past' : relation === 'next' ? 'future' : undefined,
      };
    },
  },
  {
    // "April", "late November", "in mid-March"; "May" only where it cannot be the verb.
    name: 'month',
    pattern: bounded(`(?:(early|late|mid|earlier|later)[\\s-]+)?(${MONTH_SOURCE})`),
    read: (m, c) => {
      const word = m[2]!;
      const mo = monthOf(word);
      if (!mo || !isCapitalised(word) || word.endsWith('.')) return undefined;
      // Otherwise a bare month name needs a preposition before it: "the March on Washington" is no date.
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "the October slaying", "the March accession": a month used as a modifier of a noun.
      const modifier =
        /\bthe\s+$/i.test(c.text.slice(Math.max(0, m.index - 4), m.index)) &&
        /^\s+(?!(?:on|of|to|in|for|at|and|or|is|was|issue|edition)\b)[a-z]{3,}/.test(after);
      // Month names that are nobody's first name and no verb need no context: "January sales fell".
      const unambiguous = /^(?:january|february|september|october|november|december)$/i.test(word);
      if (!m[1] && !modifier && !unambiguous) {
        const before = c.text.slice(Math.max(0, m.index - 12), m.index);
        if (
          !/\b(?:in|since|until|till|by|during|through|throughout|of|from|to|before|after|and|or|for|between|on)\s+$/i.test(
            before,
          )
        )
          return undefined;
      }
      // Abbreviations alone are too often something else ("Mar" in a name, "Dec" as a word).
      if (word.length <= 4 && !['may', 'june', 'july'].includes(word.toLowerCase())) return undefined;
      return month(resolveMonth(c.dct, mo, c.directionOf(m.index, m.index + m[0].length)));
    },
  },
  {
    // "Thanksgiving Day", "last Christmas", "Election Day", "Easter week", "Christmas 1998"
    name: 'holiday',
    pattern: bounded(`(?:(last|next|this)\\s+)?${HOLIDAY_SOURCE}(\\s+week(?!end))?(?:,?\\s+(\\d{4}))?`),
    read: (m, c) => {
      const key = holidayKey(m[2]!);
      const dateIn = key ? HOLIDAYS[key] : undefined;
      if (!dateIn || !isCapitalised(m[2])) return undefined;
      const relation = relationOf(m[1]);
      const stated: Direction | undefined =
        relation === 'last' ? 'past' : relation === 'next' ? 'future' : undefined;
      const resolved = m[4]
        ? dateIn(Number(m[4]))
        : resolveYearly(c.dct, dateIn, stated ?? c.directionOf(m.index, m.index + m[0].length));
      if (!resolved) return undefined;
      const result = m[3] ? week(resolved) : day(resolved);
      return stated ? { ...result, direction: stated } : result;
    },
  },
  {
    // "the week of March 6": the ISO week holding that day.
    name: 'week-of',
    pattern: bounded(
      `the\\s+week\\s+of\\s+(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
    ),
    read: (m, c) => {
      const mo = monthOf(m[1]!);
      const d = Number(m[2]);
      if (!mo) return undefined;
      const resolved = m[3]
        ? isValidDay(Number(m[3]), mo, d)
          ? { year: Number(m[3]), month: mo, day: d }
          : undefined
        : resolveMonthDay(c.dct, mo, d, c.directionOf(m.index, m.index + m[0].length));
      return resolved ? week(resolved) : undefined;
    },
  },
  {
    // "yesterday", "today", "tonight", "tomorrow", "the day before yesterday"
    name: 'deictic-day',
    pattern: bounded(
      `(?:the\\s+day\\s+(before|after)\\s+)?(yesterday|today|tonight|tomorrow)(?:\\s+${PART_OF_DAY})?|this\\s+(?:morning|afternoon|evening)|last\\s+night`,
    ),
    read: (m, c) => {
      const word = lower(m[2] ?? (m[0].toLowerCase().startsWith('last') ? 'yesterday' : 'today'));
      let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (m[1]) offset += lower(m[1]) === 'before' ? -1 : 1;
      return {
        ...day(addDays(c.dct, offset)),
        direction: offset < 0 ? 'past' : offset > 0 ? 'future' : 'present',
      };
    },
  },
  {
    // "Wednesday", "last Friday", "Tuesday morning", "early Sunday", "9 a.m. EST Tuesday", "Friday's"
    name: 'weekday',
    pattern: bounded(
      `(?:(last|next|this|coming|past)\\s+|(?:early|late)\\s+)?${TIME_OF_DAY}?(${WEEKDAY_SOURCE})(?:(?:'s|’s)|\\s+${PART_OF_DAY})?`,
    ),
    read: (m, c) => {
      const word = m[2]!;
      if (!isCapitalised(word)) return undefined;
      const weekday = WEEKDAYS[lower(word)]!;
      const relation = relationOf(m[1]);
      if (relation === 'last') {
        const d = resolveWeekday(addDays(c.dct, -1), weekday, 'past');
        return { ...day(d), direction: 'past' };
      }
      if (relation === 'next' || relation === 'this') {
        const d = resolveWeekday(addDays(c.dct, 1), weekday, 'future');
        return { ...day(d), direction: 'future' };
      }
      if (/(?:'s|’s)$/.test(m[0])) {
        // "Wednesday's ruling" names an event, so the verb's tense says nothing about it:
        // take the nearer of the two Wednesdays, the past one on a tie.
        const back = resolveWeekday(c.dct, weekday, 'past');
        const ahead = resolveWeekday(c.dct, weekday, 'future');
        return day(daysBetween(back, c.dct) <= daysBetween(c.dct, ahead) ? back : ahead);
      }
      return day(resolveWeekday(c.dct, weekday, c.directionOf(m.index, m.index + m[0].length)));
    },
  },
  {
    // "over the weekend", "this weekend", "last weekend": TIMEX3 writes a weekend as its ISO week + "-WE".
    name: 'weekend',
    pattern: bounded('(?:(this\\s+past|last|next|this|coming|the\\s+past|the)\\s+)weekend'),
    read: (m, c) => {
      const relation = lower(m[1]).replace(/\s+/g, ' ');
      const isWeekend = weekdayOf(c.dct) === 0 || weekdayOf(c.dct) === 6;
      let direction: Direction | undefined =
        relation === 'last' || relation.includes('past')
          ? 'past'
          : relation === 'next' || relation === 'coming'
            ? 'future'
            : relation === 'this'
              ? isWeekend
                ? 'present'
                : 'future'
              : c.directionOf(m.index, m.index + m[0].length);
      if (direction === undefined || direction === 'present') direction = isWeekend ? 'present' : 'past';
      // A weekend shares the ISO week of the Monday–Friday before it.
      let anchorDay = c.dct;
      if (direction === 'past' && !(isWeekend && relation !== 'last')) anchorDay = addDays(c.dct, -7);
      if (direction === 'future' && isWeekend) anchorDay = addDays(c.dct, 7);
      if (relation === 'next' && !isWeekend) anchorDay = addDays(c.dct, 7);
      const w = isoWeekOf(anchorDay);
      return { value: `${formatWeek(w.year, w.week)}-WE`, granularity: 'week', direction };
    },
  },
  {
    // "by year-end", "around year end": December of the year in question (TimeBank writes 1989-12).
    name: 'year-end',
    pattern: bounded('(?:the\\s+)?year[\\s-]end'),
    read: (m, c) => {
      const past = c.directionOf(m.index, m.index + m[0].length) === 'past';
      // Early in a year, a year-end told in the past tense is the one just gone.
      const y = past && c.dct.month <= 3 ? c.dct.year - 1 : c.dct.year;
      return month([y, 12]);
    },
  },
  {
    // "the end of the year", "the beginning of next month", "the rest of this week"
    name: 'part-of-unit',
    pattern: bounded(
      'the\\s+(?:end|beginning|start|middle|rest|remainder|close)\\s+of\\s+(the|this|next|last)\\s+(week|month|year)',
    ),
    read: (m, c) => {
      const relation = lower(m[1]);
      const step = relation === 'next' ? 1 : relation === 'last' ? -1 : 0;
      const unit = lower(m[2]);
      if (unit === 'week') return week(addDays(c.dct, 7 * step));
      if (unit === 'month') return month(monthsFrom(c.dct, step));
      return year(c.dct.year + step);
    },
  },
  {
    // "last week", "this month", "next year", "earlier this month", "later this year", "late last year"
    name: 'relative-unit',
    pattern: bounded(
      '(?:(earlier|later|early|late|mid|the\\s+(?:end|beginning|start|middle|rest)\\s+of)[\\s-]+)?(last|next|this|coming|previous|current)\\s+(?:fiscal\\s+|calendar\\s+)?(week|month|quarter|year|decade|century)',
    ),
    read: (m, c) => {
      const relation = relationOf(m[2]);
      if (!relation) return undefined;
      const step = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
      const direction: Direction | undefined = step < 0 ? 'past' : step > 0 ? 'future' : undefined;
      switch (lower(m[3])) {
        case 'week':
          return { ...week(addDays(c.dct, 7 * step)), direction };
        case 'month':
          return { ...month(monthsFrom(c.dct, step)), direction };
        case 'year':
          return { ...year(c.dct.year + step), direction };
        case 'quarter': {
          const index = c.dct.year * 4 + quarterOf(c.dct) - 1 + step;
          return {
            value: `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`,
            granularity: 'quarter',
            direction,
          };
        }
        case 'decade':
          return { value: String(Math.floor(c.dct.year / 10) + step), granularity: 'decade', direction };
        default:
          return {
            value: String(Math.floor(c.dct.year / 100) + step).padStart(2, '0'),
            granularity: 'century',
            direction,
          };
      }
    },
  },
  {
    // "three days ago", "a year ago", "six weeks ago", "almost four years ago", "a decade ago"
    name: 'ago',
    pattern: bounded(
      `(?:(?:about|almost|nearly|some|more\\s+than|less\\s+than|over|just|only)\\s+)?(${NUMBER_SOURCE})\\s+(day|week|month|year|decade)s?\\s+ago`,
    ),
    read: (m, c) => {
      const n = numberValue(m[1]!);
      if (n === undefined) return undefined;
      const unit = lower(m[2]);
      const r =
        unit === 'day'
          ? day(addDays(c.dct, -n))
          : unit === 'week'
            ? week(addDays(c.dct, -7 * n))
            : unit === 'month'
              ? month(monthsFrom(c.dct, -n))
              : unit === 'year'
                ? year(c.dct.year - n)
                : year(c.dct.year - 10 * n);
      return { ...r, direction: 'past' };
    },
  },
  {
    // "several years ago", "a few days ago", "decades ago": too vague for a date, but clearly past.
    name: 'vague-ago',
    pattern: bounded(
      '(?:(?:a\\s+few|several|some|many|a\\s+couple\\s+of|few)\\s+)?(?:days|weeks|months|years|decades|centuries)\\s+ago',
    ),
    read: () => ({ value: 'PAST_REF', direction: 'past' }),
  },
  {
    // "the latest quarter", "the just-ended quarter": the last completed one.
    name: 'latest-quarter',
    pattern: bounded(
      'the\\s+(?:latest|most\\s+recent|just[\\s-]ended|recent|past|previous|prior)\\s+(?:fiscal\\s+)?quarter',
    ),
    read: (_m, c) => {
      const index = c.dct.year * 4 + quarterOf(c.dct) - 2;
      return {
        value: `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`,
        granularity: 'quarter',
        direction: 'past',
      };
    },
  },
  {
    // "the 1990s", "the early 1980s", "mid-1990s", "the '60s"
    name: 'decade',
    pattern: bounded(`(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{3})0|'(\\d)0)(?:'s|’s|s)`),
    read: (m, c) => {
      if (m[1]) return { value: m[1], granularity: 'decade', direction: 'past' };
      const digit = Number(m[2]);
      const centuryStart = Math.floor(c.dct.year / 100) * 10;
      const decade = centuryStart + digit;
      // "the '90s" in a 2018 story means the 1990s.
      return {
        value: String(decade * 10 > c.dct.year ? decade - 10 : decade),
        granularity: 'decade',
        direction: 'past',
      };
    },
  },
  {
    // "the sixties", "the early nineties": a decade in words, always of a past century in news.
    name: 'decade-words',
    pattern: bounded(
      'the\\s+(?:(?:early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
    ),
    read: (m, c) => {
      const tens =
        [
          'twenties',
          'thirties',
          'forties',
          'fifties',
          'sixties',
          'seventies',
          'eighties',
          'nineties',
        ].indexOf(lower(m[1])) + 2;
      const century = Math.floor(c.dct.year / 100) * 10;
      const decade = century + tens <= Math.floor(c.dct.year / 10) ? century + tens : century - 10 + tens;
      return { value: String(decade), granularity: 'decade' };
    },
  },
  {
    // "the 20th century", "the nineteenth century"
    name: 'century',
    pattern: bounded(
      `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(?:the\\s+)?(\\w+(?:-first)?)[\\s-]+century`,
    ),
    read: (m) => {
      const n = m[1] ? Number(m[1]) : CENTURY_ORDINALS[lower(m[2])];
      if (!n) return undefined;
      return { value: String(n - 1).padStart(2, '0'), granularity: 'century' };
    },
  },
  {
    // "the third quarter of 1999", "the fiscal fourth quarter", "Q3 1999", "the first half of 2012"
    name: 'quarter',
    pattern: bounded(
      '(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal[\\s-]+|financial[\\s-]+)?(quarter|half)(?:\\s+of\\s+(?:(?:fiscal|the\\s+(?:fiscal|financial)\\s+)?(?:year\\s+)?(\\d{4})|(this|last|next|the)\\s+year))?|(\\d{4})\\s+(first|second|third|fourth)[\\s-]+(quarter|half)|\\bQ([1-4])\\s*(\\d{4})?',
    ),
    read: (m, c) => {
      const ordinal = lower(m[1] ?? m[6]);
      const unit = lower(m[2] ?? m[7] ?? 'quarter');
      const n = m[8]
        ? Number(m[8])
        : unit === 'half'
          ? ordinal === 'first' || ordinal === '1st'
            ? 1
            : 2
          : ORDINALS[ordinal];
      if (!n) return undefined;
      const explicitYear = m[3] ?? m[5] ?? m[9];
      if (unit === 'half' && !explicitYear && !m[4]) return undefined; // "the second half" of a match
      let y: number;
      if (explicitYear) y = Number(explicitYear);
      else if (m[4] && lower(m[4]) !== 'the')
        y = c.dct.year + (lower(m[4]) === 'last' ? -1 : lower(m[4]) === 'next' ? 1 : 0);
      else {
        // Results are reported after the quarter: a quarter later than the current one is last year's,
        // unless the sentence looks ahead.
        const current = unit === 'half' ? (c.dct.month <= 6 ? 1 : 2) : quarterOf(c.dct);
        const future = c.directionOf(m.index, m.index + m[0].length) === 'future';
        y = n > current && !future ? c.dct.year - 1 : c.dct.year;
      }
      return {
        value: `${formatYear(y)}-${unit === 'half' ? 'H' : 'Q'}${n}`,
        granularity: unit === 'half' ? 'year' : 'quarter',
      };
    },
  },
  {
    // "last fall", "this summer", "the spring of 2012", "summer 2012", "the 2012 summer"
    name: 'season',
    pattern: bounded(
      `(?:(last|next|this|past|coming|early|late|the|in|during|by|until|since|mid)[\\s-]+)?(${SEASON_SOURCE})(?:\\s+(?:of\\s+)?(\\d{4})(?!\\d))?|(\\d{4})\\s+(${SEASON_SOURCE})`,
    ),
    read: (m, c) => {
      const code = SEASONS[lower(m[2] ?? m[5])]!;
      const explicitYear = m[3] ?? m[4];
      if (explicitYear) {
        const y = Number(explicitYear);
        return plausibleYear(y) ? { value: `${formatYear(y)}-${code}`, granularity: 'season' } : undefined;
      }
      const modifier = lower(m[1]);
      if (!modifier) return undefined; // "fall" and "spring" alone are verbs and nouns more often than seasons
      const relation = relationOf(modifier);
      const value = resolveSeason(c.dct, code, relation, c.directionOf(m.index, m.index + m[0].length));
      // Trim prepositions off the span: "in the spring" is the season "the spring".
      const trimmed = ['in', 'during', 'by', 'until', 'since'].includes(modifier);
      return {
        value,
        granularity: 'season',
        ...(trimmed ? { trim: { start: m[0].length - m[2]!.length, end: m[0].length } } : {}),
      };
    },
  },
  {
    // "in 2010", "since 1998", "fiscal 1999", a bare year in a sentence.
    name: 'year',
    pattern: new RegExp(
      `(?<![\\w’'$£€#/-]|\\d[.,])(?:(?:pre|post|mid)-)?(?:(fiscal|FY)\\s*(?:year\\s+)?)?(\\d{4})(?![\\w’/-]|[.,]\\d)`,
      'gi',
    ),
    read: (m, c) => {
      const y = Number(m[2]);
      if (y < 1000 || y > Math.max(2099, c.dct.year + 50)) return undefined;
      const before = c.text.slice(Math.max(0, m.index - 2), m.index);
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (/[$£€#]\s*$/.test(before) || COUNT_NOUNS.test(after)) return undefined;
      // Years far from the DCT need a cue word, otherwise "1500" is likely a count.
      const cue =
        /\b(?:in|since|of|from|until|till|by|to|before|after|during|early|late|mid|the|and|or|between|through|spring|summer|fall|autumn|winter|year|fiscal|-)\s*$/i.test(
          c.text.slice(Math.max(0, m.index - 10), m.index),
        );
      if (!cue && (y < 1900 || y > c.dct.year + 10)) return undefined;
      return year(y);
    },
  },
  {
    // TIMEX3 reference values.
    name: 'present-ref',
    pattern: bounded(
      'now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|current(?=\\s+[a-z])',
    ),
    read: (m, c) => {
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (lower(m[0]) === 'now' && /^-/.test(after)) return undefined; // "now-defunct"
      return { value: 'PRESENT_REF', direction: 'present' };
    },
  },
  {
    name: 'past-ref',
    pattern: bounded(
      `recently|in\\s+the\\s+past(?!\\s+(?:${NUMBER_SOURCE}|several|few|couple)\\b|\\s+(?:days?|weeks?|months?|years?|decades?)\\b)|previously|formerly|in\\s+recent\\s+(?:years|times)|lately`,
    ),
    read: (m) => ({
      value: 'PAST_REF',
      direction: 'past',
      ...(lower(m[0]).startsWith('in ') ? { trim: { start: 3, end: m[0].length } } : {}),
    }),
  },
  {
    name: 'coming-ref',
    // "in the coming weeks", "in recent months": vague, but clearly ahead or behind.
    pattern: bounded(
      '(?:the\\s+)?(coming|next\\s+few|recent|past\\s+few)\\s+(?:days|weeks|months|years|decades)',
    ),
    read: (m) =>
      /coming|next/i.test(m[1]!)
        ? { value: 'FUTURE_REF', direction: 'future' }
        : { value: 'PAST_REF', direction: 'past' },
  },
  {
    name: 'future-ref',
    pattern: bounded('(?:the\\s+)?(?:near\\s+|distant\\s+|foreseeable\\s+)?future(?!s)'),
    read: () => ({ value: 'FUTURE_REF', direction: 'future' }),
  },
];
