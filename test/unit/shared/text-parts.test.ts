import { describe, expect, it } from 'vitest';
import { TEXT_PART_CHARS } from '../../../src/shared/protocol';
import { textParts } from '../../../src/shared/text-parts';

describe('shared/text-parts', () => {
  it('leaves a text of one piece whole', () =>
    expect(textParts('A short article.')).toEqual(['A short article.']));

  it('cuts a long text into pieces of at most TEXT_PART_CHARS that join into the text', () => {
    const text = 'The ferry to Karsk left late. '.repeat(20_000);
    const parts = textParts(text);
    expect(parts.length).toBe(Math.ceil(text.length / TEXT_PART_CHARS));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
    expect(parts.join('')).toBe(text);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    // "𝔸" is two UTF-16 units: a cut after 3 units would fall inside the second one.
    const parts = textParts('ab𝔸𝔸cd', 3);
    expect(parts.join('')).toBe('ab𝔸𝔸cd');
    const loneHalf = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const part of parts) expect(part).not.toMatch(loneHalf);
  });
});
