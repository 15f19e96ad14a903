import { describe, expect, it } from 'vitest';
import { afterTaggingSteps, createRecognizer } from '../../../../src/core/ner';
import { runToEnd } from '../../../../src/core/steps';
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

describe('core/ner: the passes after tagging', () => {
  it('types a name by the names found only at their repeats: a one-word name listed beside a company', () => {
    const text =
      'Suppliers were named this week. Brantik and Pellmore Technologies will build the hinges, and Pellmore Technologies will ship them in June.';
    // The tagger saw "Brantik" as a place and missed the company at both of its mentions.
    const start = text.indexOf('Brantik');
    const tagged: RecognizedSpan[] = [{ start, end: start + 7, type: 'place', text: 'Brantik' }];
    const spans = runToEnd(afterTaggingSteps(text, tagged));
    expect(spans.map((s) => `${s.text}:${s.type}`)).toContain('Brantik:organization');
    expect(spans.map((s) => `${s.text}:${s.type}`)).toContain('Pellmore Technologies:organization');
  });
});
