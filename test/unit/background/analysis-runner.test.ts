/**
 * #14 item 10: the background answers other requests while it analyses a long article. A request
 * that arrives after the analysis has started is answered before the analysis ends; the analysis
 * still gives the one-shot result.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeInSlices, createRecognizerInSlices } from '../../../src/background/analysis-runner';
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

describe('background/analysis-runner: the model', () => {
  const modelJson: unknown = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../models/ner.json', import.meta.url)), 'utf8'),
  );

  it('is read in slices: a request that comes in meanwhile is answered before the recogniser is ready', async () => {
    const order: string[] = [];
    let turns = 0;
    const reading = createRecognizerInSlices(modelJson, {
      yieldNow: () => {
        turns++;
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    }).then((made) => {
      order.push('recogniser');
      return made;
    });
    const other = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('other tab');
        resolve();
      }, 0),
    );
    const [made] = await Promise.all([reading, other]);
    expect(order).toEqual(['other tab', 'recogniser']);
    expect(turns).toBeGreaterThan(0);
    // The same recogniser as one read in one go.
    expect(made.recognize(input.text)).toEqual(recognizer.recognize(input.text));
  });

  it('cuts the reading into steps of at most 8,192 features, weights or names', async () => {
    const file = modelJson as { features: string[]; weights: string; gazetteer: Record<string, string[]> };
    const items =
      file.features.length * 2 +
      (file.weights.length * 3) / 4 +
      Object.values(file.gazetteer).reduce((n, list) => n + list.length, 0);
    let turns = 0;
    await createRecognizerInSlices(modelJson, {
      sliceMs: 0,
      yieldNow: async () => void turns++,
    });
    expect(turns).toBeGreaterThanOrEqual(Math.floor(items / 8192) - 1);
  });

  it('still refuses a file that is not a model', async () => {
    await expect(createRecognizerInSlices({ format: 'something else' })).rejects.toThrow(
      /Not a Backstory NER model/,
    );
  });
});
