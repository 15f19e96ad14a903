import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../../src/core/ner';
import type { RecognizedSpan } from '../../../../src/core/types';

const TEXT = [
  'Maria Okafor, the harbour master of Port Elwin, met the Coastal Shipping Union on Tuesday.',
  'Okafor said the union had asked the Elwin council for a new quay.',
].join('\n\n');

describe('core/ner: the recogniser as steps', () => {
  it('pauses between the passes that read the whole article after tagging, with the same result', () => {
    const recognizer = createRecognizer();
    const steps = recognizer.recognizeSteps?.(TEXT);
    expect(steps).toBeDefined();
    let pauses = 0;
    let spans: RecognizedSpan[] | undefined;
    for (;;) {
      const step = steps!.next();
      if (step.done) {
        spans = step.value;
        break;
      }
      pauses++;
    }
    // Trimming, refining, headline words, the lexicon, types, furniture, repeated names, other kinds:
    // one pause before each, so a slice never holds two passes over a long article.
    expect(pauses).toBeGreaterThanOrEqual(8);
    expect(spans).toEqual(recognizer.recognize(TEXT));
  });
});
