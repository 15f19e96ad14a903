/**
 * Dates told relative to the story's last date rather than to the publication date:
 * "the next day", "the following morning", "that same day", "later that year".
 */
import type { DateMention } from '../types';
import { addDays, formatDay, parseDay, type Day } from './calendar';

const ANCHORED =
  /(?<![\w-])(?:(the\s+(?:next|following|previous|preceding)|that\s+(?:same\s+)?|the\s+same|(?:earlier|later)\s+that)\s+(day|morning|afternoon|evening|night|week|month|year)|the\s+day\s+(before|after))(?![\w-])/gi;

/**
 * Finds anchored expressions and resolves each against the nearest day-level date mentioned before
 * it (or the DCT when there is none). Spans already taken by `mentions` are skipped by the caller.
 */
export function anchoredDates(text: string, mentions: DateMention[], dct: Day): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(ANCHORED)) {
    const previous = mentions.filter((d) => d.end <= m.index && /^\d{4}-\d{2}-\d{2}$/.test(d.value)).at(-1);
    const anchor = previous ? parseDay(previous.value) : dct;
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
    if (unit === 'year') value = String(anchor.year + step);
    else if (unit === 'month') {
      const index = anchor.year * 12 + anchor.month - 1 + step;
      value = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    } else if (unit === 'week')
      continue; // "the next week" is usually a duration
    else value = formatDay(addDays(anchor, step));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return out;
}
