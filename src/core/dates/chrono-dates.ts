/**
 * chrono-node as a fallback for absolute formats our rules do not spell out ("5/30/2018",
 * "2018/05/30", "Sunday 3 June"). Only results with a certain month and day are taken, and the year,
 * when chrono had to guess it, is re-resolved with the tense like every other date.
 */
import * as chrono from 'chrono-node';
import { runToEnd, type Steps } from '../steps';
import { stretchesOf } from '../text/stretches';
import { formatDay, isValidDay, type Day } from './calendar';
import type { Direction } from './direction';
import { resolveMonthDay } from './resolve';

export interface ChronoCandidate {
  start: number;
  end: number;
  text: string;
  value: string;
}

/** Dates chrono finds in `text`, resolved at day granularity. */
export function chronoDates(
  text: string,
  dct: Day,
  directionOf: (start: number, end: number) => Direction | undefined,
): ChronoCandidate[] {
  return runToEnd(chronoDatesSteps(text, dct, directionOf));
}

/** About how many characters chrono reads between two chances to pause. */
const CHARS_PER_STEP = 16_384;

/**
 * `chronoDates` as steps (`core/steps.ts`): chrono reads a 1 MB article in one call of hundreds of ms,
 * so it is given a stretch of whole blocks at a time. A date never runs across a blank line.
 */
export function* chronoDatesSteps(
  text: string,
  dct: Day,
  directionOf: (start: number, end: number) => Direction | undefined,
): Steps<ChronoCandidate[]> {
  const out: ChronoCandidate[] = [];
  for (const [from, to] of stretchesOf(text, CHARS_PER_STEP, '\n\n')) {
    out.push(...chronoDatesIn(text.slice(from, to), from, dct, directionOf));
    yield;
  }
  return out;
}

/** Dates chrono finds in `stretch`, which starts at `offset` of the article. */
function chronoDatesIn(
  stretch: string,
  offset: number,
  dct: Day,
  directionOf: (start: number, end: number) => Direction | undefined,
): ChronoCandidate[] {
  const reference = new Date(Date.UTC(dct.year, dct.month - 1, dct.day, 12));
  const results = chrono.en.strict.parse(stretch, { instant: reference, timezone: 0 });
  const out: ChronoCandidate[] = [];
  for (const r of results) {
    // Counted offsets ("13 days after", "a week later") are relative to events, not to a calendar,
    // and chrono reads a duration ("boil for 20 minutes") as that long from now: neither is a date.
    // Bare numbers like "1/2" are fractions far more often than dates: want a year or a month name.
    const dated =
      /\d{4}/.test(r.text) || /[A-Za-z]{3}/.test(r.text.replace(/\b(?:on|at|the|of|and)\b/gi, ''));
    if (
      !dated ||
      !/\d/.test(r.text) ||
      /\b(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|later|after|before|ago|earlier)\b/i.test(
        r.text,
      )
    )
      continue;
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const month = c.get('month');
    const dayOfMonth = c.get('day');
    if (month === null || dayOfMonth === null) continue;
    let resolved: Day | undefined;
    if (c.isCertain('year')) {
      const year = c.get('year');
      if (year !== null && isValidDay(year, month, dayOfMonth)) resolved = { year, month, day: dayOfMonth };
    } else {
      const at = offset + r.index;
      resolved = resolveMonthDay(dct, month, dayOfMonth, directionOf(at, at + r.text.length));
    }
    // chrono keeps a leading "on"/"at" and trailing spaces in its span; a mention is the date alone.
    const lead = /^(?:(?:on|at|in|by|the)\s+)*/i.exec(r.text)?.[0].length ?? 0;
    const text = r.text.slice(lead).trimEnd();
    const start = offset + r.index + lead;
    if (resolved) out.push({ start, end: start + text.length, text, value: formatDay(resolved) });
  }
  return out;
}
