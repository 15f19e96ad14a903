/** The calendar days a TIMEX3 value covers, to tell whether it lies before, around or after a day. */
import { addDays, addMonths, daysInMonth, formatDay, mondayOfIsoWeek, type Day } from './calendar';
import type { Direction } from './direction';

const FIRST_MONTH: Record<string, number> = {
  SP: 3,
  SU: 6,
  FA: 9,
  WI: 12,
  Q1: 1,
  Q2: 4,
  Q3: 7,
  Q4: 10,
  H1: 1,
  H2: 7,
};

/** Months from `year`/`month` for `length` months, as first and last day. */
function months(year: number, month: number, length: number): [Day, Day] {
  const [endYear, endMonth] = addMonths(year, month, length - 1);
  return [
    { year, month, day: 1 },
    { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) },
  ];
}

/**
 * First and last day of a TIMEX3 date value, or undefined for values that are not on the calendar
 * (`PRESENT_REF`, durations). Times of day are dropped; `XX` placeholders widen to the known part.
 */
export function valueSpan(value: string): [Day, Day] | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return [d, d];
  }
  m = /^(\d{4})-W(\d{1,2})(-WE)?/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return [addDays(monday, m[3] ? 5 : 0), addDays(monday, 6)];
  }
  m = /^(\d{4})-(\d{2})(?:-XX)?$/.exec(value);
  if (m) return months(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (m) return months(Number(m[1]), FIRST_MONTH[m[2]!]!, m[2]!.startsWith('H') ? 6 : 3);
  m = /^(\d{4})(?:-XX){0,2}$/.exec(value);
  if (m) return months(Number(m[1]), 1, 12);
  m = /^(\d{3})X?$/.exec(value);
  if (m) return months(Number(m[1]) * 10, 1, 120);
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return months(Number(m[1]) * 100, 1, 1200);
  return undefined;
}

/**
 * Where a value lies from the DCT. Reference values say it themselves; a value that contains the DCT
 * ("this year", "today") takes the tense it was stated with, so "later this month" is future and
 * "earlier this month" past, and is 'present' when the sentence gives no tense.
 */
export function directionFromDct(
  value: string,
  dct: Day,
  stated: Direction | undefined,
): Direction | undefined {
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'PAST_REF') return 'past';
  if (value === 'FUTURE_REF') return 'future';
  const span = valueSpan(value);
  if (!span) return stated;
  const day = formatDay(dct);
  if (day < formatDay(span[0])) return 'future';
  if (day > formatDay(span[1])) return 'past';
  return stated ?? 'present';
}
