/**
 * Dates written at the granularity they are known to: "31 May 2018", "May 2018", "2018".
 * Formatting goes through UTC so a reader west of Greenwich does not see the day before.
 */
import { dateLocale } from '../shared/i18n';

export type DateGranularity = 'day' | 'month' | 'year';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The granularity an ISO date string is written at, or null if it is not `YYYY[-MM[-DD]]`. */
export function granularityOf(iso: string): DateGranularity | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/**
 * @param iso `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @param granularity Defaults to what the string itself carries; a coarser one drops the detail.
 * @returns The date in the catalogue's locale, or `iso` unchanged when it cannot be read.
 */
export function formatDate(iso: string, granularity?: DateGranularity, locale = dateLocale()): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const written = granularityOf(iso) ?? 'year';
  const order: DateGranularity[] = ['day', 'month', 'year'];
  // Never claim more precision than the string has.
  const level = order[Math.max(order.indexOf(written), order.indexOf(granularity ?? written))] ?? 'year';
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

/** The year an ISO date belongs to, for grouping a long timeline. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
