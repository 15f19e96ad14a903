/**
 * The day an article's text is written from. News is rewritten through the news cycle: a story first
 * published on Friday and updated on Saturday may say "on Saturday" of that Saturday. The update day
 * is the reference when the page shows it, it follows publication within a few days, and the text
 * speaks from it: it names a weekday that only the days since publication can be. Otherwise an update
 * is a correction to a text that still speaks from its publication day.
 */
import { addDays, daysBetween, parseDay, weekdayOf } from './calendar';
import type { PublishedDate } from '../types';

/** How long after publication an update is still the same story being rewritten. */
const REWRITE_DAYS = 3;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The reference date (`YYYY-MM-DD`) for resolving the article's relative dates, or undefined. */
export function referenceDay(published: PublishedDate | undefined, text: string): string | undefined {
  if (!published) return undefined;
  const { date, updated } = published;
  if (!updated) return date;
  const from = parseDay(date);
  const gap = daysBetween(from, parseDay(updated));
  if (gap <= 0 || gap > REWRITE_DAYS) return date;
  // The weekdays after publication up to the update: named in the text, they tell the rewrite.
  const since = Array.from({ length: gap }, (_, i) => WEEKDAY_NAMES[weekdayOf(addDays(from, i + 1))]!);
  return new RegExp(`\\b(?:${since.join('|')})\\b`).test(text) ? updated : date;
}
