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
  const match = /^([+-]?\d+)-(\d\d)-(\d\d)/.exec(t.time);
  if (!match) return null;
  const year = Number(match[1]);
  const month = t.precision >= 10 ? Number(match[2]) : 0;
  const day = t.precision >= 11 ? Number(match[3]) : 0;
  return t.precision >= 9 ? { year, month, day } : null;
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
