/** Turning TIMEX3 values into something a timeline can sort and print. */
import { addDays, formatDay, formatMonth, formatYear, mondayOfIsoWeek } from './calendar';
import { SEASON_START } from './lexicon';

export interface TimelineDate {
  /** ISO at its granularity: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  granularity: 'day' | 'month' | 'year';
}

/**
 * The timeline position of a TIMEX3 value, or null for values with no place on a calendar
 * (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, durations, underspecified `XXXX` values).
 *
 * Conventions: a day keeps its day (a time is dropped); a week becomes its Monday at day
 * granularity, so "next week" sorts after "Friday", and a weekend (`-WE`) its Saturday; seasons, quarters and halves become their first
 * month; a decade (`199`, `199X`) its first year; a century (`19`) its first year (1900).
 */
export function toTimelineDate(value: string): TimelineDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return { date: `${m[1]}-${m[2]}-${m[3]}`, granularity: 'day' };
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return { date: formatDay(m[3] ? addDays(monday, 5) : monday), granularity: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { date: `${m[1]}-${m[2]}`, granularity: 'month' };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { date: formatMonth(Number(m[1]), SEASON_START[m[2]!]!), granularity: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { date: formatMonth(Number(m[1]), (Number(m[2]) - 1) * 3 + 1), granularity: 'month' };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { date: formatMonth(Number(m[1]), m[2] === '1' ? 1 : 7), granularity: 'month' };
  m = /^(\d{4})(?:-XX(?:-XX)?)?$/.exec(value);
  if (m) return { date: m[1]!, granularity: 'year' };
  m = /^(\d{3})X?$/.exec(value);
  if (m) return { date: formatYear(Number(m[1]) * 10), granularity: 'year' };
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return { date: formatYear(Number(m[1]) * 100), granularity: 'year' };
  return null;
}
