import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';

const timelineOf = (text: string, dct = '2018-05-30') =>
  analyzeText({ text, published: { date: dct, source: 'given' } }, createRulesRecognizer()).timeline;

describe('core/timeline/build-timeline', () => {
  it('marks what will happen as scheduled and what did as happened', () => {
    const t = timelineOf('Vladimir Putin will visit Tokyo on Friday. Angela Merkel visited Paris on Monday.');
    expect(t.map((e) => [e.date, e.status])).toEqual([
      ['2018-05-28', 'happened'],
      ['2018-06-01', 'scheduled'],
    ]);
  });

  it('names the entities of the clause and keeps the clause short', () => {
    const [e] = timelineOf(
      'Angela Merkel met Emmanuel Macron in Paris on Monday, officials said, as talks stalled over trade.',
    );
    expect(e?.label).toBe('Angela Merkel met Emmanuel Macron in Paris on Monday');
    expect(e?.entityIds).toEqual(['person-angela-merkel', 'person-emmanuel-macron', 'place-paris']);
    expect(e?.sentence).toMatch(/^Angela Merkel met/);
  });

  it('makes one event of one date said twice in a sentence', () => {
    expect(timelineOf('On Monday, Angela Merkel flew to Paris on Monday.')).toHaveLength(1);
  });

  it('leaves out dates with no place on a calendar ("now", "recently")', () => {
    expect(timelineOf('Angela Merkel is now in Paris and recently met Emmanuel Macron.')).toEqual([]);
  });

  it('sorts by date, coarser dates before the days inside them', () => {
    const t = timelineOf(
      'Angela Merkel met Macron on Monday. She had visited Paris earlier this month. In 2017 she won.',
    );
    expect(t.map((e) => e.date)).toEqual(['2017', '2018-05', '2018-05-28']);
  });
});
