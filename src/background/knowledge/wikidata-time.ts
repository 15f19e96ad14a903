/** Wikidata time values (https://www.wikidata.org/wiki/Help:Dates) compared with and shown as article dates. */
import { formatIsoDate } from '../../core/dates/format-date';
import type { WikidataTime } from './wikidata';

export interface DateParts {
  year: number;
  /** 0 when the value is only precise to the year. */
  month: number;
  /** 0 when the value is only precise to the month or year. */
  day: number;
}

export function partsOf(t: WikidataTime): DateParts | null {
  const match = /^([+-]?\d{1,16})-(\d\d)-(\d\d)/.exec(t.time);
  if (!match) return null;
  let year = Number(match[1]);
  let month = t.precision >= 10 ? Number(match[2]) : 0;
  let day = t.precision >= 11 ? Number(match[3]) : 0;
  if (t.julian && day) ({ year, month, day } = julianToGregorian(year, month, day));
  return t.precision >= 9 ? { year, month, day } : null;
}

/**
 * A Julian-calendar day as the Gregorian day it was (Wikidata stores e.g. Peter the Great's birth,
 * 30 May 1672 Julian, which is 9 June Gregorian), through the Julian day number.
 */
export function julianToGregorian(year: number, month: number, day: number): DateParts {
  // Julian calendar date → Julian day number (astronomical year numbering, as Wikidata's are).
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  // Julian day number → Gregorian date.
  const b = jdn + 32044;
  const c = Math.floor((4 * b + 3) / 146097);
  const d = b - Math.floor((146097 * c) / 4);
  const e = Math.floor((4 * d + 3) / 1461);
  const f = d - Math.floor((1461 * e) / 4);
  const g = Math.floor((5 * f + 2) / 153);
  return {
    day: f - Math.floor((153 * g + 2) / 5) + 1,
    month: g + 3 - 12 * Math.floor(g / 10),
    year: 100 * c + e - 4800 + Math.floor(g / 10),
  };
}

/**
 * −1, 0 or 1 as `a` is before, within or after `b`, compared only as far as both are known: an end
 * "in 2020" is neither before nor after 30 May 2020 (0), where comparing it as 1 January would be.
 */
export function compareAtPrecision(a: DateParts, b: DateParts): number {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (!a.month || !b.month) return 0;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (!a.day || !b.day) return 0;
  return a.day === b.day ? 0 : a.day < b.day ? -1 : 1;
}

/** `YYYY-MM-DD` → parts; undefined for anything else. */
export function parseIsoDate(iso: string | undefined): DateParts | undefined {
  const match = iso ? /^(\d{4})-(\d\d)-(\d\d)/.exec(iso) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/** A sortable number; unknown month or day sort first in their year or month. */
export const ordinal = (d: DateParts): number => d.year * 10000 + d.month * 100 + d.day;

export function formatDate(d: DateParts): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Intl cannot write years BC in the English way, so day and month are formatted in a stand-in year.
  const bc = d.year < 0;
  const year = bc ? 2000 : d.year;
  const iso = [String(year).padStart(4, '0'), d.month && pad(d.month), d.month && d.day && pad(d.day)]
    .filter(Boolean)
    .join('-');
  const written = formatIsoDate(iso);
  return bc ? written.replace('2000', `${-d.year} BC`) : written;
}

/** Whole years from `birth` to `at`; undefined when the birth year alone leaves it ambiguous by more than one. */
export function ageAt(birth: DateParts, at: DateParts): number | undefined {
  let age = at.year - birth.year;
  if (!birth.month) return age; // year precision: the common convention is to show at.year − birth.year
  if (at.month < birth.month || (at.month === birth.month && birth.day && at.day < birth.day)) age--;
  return age >= 0 ? age : undefined;
}
