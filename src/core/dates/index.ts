/**
 * Date expressions in news text, resolved against the publication date the way an editor reads
 * them: tense decides whether "Thursday" is past or coming, bare years, decades, seasons, weeks and
 * quarters are understood, and "now", "recently", "in the future" become TIMEX3 reference values.
 */
import type { DateMention, Granularity, Span } from '../types';
import { parseDay } from './calendar';
import { chronoDatesSteps } from './chrono-dates';
import { directionAt, type Direction } from './direction';
import { anchoredDates } from './anchored';
import { eventAnchoredDatesSteps } from './event-anchored';
import { RULES, type RuleContext } from './rules/index';
import { pacer, runToEnd, type Steps } from '../steps';
import { directionFromDct } from './value-span';

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
  const kept = new DisjointSpans<Candidate>();
  for (const c of sorted) if (!kept.overlaps(c)) kept.add(c);
  return kept.inOrder();
}

/**
 * Spans that do not overlap each other, in text order, asked whether a new one overlaps any: one
 * binary search instead of a comparison with every span kept (a long article has thousands of dates).
 */
class DisjointSpans<S extends Span> {
  private readonly spans: S[] = [];

  /** The index of the first span that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as S).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether `span` overlaps a kept one. The kept spans are disjoint, so only the last one starting
   * before `span` ends can reach into it: every earlier one ends before that one starts.
   */
  overlaps(span: Span): boolean {
    const last = this.spans[this.firstFrom(span.end) - 1];
    return !!last && last.end > span.start;
  }

  add(span: S): void {
    this.spans.splice(this.firstFrom(span.start), 0, span);
  }

  inOrder(): S[] {
    return this.spans;
  }
}

/**
 * Every date expression in `text`, resolved against `dct` (`YYYY-MM-DD`, the publication date).
 * Offsets are UTF-16 indices into `text`; values are TIMEX3 (`2018-05-31`, `2018-05`, `2018-W22`,
 * `2012-SU`, `1999-Q3`, `199X`, `PRESENT_REF`, `P1D` for "daily"…). Throws if `dct` is not a date.
 *
 * Conventions, where TIMEX3 data disagree with each other, follow the TempEval-3 annotation we tune
 * on: weeks unpadded (`2000-W7`, where ISO writes `2000-W07`), decades with an `X` (`199X`, where
 * TimeML 1.2 allows `199`);
 * times of day are dropped ("Tuesday morning" is `2018-05-29`); a weekend is its ISO week + `-WE`;
 * winter belongs to the year of its December; vague counts ("several years ago") are `PAST_REF`.
 * Each mention carries `direction`: where it lies from the DCT, or, when it contains the DCT
 * ("this month"), the tense it was stated with.
 */
export function findDates(text: string, dct: string): DateMention[] {
  return runToEnd(findDatesSteps(text, dct));
}

/** Date matches read between two chances to pause. */
const MATCHES_PER_STEP = 32;

/** `findDates` as steps. */
export function* findDatesSteps(text: string, dct: string): Steps<DateMention[]> {
  const pause = pacer(MATCHES_PER_STEP);
  const dctDay = parseDay(dct);
  const directionCache = new Map<string, Direction | undefined>();
  const directionOf = (start: number, end: number): Direction | undefined => {
    const key = `${start}:${end}`;
    if (!directionCache.has(key)) directionCache.set(key, directionAt(text, start, end));
    return directionCache.get(key);
  };
  const context: RuleContext = { text, dct: dctDay, directionOf };
  const candidates: Candidate[] = [];
  for (const [priority, rule] of RULES.entries()) {
    yield;
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      if (pause()) yield;
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
  }
  yield;
  const fromRules = withoutOverlaps(candidates);
  yield;
  // chrono only fills gaps the rules left ("5/30/2018"): where both read a span, the rules know the
  // tense and TIMEX3's habits better, and split ranges as TIMEX3 does.
  const ruled = new DisjointSpans<Candidate>();
  for (const c of fromRules) ruled.add(c);
  const fromChrono = (yield* chronoDatesSteps(text, dctDay, directionOf))
    .filter((c) => !ruled.overlaps(c))
    .map((c) => ({ ...c, granularity: 'day' as Granularity, priority: RULES.length }));
  yield;
  const kept = withoutOverlaps([...fromRules, ...fromChrono]);
  yield;
  const anchored = anchoredDates(text, kept, dctDay).map((c) => ({ ...c, priority: RULES.length + 1 }));
  yield;
  const eventAnchored = (yield* eventAnchoredDatesSteps(text, kept)).map((c) => ({
    ...c,
    priority: RULES.length + 2,
  }));
  yield;
  const withAnchors = withoutOverlaps([...kept, ...anchored, ...eventAnchored]);
  const mentions: DateMention[] = [];
  for (const { priority: _priority, ...mention } of withAnchors) {
    if (pause()) yield;
    const direction = directionFromDct(
      mention.value,
      dctDay,
      mention.direction ?? directionOf(mention.start, mention.end),
    );
    mentions.push(direction ? { ...mention, direction } : mention);
  }
  return mentions;
}
