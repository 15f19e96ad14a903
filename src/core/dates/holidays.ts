/**
 * Holidays news text names instead of dates ("Thanksgiving Day", "Election Day", "Easter week").
 * US-centred, as the AP and NYT sources are; fixed-date holidays are the same everywhere.
 */
import { addDays, weekdayOf, daysInMonth, type Day } from './calendar';

/** The `n`th `weekday` (0 = Sunday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Each holiday's date in a given year. Keys are lower-case names without "Day"/"'s". */
export const HOLIDAYS: Record<string, (year: number) => Day> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  'boxing day': (y) => ({ year: y, month: 12, day: 26 }),
  'new year': (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'fourth of july': (y) => ({ year: y, month: 7, day: 4 }),
  'july fourth': (y) => ({ year: y, month: 7, day: 4 }),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'veterans day': (y) => ({ year: y, month: 11, day: 11 }),
  'armistice day': (y) => ({ year: y, month: 11, day: 11 }),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  "mother's day": (y) => nthWeekday(y, 5, 0, 2),
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  easter: (y) => easterSunday(y),
  'good friday': (y) => addDays(easterSunday(y), -2),
  'easter monday': (y) => addDays(easterSunday(y), 1),
  "st. patrick's day": (y) => ({ year: y, month: 3, day: 17 }),
  'bastille day': (y) => ({ year: y, month: 7, day: 14 }),
  'may day': (y) => ({ year: y, month: 5, day: 1 }),
  'd-day': () => ({ year: 1944, month: 6, day: 6 }),
};

/** Regex source matching any holiday name, with an optional trailing "Day". */
export const HOLIDAY_SOURCE =
  "(thanksgiving|christmas eve|christmas|boxing day|new year'?s'? eve|new year'?s'?(?: day)?|independence day|fourth of july|july fourth|election day|memorial day|labou?r day|veterans'? day|armistice day|martin luther king(?: jr\\.?)? day|presidents'? day|valentine'?s day|halloween|mother'?s day|father'?s day|good friday|easter monday|easter|st\\.? patrick'?s day|bastille day|may day)(?: day)?";

/** The HOLIDAYS key for a matched name. */
export function holidayKey(name: string): string | undefined {
  const n = name
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ day$/, (x) => (/^(thanksgiving|christmas|easter)/.test(name.toLowerCase()) ? '' : x));
  if (/^new year'?s'? eve/.test(n)) return "new year's eve";
  if (/^new year/.test(n)) return 'new year';
  if (/^labou?r/.test(n)) return 'labor day';
  if (/^veterans/.test(n)) return 'veterans day';
  if (/^martin luther/.test(n)) return 'martin luther king day';
  if (/^presidents/.test(n)) return "presidents' day";
  if (/^valentine/.test(n)) return "valentine's day";
  if (/^mother/.test(n)) return "mother's day";
  if (/^father/.test(n)) return "father's day";
  if (/^st\.? patrick/.test(n)) return "st. patrick's day";
  return n in HOLIDAYS ? n : undefined;
}
