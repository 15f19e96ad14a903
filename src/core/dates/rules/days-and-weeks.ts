/** Days and weeks told from the publication date: "yesterday", "Thursday", "over the weekend", "last week", "three days ago". */
import { addDays, daysBetween, formatWeek, formatYear, isoWeekOf, weekdayOf } from '../calendar';
import type { Direction } from '../direction';
import { NUMBER_SOURCE, numberValue, WEEKDAY_SOURCE, WEEKDAYS } from '../lexicon';
import { monthsFrom, resolveWeekday } from '../resolve';
import {
  bounded,
  isCapitalised,
  lower,
  day,
  week,
  month,
  year,
  quarterOf,
  relationOf,
  TIME_OF_DAY,
  PART_OF_DAY,
  type DateRule,
  type RuleResult,
} from './shared';

/**
 * A clock time written before the day ("9 a.m. Tuesday", "4:30 p.m. EDT Thursday") makes the value a
 * TIMEX3 time, `2000-04-04T09:00`; a part of the day ("Tuesday night") does not, as TimeBank's
 * annotators disagree on it. The granularity stays the day's: the timeline places it on its day.
 */
function atClock(result: RuleResult, written: string): RuleResult {
  const clock = /(\d{1,2})(?::(\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?)/i.exec(written);
  if (!clock) return result;
  const hour = Number(clock[1]);
  if (hour < 1 || hour > 12) return result;
  const pm = /^p/i.test(clock[3]!);
  const h24 = (hour % 12) + (pm ? 12 : 0);
  return { ...result, value: `${result.value}T${String(h24).padStart(2, '0')}:${clock[2] ?? '00'}` };
}

export const DAY_AND_WEEK_RULES: DateRule[] = [
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
      // Names, not days: "the Sunday Times", "Black Friday", "Super Tuesday", "Saturday Night Live".
      const before = c.text.slice(Math.max(0, m.index - 8), m.index);
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/\b(?:Black|Super|Ash|Cyber|Bloody|Holy|Palm|Maundy|Good|Giving)\s+$/.test(before) && !m[1])
        return undefined;
      if (
        /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Star|Tribune|Night\s+Live|Morning\s+Post|School|Service|Review)\b/.test(
          after,
        )
      )
        return undefined;
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
      return atClock(
        day(resolveWeekday(c.dct, weekday, c.directionOf(m.index, m.index + m[0].length))),
        m[0],
      );
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
      const unit = lower(m[3]);
      const end = m.index + m[0].length;
      // "over the past week", "in the last week": the seven days up to now, which end in this week.
      // ("the last week of June" is another thing, read by no rule here.)
      if (
        unit === 'week' &&
        !m[1] &&
        /^(?:last|past)$/i.test(m[2]!) &&
        /\bthe\s+$/i.test(c.text.slice(Math.max(0, m.index - 5), m.index))
      ) {
        if (/^\s+of\b/.test(c.text.slice(end, end + 4))) return undefined;
        return { ...week(c.dct), direction: 'past' };
      }
      switch (unit) {
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
          return { value: `${Math.floor(c.dct.year / 10) + step}X`, granularity: 'decade', direction };
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
];
