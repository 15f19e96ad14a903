/**
 * The analysis as steps (`analyzeSteps`) is the analysis: run in slices, or two articles interleaved
 * step by step (two tabs read at once by one background), each gives exactly what `analyzeText`
 * gives in one go, entities grouped across the whole article included.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSteps, analyzeText, type ArticleInput } from '../../../src/core/analyze';
import { runInSlices, runToEnd, type Steps } from '../../../src/core/steps';
import type { Analysis } from '../../../src/core/types';
import { loadProductRecognizer } from './product-recognizer';
import { SAMPLE_DCT, SAMPLE_TEXT } from './sample-article';

const recognizer = loadProductRecognizer();
const published = { date: SAMPLE_DCT, source: 'given' as const };

/** Names swapped in each copy of the sample, so the long article has many entities, not one story. */
const SWAPS: [RegExp, string[]][] = [
  [/Lavrov/g, ['Lavrov', 'Baerbock', 'Wong', 'Vieira']],
  [/Pompeo/g, ['Pompeo', 'Blinken', 'Tillerson']],
  [/Singapore/g, ['Singapore', 'Geneva', 'Helsinki', 'Hanoi', 'Vienna']],
  [/Beijing/g, ['Beijing', 'Moscow', 'Ankara', 'Delhi']],
];

/** The sample article's text `copies` times over, names varied, blocks kept apart. */
function longArticle(copies: number): string {
  const parts: string[] = [];
  for (let n = 0; n < copies; n++) {
    let copy = SAMPLE_TEXT.trim();
    for (const [name, others] of SWAPS) copy = copy.replace(name, others[n % others.length] ?? '');
    parts.push(copy);
  }
  return parts.join('\n\n');
}

/** The analysis without its time: the only field that may differ between two runs. */
const timeless = ({ elapsedMs: _elapsed, ...rest }: Analysis): Omit<Analysis, 'elapsedMs'> => rest;

const articles: [string, ArticleInput][] = [
  ['the sample article', { text: SAMPLE_TEXT, published }],
  ['a long article (the sample 12 times, names varied)', { text: longArticle(12), published }],
];

describe.each(articles)('core/analyze in steps on %s', (_name, input) => {
  const oneShot = timeless(analyzeText(input, recognizer));

  it('pauses along the way, many times on a long article', () => {
    const steps = analyzeSteps(input, recognizer);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(input.text.length > 50_000 ? 100 : 10);
  });

  it('gives the one-shot result when run in slices with turns between them', async () => {
    const run = await runInSlices(analyzeSteps(input, recognizer), {
      sliceMs: 0,
      yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
      now: () => performance.now(),
    });
    expect(run.turns).toBeGreaterThan(0);
    expect(timeless(run.value)).toEqual(oneShot);
  });
});

describe('core/analyze in steps, two articles at once', () => {
  it('gives each article its own one-shot result when their steps interleave', () => {
    const short = { text: SAMPLE_TEXT, published };
    const long = { text: longArticle(6), published };
    const runs: Steps<Analysis>[] = [analyzeSteps(long, recognizer), analyzeSteps(short, recognizer)];
    const results: (Analysis | undefined)[] = [undefined, undefined];
    while (results.some((r) => r === undefined)) {
      runs.forEach((run, i) => {
        if (results[i]) return;
        const step = run.next();
        if (step.done) results[i] = step.value;
      });
    }
    expect(timeless(results[0] as Analysis)).toEqual(timeless(analyzeText(long, recognizer)));
    expect(timeless(results[1] as Analysis)).toEqual(timeless(analyzeText(short, recognizer)));
  });
});

describe('core/steps', () => {
  function* counting(n: number): Steps<number> {
    for (let i = 0; i < n; i++) yield;
    return n;
  }

  it('runs steps to their end at once', () => expect(runToEnd(counting(5))).toBe(5));

  it('gives other work a turn whenever a slice has run its time', async () => {
    let clock = 0;
    const turns: number[] = [];
    const run = await runInSlices(counting(9), {
      sliceMs: 3,
      // Each step takes 1 ms on this clock: a turn after every third step.
      now: () => clock++,
      yieldNow: async () => void turns.push(clock),
    });
    expect(run.value).toBe(9);
    expect(run.turns).toBe(turns.length);
    expect(turns.length).toBeGreaterThanOrEqual(2);
    expect(run.longestSliceMs).toBeLessThanOrEqual(4);
  });
});
