/**
 * Dates written at the granularity they are known to: "31 May 2018", "May 2018", "2018". Pure and
 * locale-aware through Intl, so the popup, the card and the CLI all write dates the same way.
 * Formatting goes through UTC so a reader west of Greenwich does not see the day before.
 */
import type { Granularity } from '../types';

export type DateGranularity = 'day' | 'month' | 'year';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ORDER: DateGranularity[] = ['day', 'month', 'year'];

/** The granularity an ISO date string is written at, or null if it is not `YYYY[-MM[-DD]]`. */
export function granularityOf(iso: string): DateGranularity | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/**
 * @param iso `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @param granularity Defaults to what the string itself carries; a coarser one drops the detail.
 * @param locale A BCP 47 tag; an unknown one falls back to British English (day month year).
 * @returns The date in that locale, or `iso` unchanged when it cannot be read.
 */
export function formatIsoDate(iso: string, granularity?: DateGranularity, locale = 'en-GB'): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const written = granularityOf(iso) ?? 'year';
  // Never claim more precision than the string has.
  const level = ORDER[Math.max(ORDER.indexOf(written), ORDER.indexOf(granularity ?? written))] ?? 'year';
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    level === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : level === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const QUARTER_NAMES = ['first', 'second', 'third', 'fourth'];

/**
 * A timeline date as a reader says it, at the granularity the article gave: "31 May 2018",
 * "May 2018", "2018", "the week of 2 December 2018", "summer 2012", "the third quarter of 2019",
 * "the first half of 2020",
 * "the 1990s", "the 1800s". `date` is where the item sorts (a week's Monday, a decade's first
 * year); `value` is its TIMEX3 value, which knows the season or quarter.
 */
export function formatTimelineDate(
  date: string,
  granularity: Granularity,
  value = '',
  locale = 'en-GB',
): string {
  const year = date.slice(0, 4);
  switch (granularity) {
    case 'week':
      return `the week of ${formatIsoDate(date, 'day', locale)}`;
    case 'season': {
      const season = SEASON_NAMES[/-(SP|SU|FA|WI)$/.exec(value)?.[1] ?? ''];
      return season ? `${season} ${year}` : formatIsoDate(date, 'month', locale);
    }
    case 'quarter': {
      const quarter = QUARTER_NAMES[Number(/-Q([1-4])$/.exec(value)?.[1] ?? 0) - 1];
      return quarter ? `the ${quarter} quarter of ${year}` : formatIsoDate(date, 'month', locale);
    }
    case 'half': {
      const half = /-H([12])$/.exec(value)?.[1];
      return half ? `the ${half === '1' ? 'first' : 'second'} half of ${year}` : year;
    }
    case 'decade':
      return `the ${year.slice(0, 3)}0s`;
    case 'century':
      return `the ${year.slice(0, 2)}00s`;
    default:
      return formatIsoDate(date, granularity, locale);
  }
}
