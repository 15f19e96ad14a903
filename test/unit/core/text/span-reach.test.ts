import { describe, expect, it } from 'vitest';
import { furthestEndBefore, overlapsAnyOf, prefixLength } from '../../../../src/core/text/span-reach';

describe('prefixLength', () => {
  const ends = [3, 7, 7, 12];
  it.each([
    [0, 0],
    [3, 1],
    [6, 1],
    [7, 3],
    [12, 4],
    [40, 4],
  ])('counts the items ending at or before %i: %i', (offset, count) => {
    expect(prefixLength(ends.length, (i) => (ends[i] as number) <= offset)).toBe(count);
  });

  it('is 0 for no items', () => {
    expect(prefixLength(0, () => true)).toBe(0);
  });
});

describe('furthestEndBefore', () => {
  const reach = furthestEndBefore([
    { start: 10, end: 30 },
    { start: 0, end: 5 },
    { start: 12, end: 14 },
  ]);
  it('gives -1 before any span starts', () => expect(reach(0)).toBe(-1));
  it('gives the furthest end among spans starting before the offset', () => {
    expect(reach(11)).toBe(30);
    expect(reach(8)).toBe(5);
  });
});

describe('overlapsAnyOf', () => {
  const overlaps = overlapsAnyOf([
    { start: 4, end: 9 },
    { start: 20, end: 25 },
  ]);
  it('is true for a stretch sharing a character with a span', () => {
    expect(overlaps(8, 12)).toBe(true);
    expect(overlaps(0, 30)).toBe(true);
  });
  it('is false for a stretch that only touches a span or lies between', () => {
    expect(overlaps(9, 20)).toBe(false);
    expect(overlaps(0, 4)).toBe(false);
  });
});
