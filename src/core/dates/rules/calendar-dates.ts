/** Dates written on the calendar: "June 12", "Aug. 7, 1998", "July 1997", "April", "last June", holidays, "the week of March 6". */
import { isValidDay, weekdayOf, type Day } from '../calendar';
import type { Direction } from '../direction';
import { MONTH_SOURCE, WEEKDAY_SOURCE, WEEKDAYS } from '../lexicon';
import { HOLIDAY_SOURCE, HOLIDAYS, holidayKey } from '../holidays';
import { resolveYearly, resolveMonth, resolveMonthDay, resolveRelativeMonth } from '../resolve';
import {
  bounded,
  monthOf,
  isCapitalised,
  lower,
  day,
  week,
  month,
  relationOf,
  plausibleYear,
  type DateRule,
} from './shared';

/**
 * A weekday written with the date picks the year it agrees with ("Thursday, April 6" is 2000 in a
 * 2000 story, whatever the tense), trying the resolved year first; if none agrees, the resolved day.
 */
function agreeingWeekday(resolved: Day, dctYear: number, weekday: number): Day {
  for (const y of [resolved.year, dctYear, dctYear - 1, dctYear + 1]) {
    const candidate = { year: y, month: resolved.month, day: resolved.day };
    if (isValidDay(y, resolved.month, resolved.day) && weekdayOf(candidate) === weekday) return candidate;
  }
  return resolved;
}

export const CALENDAR_DATE_RULES: DateRule[] = [
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
    pattern: bounded(
      `(?:${WEEKDAY_SOURCE},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE}),?\\s+(\\d{4})`,
    ),
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
      if (m[2]) return day(agreeingWeekday(resolved, c.dct.year, WEEKDAYS[lower(m[2])]!));
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
    // "12 June", "the 12th of June", "Thursday 12 June" (British order)
    name: 'day-month',
    pattern: bounded(
      `(?:(${WEEKDAY_SOURCE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?!\\s*,?\\s*\\d)`,
    ),
    read: (m, c) => {
      const mo = monthOf(m[3]!);
      if (!mo || !isCapitalised(m[3])) return undefined;
      const d = Number(m[2]);
      const resolved = resolveMonthDay(c.dct, mo, d, c.directionOf(m.index, m.index + m[0].length));
      if (!resolved) return undefined;
      return day(m[1] ? agreeingWeekday(resolved, c.dct.year, WEEKDAYS[lower(m[1])]!) : resolved);
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
      // "Theresa May said", "spoke to May": the month is followed by punctuation or a small word.
      if (
        mo === 5 &&
        !m[1] &&
        /^\s+(?!(?:in|of|to|and|or|when|after|before|with|for|at|the|this|that|as|until|last|next)\b)[a-z]/.test(
          after,
        )
      )
        return undefined;
      if (mo === 5 && !m[1] && /\bto\s+$/i.test(c.text.slice(Math.max(0, m.index - 4), m.index)))
        return undefined;
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
];
