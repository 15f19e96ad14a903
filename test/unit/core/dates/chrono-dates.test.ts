/**
 * chrono reads a whole article in one call: on a 1 MB article, hundreds of ms with no pause. As steps
 * it reads a stretch of whole blocks at a time, and finds the same dates at the same offsets.
 */
import { describe, expect, it } from 'vitest';
import { chronoDatesSteps } from '../../../../src/core/dates/chrono-dates';
import { runToEnd } from '../../../../src/core/steps';

const DCT = { year: 2021, month: 3, day: 10 };
const pastTense = (): 'past' => 'past';

/** Blocks of our own, each with a date chrono reads (our rules leave slashes to it). */
function article(blocks: number): string {
  const out: string[] = [];
  for (let n = 0; n < blocks; n++)
    out.push(`Block ${n}: the ferry timetable changed on 2/${(n % 27) + 1}/2021, the harbour office said.`);
  return out.join('\n\n');
}

describe('core/dates/chrono-dates as steps', () => {
  it('pauses about every 16,000 characters of a long article', () => {
    const text = article(2000);
    const steps = chronoDatesSteps(text, DCT, pastTense);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 16_384));
  });

  it('finds every date, at its offset in the whole text, across the stretches', () => {
    const text = article(2000);
    const found = runToEnd(chronoDatesSteps(text, DCT, pastTense));
    expect(found).toHaveLength(2000);
    for (const date of found) expect(text.slice(date.start, date.end)).toBe(date.text);
    expect(found.at(-1)?.value).toBe(`2021-02-${String((1999 % 27) + 1).padStart(2, '0')}`);
  });
});
