/**
 * Date expressions in news text, resolved against the publication date the way an editor reads
 * them: tense decides whether "Thursday" is past or coming, bare years, decades, seasons, weeks and
 * quarters are understood, and "now", "recently", "in the future" become TIMEX3 reference values.
 */
import type { DateMention, Granularity } from '../types';
import { parseDay, formatDay, type Day } from './calendar';
import { chronoDates } from './chrono-dates';
import { directionAt, type Direction } from './direction';
import { anchoredDates } from './anchored';
import { RULES, type RuleContext } from './rules';
import { toTimelineDate } from './timeline-date';

export { toTimelineDate, type TimelineDate } from './timeline-date';
export type { Direction } from './direction';

interface Candidate extends DateMention {
  /** Lower wins when two candidates cover the same text. */
  priority: number;
}

/** Keeps the longest candidates, dropping any that overlap one already kept. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Where a value lies from the DCT. A value that contains the DCT ("this year", "this week") takes the
 * tense of its sentence, so "later this month" reads as future and "earlier this month" as past.
 */
function directionFromDct(value: string, dct: Day, stated: Direction | undefined): Direction | undefined {
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'PAST_REF') return 'past';
  if (value === 'FUTURE_REF') return 'future';
  const position = toTimelineDate(value);
  if (!position) return stated;
  const dctText = formatDay(dct);
  const prefix = dctText.slice(0, position.date.length);
  // Weeks map to their Monday; compare them as the seven days they span.
  const weekMatch = /^(\d{4})-W/.test(value);
  if (weekMatch) {
    const monday = position.date;
    const sunday = formatDay(addDaysIso(monday, 6));
    if (dctText < monday) return 'future';
    if (dctText > sunday) return 'past';
    return stated ?? 'present';
  }
  const span = coarseSpan(value);
  if (span) {
    if (dctText < span[0]) return 'future';
    if (dctText > span[1]) return 'past';
    return stated ?? 'present';
  }
  if (position.date < prefix) return 'past';
  if (position.date > prefix) return 'future';
  return stated ?? 'present';
}

function addDaysIso(iso: string, n: number): Day {
  const d = parseDay(iso);
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** First and last ISO day covered by seasons, quarters, halves, decades and centuries. */
function coarseSpan(value: string): [string, string] | undefined {
  let m = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const code = m[2]!;
    const firstMonth: Record<string, number> = {
      SP: 3,
      SU: 6,
      FA: 9,
      WI: 12,
      Q1: 1,
      Q2: 4,
      Q3: 7,
      Q4: 10,
      H1: 1,
      H2: 7,
    };
    const length = code.startsWith('H') ? 6 : 3;
    const start = firstMonth[code]!;
    const endIndex = y * 12 + start - 1 + length; // first month after the span, zero-based
    const endDay = formatDay(
      addDaysIso(`${Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, '0')}-01`, -1),
    );
    return [`${y}-${String(start).padStart(2, '0')}-01`, endDay];
  }
  m = /^(\d{3})X?$/.exec(value);
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  m = /^(\d{2})$/.exec(value);
  if (m) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  return undefined;
}

/**
 * Every date expression in `text`, resolved against `dct` (`YYYY-MM-DD`, the publication date).
 * Offsets are UTF-16 indices into `text`; values are TIMEX3 (`2018-05-31`, `2018-05`, `2018-W22`,
 * `2012-SU`, `1999-Q3`, `199`, `PRESENT_REF`…). Throws if `dct` is not a date.
 */
export function findDates(text: string, dct: string): DateMention[] {
  const dctDay = parseDay(dct);
  const directionCache = new Map<string, Direction | undefined>();
  const directionOf = (start: number, end: number): Direction | undefined => {
    const key = `${start}:${end}`;
    if (!directionCache.has(key)) directionCache.set(key, directionAt(text, start, end));
    return directionCache.get(key);
  };
  const context: RuleContext = { text, dct: dctDay, directionOf };
  const candidates: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const result = rule.read(match as RegExpExecArray, context);
      if (!result) continue;
      const start = match.index + (result.trim?.start ?? 0);
      const end = match.index + (result.trim?.end ?? match[0].length);
      candidates.push({
        start,
        end,
        text: text.slice(start, end),
        value: result.value,
        ...(result.granularity ? { granularity: result.granularity } : {}),
        ...(result.direction ? { direction: result.direction } : {}),
        priority,
      });
    }
  });
  const fromRules = withoutOverlaps(candidates);
  // chrono only fills gaps the rules left ("5/30/2018"): where both read a span, the rules know the
  // tense and TIMEX3's habits better, and split ranges as TIMEX3 does.
  const fromChrono = chronoDates(text, dctDay, directionOf)
    .filter((c) => fromRules.every((k) => c.end <= k.start || c.start >= k.end))
    .map((c) => ({ ...c, granularity: 'day' as Granularity, priority: RULES.length }));
  const kept = withoutOverlaps([...fromRules, ...fromChrono]);
  const withAnchors = withoutOverlaps([
    ...kept,
    ...anchoredDates(text, kept, dctDay).map((c) => ({ ...c, priority: RULES.length + 1 })),
  ]);
  return withAnchors.map(({ priority: _priority, ...mention }) => {
    const direction = directionFromDct(
      mention.value,
      dctDay,
      mention.direction ?? directionOf(mention.start, mention.end),
    );
    return direction ? { ...mention, direction } : mention;
  });
}
