/**
 * Whether spans overlap a stretch of text, answered from one sorted pass instead of comparing every
 * pair: a long article has tens of thousands of names, and pairwise checks made it quadratic.
 */
import type { Span } from '../types';

/**
 * For an offset, the furthest `end` among the spans that start before it, or -1 when none does.
 * Some span overlaps `[from, to)` exactly when `furthestEndBefore(spans)(to) > from`.
 */
export function furthestEndBefore(spans: readonly Span[]): (offset: number) => number {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const starts = byStart.map((s) => s.start);
  const furthest: number[] = [];
  for (const s of byStart) furthest.push(Math.max(furthest[furthest.length - 1] ?? -1, s.end));
  return (offset) => {
    const before = prefixLength(starts.length, (i) => (starts[i] as number) < offset);
    return before === 0 ? -1 : (furthest[before - 1] as number);
  };
}

/** Whether any of the spans overlaps `[start, end)`, from `furthestEndBefore`'s one sorted pass. */
export function overlapsAnyOf(spans: readonly Span[]): (start: number, end: number) => boolean {
  const reach = furthestEndBefore(spans);
  return (start, end) => reach(end) > start;
}

/**
 * How many leading items `isBefore` holds for, found by binary search: it must hold for a prefix
 * of the items and for none after it (items sorted by the key it reads).
 */
export function prefixLength(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
