/**
 * The remaining examples of issue #12's "Why", each in our own sentences: fragments, furniture and
 * repeats that must not become timeline items. (The others are in happenings.test.ts, the reference
 * date and tense in dates/reference-date.test.ts, and the story in story/two-articles.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';

// 7 December 2019 was a Saturday.
const timelineOf = (text: string, dct = '2019-12-07') =>
  analyzeText({ text, published: { date: dct, source: 'given' } }, createRulesRecognizer()).timeline;
const values = (text: string, dct?: string) => timelineOf(text, dct).map((e) => e.value);

describe('core/timeline: fragments are not items', () => {
  it('keeps a bare date fragment out: "Earlier Saturday", "In 1991", "Today"', () => {
    expect(values('Earlier Saturday\n\nIn 1991\n\nToday')).toEqual([]);
  });

  it('keeps a caption of a name and a year out', () => {
    expect(values('Bishop Amos Kariuki in 2006.')).toEqual([]);
  });
});

describe('core/timeline: page furniture is not an item', () => {
  it('keeps a photo caption with a date and a credit out', () => {
    expect(values('Firefighters at the depot on 12 December. Photograph: Jo Lane/Agency')).toEqual([]);
  });

  it('keeps a digest of other stories out: headline fragments with dates', () => {
    const digest = [
      'Markets: Steel shares slide on Tuesday',
      'Retail: Toy chain to close 40 stores in January',
      'Energy: Oil price at three-month high Friday',
    ].join('\n\n');
    expect(values(digest)).toEqual([]);
  });

  it('keeps a teaser list of other stories out', () => {
    expect(
      values('Read more: Why the ferry strike of 2018 still matters\n\nRelated: Five things to know'),
    ).toEqual([]);
  });
});

describe('core/timeline: one item per happening', () => {
  it('lists a sentence once, not once per date it could be read as', () => {
    const t = timelineOf('The ferry crews walked out on Tuesday, 3 December, and returned the next day.');
    expect(t.map((e) => e.value)).toEqual(['2019-12-03']);
  });
});
