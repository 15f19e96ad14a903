/**
 * The day an article's text is written from. News is rewritten through the news cycle: a story first
 * published on Friday and updated on Saturday may say "on Saturday" of that Saturday. The update day
 * is the reference when the page shows it, it follows publication within a few days, and the text
 * speaks from it: it names a weekday that only the days since publication can be. Otherwise an update
 * is a correction to a text that still speaks from its publication day.
 *
 * A wire story's dateline says the day it was written: "BRUSSELS, March 12 (Reuters) -" published on
 * the 13th speaks from the 12th ("on Friday", "today" are the 12th's). A dateline a few days before
 * publication is the reference; one after it, or long before, is not trusted.
 */
import { addDays, daysBetween, formatDay, isValidDay, parseDay, weekdayOf } from './calendar';
import { MONTH_SOURCE, MONTHS } from './lexicon';
import type { PublishedDate } from '../types';

/** How long after publication an update is still the same story being rewritten. */
const REWRITE_DAYS = 3;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "PLACE, Month D (Agency) -": a capitalised place (a few words, commas allowed for "Austin, Texas"),
 * a month and day, an agency in brackets and a dash, at the start of the text.
 */
const DATELINE = new RegExp(
  `^\\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?,\\s+(${MONTH_SOURCE})\\s+(\\d{1,2})\\s*\\([A-Z][\\w .&-]{0,30}\\)\\s*[-–—]`,
  'i',
);

/** The day a dateline at the start of `text` gives, when it is a few days before `date` (or on it). */
function datelineDay(text: string, date: string): string | undefined {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return undefined;
  const month = MONTHS[m[1]!.toLowerCase().replace('.', '')];
  const day = Number(m[2]);
  const published = parseDay(date);
  // A dateline of late December published in early January belongs to the year before.
  for (const year of [published.year, published.year - 1]) {
    if (!month || !isValidDay(year, month, day)) continue;
    const gap = daysBetween({ year, month, day }, published);
    if (gap >= 0 && gap <= REWRITE_DAYS) return formatDay({ year, month, day });
  }
  return undefined;
}

/** The reference date (`YYYY-MM-DD`) for resolving the article's relative dates, or undefined. */
export function referenceDay(published: PublishedDate | undefined, text: string): string | undefined {
  if (!published) return undefined;
  const { updated } = published;
  const date = datelineDay(text, published.date) ?? published.date;
  if (!updated) return date;
  const from = parseDay(date);
  const gap = daysBetween(from, parseDay(updated));
  if (gap <= 0 || gap > REWRITE_DAYS) return date;
  // The weekdays after publication up to the update: named in the text, they tell the rewrite.
  const since = Array.from({ length: gap }, (_, i) => WEEKDAY_NAMES[weekdayOf(addDays(from, i + 1))]!);
  return new RegExp(`\\b(?:${since.join('|')})\\b`).test(text) ? updated : date;
}
