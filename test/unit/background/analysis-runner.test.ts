/**
 * #14 item 10: the background answers other requests while it analyses a long article. A request
 * that arrives after the analysis has started is answered before the analysis ends; the analysis
 * still gives the one-shot result.
 */
import { describe, expect, it } from 'vitest';
import { analyzeInSlices } from '../../../src/background/analysis-runner';
import { analyzeText } from '../../../src/core/analyze';
import { loadProductRecognizer } from '../core/product-recognizer';
import { SAMPLE_DCT, SAMPLE_TEXT } from '../core/sample-article';

const recognizer = loadProductRecognizer();
const input = {
  text: Array.from({ length: 8 }, () => SAMPLE_TEXT.trim()).join('\n\n'),
  published: { date: SAMPLE_DCT, source: 'given' as const },
};

describe('background/analysis-runner', () => {
  it('answers a request that comes in during a long analysis before the analysis ends', async () => {
    const order: string[] = [];
    const analysis = analyzeInSlices(input, recognizer).then((result) => {
      order.push('analysis');
      return result;
    });
    // Another tab's message: a task queued once the analysis has begun.
    const other = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('other tab');
        resolve();
      }, 0),
    );
    const [result] = await Promise.all([analysis, other]);
    expect(order).toEqual(['other tab', 'analysis']);
    const { elapsedMs: _a, ...sliced } = result;
    const { elapsedMs: _b, ...oneShot } = analyzeText(input, recognizer);
    expect(sliced).toEqual(oneShot);
  });
});
