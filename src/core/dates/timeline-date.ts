/** Turning TIMEX3 values into something a timeline can sort and print. */
import { addDays, formatDay, formatMonth, formatYear, mondayOfIsoWeek } from './calendar';
import { SEASON_START } from './lexicon';
import type { Granularity } from '../types';

export interface TimelineDate {
  /** Where it sorts, as ISO: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a week its Monday, a season its first month). */
  date: string;
  /** The granularity the text gave: a week stays a week, a decade a decade. */
  granularity: Granularity;
}

/**
 * The timeline position of a TIMEX3 value, or null for values with no place on a calendar
 * (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, durations, underspecified `XXXX` values).
 *
 * Conventions: a day keeps its day (a time is dropped), a day of a known month only (`1998-10-XX`)
 * sorts as that month; a week sorts at its Monday, a weekend (`-WE`)
 * at its Saturday; seasons, quarters and halves at their first month; a decade (`199`, `199X`) at
 * its first year; a century (`19`) at its first year (1900). Each keeps its own granularity.
 */
export function toTimelineDate(value: string): TimelineDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return { date: `${m[1]}-${m[2]}-${m[3]}`, granularity: 'day' };
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return { date: formatDay(m[3] ? addDays(monday, 5) : monday), granularity: 'week' };
  }
  m = /^(\d{4})-(\d{2})(?:-XX)?$/.exec(value);
  if (m) return { date: `${m[1]}-${m[2]}`, granularity: 'month' };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { date: formatMonth(Number(m[1]), SEASON_START[m[2]!]!), granularity: 'season' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { date: formatMonth(Number(m[1]), (Number(m[2]) - 1) * 3 + 1), granularity: 'quarter' };
  m = /^(\d{4})-H([12])$/.exec(value);
  // A half is no month: "the first half of 2020" is not "January 2020".
  if (m) return { date: formatMonth(Number(m[1]), m[2] === '1' ? 1 : 7), granularity: 'half' };
  m = /^(\d{4})(?:-XX(?:-XX)?)?$/.exec(value);
  if (m) return { date: m[1]!, granularity: 'year' };
  m = /^(\d{3})X?$/.exec(value);
  if (m) return { date: formatYear(Number(m[1]) * 10), granularity: 'decade' };
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return { date: formatYear(Number(m[1]) * 100), granularity: 'century' };
  return null;
}
