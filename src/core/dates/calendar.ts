/**
 * Calendar arithmetic on plain year/month/day triples. Everything runs in UTC so that the
 * answer never depends on the reader's time zone: a DCT is a calendar day, not an instant.
 */

/** A calendar day. `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const DCT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads `YYYY-MM-DD` (anything after the day, such as a time, is ignored). Throws on anything else. */
export function parseDay(iso: string): Day {
  const match = DCT_PATTERN.exec(iso);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (negative goes back). */
export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** The month `n` months after the month of `d`, as [year, month]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const index = year * 12 + (month - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export function weekdayOf(d: Day): number {
  return toUtc(d).getUTCDay();
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a year/month/day triple names a real day (rejects "February 30"). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO 8601 week of a day: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeekOf(d: Day): { year: number; week: number } {
  const monday = addDays(d, -((weekdayOf(d) + 6) % 7));
  const thursday = addDays(monday, 3);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** The Monday that starts ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(week1Monday, (week - 1) * 7);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `YYYY-Wn`, the week unpadded, as the TempEval AQUAINT annotation writes it (`2000-W7`). */
export function formatWeek(year: number, week: number): string {
  return `${pad(year, 4)}-W${week}`;
}

/** `YYYY`. */
export function formatYear(year: number): string {
  return pad(year, 4);
}
