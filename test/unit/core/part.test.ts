/** A part's analysis in the whole text's offsets: mentions and timeline spans move, nothing else. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { asPartOfWhole } from '../../../src/core/part';
import { loadProductRecognizer } from './product-recognizer';
import { SAMPLE_DCT, SAMPLE_TEXT } from './sample-article';

describe('core/part asPartOfWhole', () => {
  it("puts every mention and timeline sentence where the part's text sits in the whole text", () => {
    const lead = 'An earlier block of the long page.\n\n';
    const whole = lead + SAMPLE_TEXT;
    const published = { date: SAMPLE_DCT, source: 'given' as const };
    const part = asPartOfWhole(
      analyzeText({ text: SAMPLE_TEXT, published }, loadProductRecognizer()),
      lead.length,
    );
    expect(part.partial).toBe(true);
    expect(part.entities.length).toBeGreaterThan(5);
    for (const e of part.entities)
      for (const m of e.mentions) expect(whole.slice(m.start, m.end)).toBe(m.text);
    expect(part.timeline.length).toBeGreaterThan(0);
    for (const t of part.timeline) expect(whole.slice(t.span.start, t.span.end)).toContain(t.dateText);
  });
});
