/**
 * Dates told relative to the story's last date rather than to the publication date:
 * "the next day", "the following morning", "that same day", "later that year".
 */
import type { DateMention } from '../types';
import { addDays, formatDay, formatMonth, formatYear, parseDay, type Day } from './calendar';

const ANCHORED =
  /(?<![\w-])(?:(the\s+(?:next|following|previous|preceding)|that(?:\s+same)?|the\s+same|(?:earlier|later)\s+that)\s+(day|morning|afternoon|evening|night|month|year)|the\s+day\s+(before|after)(?=\s*[,.;:!?)'"”]|\s*$))(?![\w-])/gi;

/** The latest mention before `at` whose value is at least as fine as `pattern` requires. */
function anchorBefore(mentions: DateMention[], at: number, pattern: RegExp): DateMention | undefined {
  return mentions.filter((d) => d.end <= at && pattern.test(d.value)).at(-1);
}

/**
 * Finds anchored expressions and resolves each against the nearest date mentioned before it that
 * is fine enough (a day for "the next day", at least a year for "later that year"), or the DCT when
 * there is none. "the day before/after" only counts when it ends a clause: followed by a noun
 * ("the day after his death") it is anchored to an event we cannot date.
 */
export function anchoredDates(text: string, mentions: DateMention[], dct: Day): DateMention[] {
  const out: DateMention[] = [];
  // "the day before last Tuesday", "the day after Christmas": one day off the date that follows.
  for (const m of text.matchAll(/(?<![\w-])(?:the\s+)?day\s+(before|after)\s+/gi)) {
    const next = mentions.find(
      (d) => d.start === m.index + m[0].length && /^\d{4}-\d{2}-\d{2}$/.test(d.value),
    );
    if (!next) continue;
    const value = formatDay(addDays(parseDay(next.value), m[1]!.toLowerCase() === 'before' ? -1 : 1));
    out.push({
      start: m.index,
      end: next.end,
      text: text.slice(m.index, next.end),
      value,
      granularity: 'day',
    });
  }
  for (const m of text.matchAll(ANCHORED)) {
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[2] ?? 'day').toLowerCase();
    const step = m[3]
      ? m[3].toLowerCase() === 'before'
        ? -1
        : 1
      : /next|following/.test(lead)
        ? 1
        : /previous|preceding/.test(lead)
          ? -1
          : 0;
    let value: string;
    if (unit === 'year') {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}(?:-|$)/);
      value = formatYear((anchor ? Number(anchor.value.slice(0, 4)) : dct.year) + step);
    } else if (unit === 'month') {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}-\d{2}(?:-\d{2})?$/);
      const [y, mo] = anchor
        ? [Number(anchor.value.slice(0, 4)), Number(anchor.value.slice(5, 7))]
        : [dct.year, dct.month];
      const index = y * 12 + mo - 1 + step;
      value = formatMonth(Math.floor(index / 12), (index % 12) + 1);
    } else {
      const anchor = anchorBefore(mentions, m.index, /^\d{4}-\d{2}-\d{2}$/);
      value = formatDay(addDays(anchor ? parseDay(anchor.value) : dct, step));
    }
    const granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, granularity });
  }
  return out;
}
