import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../../src/core/text/sentences';

describe('core/text/sentences', () => {
  it.each([
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    [
      'Returned to the U.S. as a sign of faith. Then left.',
      ['Returned to the U.S. as a sign of faith.', 'Then left.'],
    ],
    ['Talks with the U.S. President ended.', ['Talks with the U.S. President ended.']],
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['“We hope,” Putin said. It ended.', ['“We hope,” Putin said.', 'It ended.']],
    ['He said “regret.” The end.', ['He said “regret.”', 'The end.']],
  ])('splits %j at real sentence ends only', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('never runs a headline into the body: blocks end sentences', () => {
    const text = 'Russian Minister Will Visit\n\nThe minister will visit.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.block])).toEqual([
      ['Russian Minister Will Visit', 0],
      ['The minister will visit.', 1],
    ]);
  });

  it('keeps offsets that point back into the text', () => {
    const text = '  First one.  Second one.\n\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds the sentence around an offset', () => {
    const text = 'One two. Three four.';
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('four'))?.text).toBe('Three four.');
    expect(sentenceAt(sentences, 8)).toBeUndefined();
  });
});
