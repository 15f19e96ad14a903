/**
 * Dates in the extension's UI (popup timeline, story so far), in the catalogue's locale: a thin
 * wrapper over the pure core/dates/format-date, which takes the locale as an argument.
 */
import {
  formatIsoDate,
  formatTimelineDate,
  granularityOf,
  type DateGranularity,
} from '../core/dates/format-date';
import type { Granularity } from '../core/types';
import { dateLocale } from '../shared/i18n';

export { granularityOf, type DateGranularity };

/**
 * @param iso `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @param granularity Defaults to what the string itself carries; a coarser one drops the detail.
 * @returns The date in the catalogue's locale, or `iso` unchanged when it cannot be read.
 */
export function formatDate(iso: string, granularity?: DateGranularity, locale = dateLocale()): string {
  return formatIsoDate(iso, granularity, locale);
}

/** A timeline item's date at the granularity the article gave ("the 1990s", "the week of 2 December 2018"). */
export function formatEventDate(
  event: { date: string; granularity: Granularity; value?: string },
  locale = dateLocale(),
): string {
  return formatTimelineDate(event.date, event.granularity, event.value, locale);
}

/** The year an ISO date belongs to, for grouping a long timeline. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
