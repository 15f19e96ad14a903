import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../../../src/core/ner/model/viterbi';

// Two tags: 0 = O, 1 = X. Transitions: row 0 = start, row p + 1 = after tag p.
describe('core/ner/model/viterbi', () => {
  it('picks the best tag per token when transitions are neutral', () => {
    const emissions = Float64Array.from([1, 0, 0, 2, 3, 1]);
    expect(Array.from(viterbi(emissions, 3, 2, new Float64Array(6)))).toEqual([0, 1, 0]);
  });

  it('lets a strong transition overrule a weak emission', () => {
    const emissions = Float64Array.from([0, 5, 1, 0]);
    // X → X is strongly rewarded, so the second token follows the first into X.
    const transitions = Float64Array.from([0, 0, 0, 0, 0, 3]);
    expect(Array.from(viterbi(emissions, 2, 2, transitions))).toEqual([1, 1]);
  });

  it('never takes a forbidden (-Infinity) transition', () => {
    const emissions = Float64Array.from([5, 0, 0, 6]); // unconstrained best: O then X
    const transitions = Float64Array.from([0, 0, 0, -Infinity, 0, 0]);
    expect(Array.from(viterbi(emissions, 2, 2, transitions))).toEqual([1, 1]);
  });

  it('finds the exact best path, checked by brute force', () => {
    const T = 3;
    const n = 5;
    const emissions = Float64Array.from({ length: n * T }, (_, i) => Math.sin(i * 7.3) * 2);
    const transitions = Float64Array.from({ length: (T + 1) * T }, (_, i) => Math.cos(i * 3.1));
    const scoreOf = (path: number[]): number =>
      path.reduce(
        (s, t, i) => s + emissions[i * T + t]! + transitions[(i === 0 ? 0 : path[i - 1]! + 1) * T + t]!,
        0,
      );
    let best = -Infinity;
    let bestPath: number[] = [];
    for (let code = 0; code < T ** n; code++) {
      const path = Array.from({ length: n }, (_, i) => Math.floor(code / T ** i) % T);
      const s = scoreOf(path);
      if (s > best) [best, bestPath] = [s, path];
    }
    expect(Array.from(viterbi(emissions, n, T, transitions))).toEqual(bestPath);
  });

  it('returns an empty path for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), 0, 2, new Float64Array(6)).length).toBe(0);
  });
});
