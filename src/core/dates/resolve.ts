/**
 * Anchoring underspecified dates to the publication date (DCT) in a given direction.
 * "Thursday" in a Wednesday story is tomorrow if the verb is future and last week's if past;
 * "June 12" and "April" take the year that puts them nearest the DCT unless the tense says otherwise.
 */
import { addDays, addMonths, daysBetween, isValidDay, weekdayOf, type Day } from './calendar';
import type { Direction } from './direction';
import { SEASON_START } from './lexicon';

/**
 * The day with `weekday` (0 = Sunday) nearest the DCT in `direction`. The DCT's own weekday is the DCT
 * itself (AP style names today's weekday). Present and unknown directions look back, as news reports
 * mostly tell what happened.
 */
export function resolveWeekday(dct: Day, weekday: number, direction: Direction | undefined): Day {
  const delta = weekday - weekdayOf(dct);
  // "The hearing is Thursday": a present-tense weekday in news is a fixture, hence coming.
  if (direction === 'future' || direction === 'present') return addDays(dct, (delta + 7) % 7);
  return addDays(dct, -((7 - delta) % 7));
}

/**
 * A yearly date without a year ("June 12", "Thanksgiving"). The year is the one nearest the DCT, but
 * a past or future tense moves the date to that side when the other candidate is not far off (within
 * about eight months).
 */
export function resolveYearly(
  dct: Day,
  dateIn: (year: number) => Day | undefined,
  direction: Direction | undefined,
): Day | undefined {
  const candidates: Day[] = [];
  for (const year of [dct.year - 1, dct.year, dct.year + 1]) {
    const d = dateIn(year);
    if (d) candidates.push(d);
  }
  if (candidates.length === 0) return undefined;
  const distance = (d: Day) => daysBetween(dct, d);
  const nearest = candidates.reduce((a, b) => (Math.abs(distance(b)) < Math.abs(distance(a)) ? b : a));
  if (direction === 'past' && distance(nearest) > 0) {
    const earlier = candidates.filter((d) => distance(d) <= 0).at(-1);
    if (earlier && -distance(earlier) < 240) return earlier;
  }
  if (direction === 'future' && distance(nearest) < 0) {
    const later = candidates.find((d) => distance(d) >= 0);
    if (later && distance(later) < 240) return later;
  }
  return nearest;
}

/** A month/day without a year, resolved as {@link resolveYearly} does. */
export function resolveMonthDay(
  dct: Day,
  month: number,
  day: number,
  direction: Direction | undefined,
): Day | undefined {
  return resolveYearly(
    dct,
    (year) => (isValidDay(year, month, day) ? { year, month, day } : undefined),
    direction,
  );
}

/** A month name without a year, as [year, month]: the current month's year when nearest, else by tense. */
export function resolveMonth(dct: Day, month: number, direction: Direction | undefined): [number, number] {
  const offset = month - dct.month; // in −11…11
  if (offset === 0) return [dct.year, month];
  if (direction === 'future') return offset > 0 ? [dct.year, month] : [dct.year + 1, month];
  if (direction === 'past')
    return offset < 0 ? [dct.year, month] : offset <= 1 ? [dct.year, month] : [dct.year - 1, month];
  // Unknown or present: nearest occurrence, preferring the past on a tie.
  if (offset >= 6) return [dct.year - 1, month];
  if (offset < -6) return [dct.year + 1, month];
  return [dct.year, month];
}

/** "last June": the most recent June before the current month. "next June": the first one after it. */
export function resolveRelativeMonth(
  dct: Day,
  month: number,
  relation: 'last' | 'next' | 'this',
): [number, number] {
  if (relation === 'this') return [dct.year, month];
  if (relation === 'last') return month < dct.month ? [dct.year, month] : [dct.year - 1, month];
  return month > dct.month ? [dct.year, month] : [dct.year + 1, month];
}

/** The season the DCT falls in, as [year, code]; winter belongs to the year of its December. */
export function seasonOf(dct: Day): [number, string] {
  const m = dct.month;
  if (m <= 2) return [dct.year - 1, 'WI'];
  if (m <= 5) return [dct.year, 'SP'];
  if (m <= 8) return [dct.year, 'SU'];
  if (m <= 11) return [dct.year, 'FA'];
  return [dct.year, 'WI'];
}

/** A season named relative to the DCT: "last fall", "this summer", "next spring", or a bare "in the spring". */
export function resolveSeason(
  dct: Day,
  code: string,
  relation: 'last' | 'next' | 'this' | undefined,
  direction: Direction | undefined,
): string {
  const [currentYear, currentCode] = seasonOf(dct);
  const order = (year: number, c: string) => year * 12 + SEASON_START[c]!;
  const now = order(currentYear, currentCode);
  const sameYear = order(currentYear, code);
  let year = currentYear;
  const effective = relation ?? (direction === 'future' ? 'next' : direction === 'past' ? 'last' : 'this');
  if (effective === 'last') year = sameYear < now ? currentYear : currentYear - 1;
  else if (effective === 'next') year = sameYear > now ? currentYear : currentYear + 1;
  return `${String(year).padStart(4, '0')}-${code}`;
}

/** Months offset helper re-exported for rules that count back ("two months ago"). */
export function monthsFrom(dct: Day, n: number): [number, number] {
  return addMonths(dct.year, dct.month, n);
}
