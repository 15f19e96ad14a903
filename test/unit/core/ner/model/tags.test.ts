import { describe, expect, it } from 'vitest';
import { iob1ToIob2, spansToTags, tagsToSpans } from '../../../../../src/core/ner/model/tags';

describe('core/ner/model/tags', () => {
  it('converts IOB1 to IOB2: an I- that does not continue its type starts a span', () => {
    expect(iob1ToIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
      'B-ORG',
    ]);
  });

  it('reads spans from IOB2 tags and writes them back', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-MISC'];
    const spans = tagsToSpans(tags);
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 7, end: 8, type: 'MISC' },
    ]);
    expect(spansToTags(spans, tags.length)).toEqual(tags);
  });

  it('treats a stray I- as the start of a span, as conlleval does', () => {
    expect(tagsToSpans(['O', 'I-ORG', 'I-ORG'])).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });
});
