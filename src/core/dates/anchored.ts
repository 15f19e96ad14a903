/**
 * Dates told relative to the story's last date rather than to the publication date:
 * "the next day", "the following morning", "that same day", "the following week", "the following
 * Monday", "later that year".
 */
import type { DateMention } from '../types';
import {
  addDays,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekOf,
  mondayOfIsoWeek,
  parseDay,
  type Day,
} from './calendar';
import { NUMBER_SOURCE, numberValue, WEEKDAY_SOURCE, WEEKDAYS } from './lexicon';
import { resolveWeekday } from './resolve';

/** "two days later", "a year earlier", "a week before." (before/after only when they end the clause). */
const COUNTED = new RegExp(
  `(?<![\\w-])(${NUMBER_SOURCE})\\s+(day|week|month|year)s?\\s+(?:(later|earlier)|(before|after)(?=\\s*[,.;:!?)'"”]|\\s*$))(?![\\w-])`,
  'gi',
);

const ANCHORED =
  /(?<![\w-])(?:(the\s+(?:next|following|previous|preceding)|that(?:\s+same)?|the\s+same|(?:earlier|later)\s+that)\s+(day|morning|afternoon|evening|night|month|year)|the\s+day\s+(before|after)(?=\s*[,.;:!?)'"”]|\s*$))(?![\w-])/gi;

/**
 * "the following week", "the previous week", "that same week", "later that week". "the next week" is
 * left out: "over the next week" counts from the publication date.
 */
const ANCHORED_WEEK =
  /(?<![\w-])(?:the\s+(following|previous|preceding)|that(?:\s+same)?|the\s+same|(?:earlier|later)\s+that)\s+week(?![\w-])/gi;

/** "the following Monday", "the previous Friday": the first such weekday after (before) the last day told. */
const ANCHORED_WEEKDAY = new RegExp(
  `(?<![\\w-])the\\s+(following|next|previous|preceding)\\s+(${WEEKDAY_SOURCE})(?![\\w-])`,
  'gi',
);

/**
 * "It is a historic day for the country", "said it was 'a sad day'": a day judged as a whole is the
 * day the sentence speaks of. Only `day` is the date; the adjectives are the ones such verdicts use.
 */
const JUDGED_DAY =
  /(?<![\w-])(?:it|this|today|that)(?:\s+(?:is|was|will\s+be|has\s+been)|['’]s)\s+["“'‘`]*(?:a|an)\s+(?:(?:very|truly|really|most)\s+)?(?:great|historic|historical|momentous|proud|happy|joyful|glorious|good|wonderful|memorable|special|important|significant|big|sad|dark|black|tragic|terrible|painful|difficult|hard|bad|shameful|emotional|solemn)\s+(day)(?![\w-]|['’]s)/gi;

/** The day a day or week value starts on: a week its Monday. */
function dayOf(value: string): Day {
  const week = /^(\d{4})-W(\d{1,2})$/.exec(value);
  return week ? mondayOfIsoWeek(Number(week[1]), Number(week[2])) : parseDay(value);
}

/** The latest mention before `at` whose value is at least as fine as `pattern` requires. */
function anchorBefore(mentions: DateMention[], at: number, pattern: RegExp): DateMention | undefined {
  return mentions.filter((d) => d.end <= at && pattern.test(d.value)).at(-1);
}

/**
 * Finds anchored expressions and resolves each against the nearest date mentioned before it that
 * is fine enough (a day for "the next day", at least a year for "later that year"), or the DCT when
 * there is none. "the day before/after" only counts when it ends a clause: followed by a noun
 * ("the day after his death") it is anchored to an event we cannot date.
 */
export function anchoredDates(text: string, mentions: DateMention[], dct: Day): DateMention[] {
  const out: DateMention[] = [];
  // "the day before last Tuesday", "the day after Christmas": one day off the date that follows.
  for (const m of text.matchAll(/(?<![\w-])(?:the\s+)?day\s+(before|after)\s+/gi)) {
    const next = mentions.find(
      (d) => d.start === m.index + m[0].length && /^\d{4}-\d{2}-\d{2}$/.test(d.value),
    );
    if (!next) continue;
    const value = formatDay(addDays(parseDay(next.value), m[1]!.toLowerCase() === 'before' ? -1 : 1));
    out.push({
      start: m.index,
      end: next.end,
      text: text.slice(m.index, next.end),
      value,
      granularity: 'day',
    });
  }
  for (const m of text.matchAll(ANCHORED)) {
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[2] ?? 'day').toLowerCase();
    const step = m[3]
      ? m[3].toLowerCase() === 'before'
        ? -1
        : 1
      : /next|following/.test(lead)
        ? 1
        : /previous|preceding/.test(lead)
          ? -1
          : 0;
    let value: string;
    if (unit === 'year') {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}(?:-|$)/);
      value = formatYear((anchor ? Number(anchor.value.slice(0, 4)) : dct.year) + step);
    } else if (unit === 'month') {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}-\d{2}(?:-\d{2})?$/);
      const [y, mo] = anchor
        ? [Number(anchor.value.slice(0, 4)), Number(anchor.value.slice(5, 7))]
        : [dct.year, dct.month];
      const index = y * 12 + mo - 1 + step;
      value = formatMonth(Math.floor(index / 12), (index % 12) + 1);
    } else {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}-\d{2}-\d{2}$/);
      // The story's last date told only its month ("killed last October … that same day"): the day
      // is one of that month's, which one the text does not say.
      const month = anchorBefore(mentions, m.index, /^\d{4}-\d{2}$/);
      value =
        month && (!anchor || month.start > anchor.start)
          ? `${month.value}-XX`
          : formatDay(addDays(anchor ? parseDay(anchor.value) : dct, step));
    }
    const granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, granularity });
  }
  for (const m of text.matchAll(JUDGED_DAY)) {
    // "It is a great day": the reference day; "it was a great day": the last day the text told.
    const present = !/\b(?:was|has\s+been)\b/i.test(m[0]);
    const anchor = present ? undefined : anchorBefore(mentions, m.index, /^\d{4}-\d{2}-\d{2}$/);
    const start = m.index + m[0].length - 3;
    out.push({
      start,
      end: start + 3,
      text: m[1]!,
      value: formatDay(anchor ? parseDay(anchor.value) : dct),
      granularity: 'day',
    });
  }
  for (const m of text.matchAll(ANCHORED_WEEK)) {
    const step = m[1] ? (m[1].toLowerCase() === 'following' ? 1 : -1) : 0;
    const anchor = anchorBefore(mentions, m.index, /^\d{4}-(?:\d{2}-\d{2}|W\d{1,2})$/);
    const w = isoWeekOf(addDays(anchor ? dayOf(anchor.value) : dct, 7 * step));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: formatWeek(w.year, w.week),
      granularity: 'week',
    });
  }
  for (const m of text.matchAll(ANCHORED_WEEKDAY)) {
    // Weekday names are capitalised: "the following sunday school" is not a date.
    if (!/^[A-Z]/.test(m[2]!)) continue;
    const later = /following|next/i.test(m[1]!);
    const anchor = anchorBefore(mentions, m.index, /^\d{4}-\d{2}-\d{2}$/);
    const from = anchor ? parseDay(anchor.value) : dct;
    const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
    const day = later
      ? resolveWeekday(addDays(from, 1), weekday, 'future')
      : resolveWeekday(addDays(from, -1), weekday, 'past');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: formatDay(day),
      granularity: 'day',
    });
  }
  for (const m of text.matchAll(COUNTED)) {
    const n = numberValue(m[1]!);
    if (n === undefined) continue;
    const sign = /later|after/i.test(m[3] ?? m[4] ?? '') ? 1 : -1;
    const unit = m[2]!.toLowerCase();
    const anchorDay = anchorBefore(mentions, m.index, /^\d{4}-\d{2}-\d{2}$/);
    const anchorAny = anchorBefore(mentions, m.index, /^\d{4}(?:-\d{2})?(?:-\d{2})?$/);
    let value: string;
    let granularity: 'day' | 'week' | 'month' | 'year';
    if (unit === 'day' || unit === 'week') {
      const from = anchorDay ? parseDay(anchorDay.value) : dct;
      const d = addDays(from, sign * n * (unit === 'day' ? 1 : 7));
      if (unit === 'day') [value, granularity] = [formatDay(d), 'day'];
      else {
        const w = isoWeekOf(d);
        [value, granularity] = [formatWeek(w.year, w.week), 'week'];
      }
    } else {
      const [y, mo] = anchorAny
        ? [Number(anchorAny.value.slice(0, 4)), Number(anchorAny.value.slice(5, 7)) || dct.month]
        : [dct.year, dct.month];
      if (unit === 'year') [value, granularity] = [formatYear(y + sign * n), 'year'];
      else {
        const index = y * 12 + mo - 1 + sign * n;
        [value, granularity] = [formatMonth(Math.floor(index / 12), (index % 12) + 1), 'month'];
      }
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, granularity });
  }
  return out;
}
