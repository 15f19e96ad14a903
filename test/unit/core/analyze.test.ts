import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { createRulesRecognizer } from '../../../src/core/ner/rules-recognizer';
import type { Analysis, Entity, Recognizer } from '../../../src/core/types';
import { loadProductRecognizer } from './product-recognizer';
import { SAMPLE_DCT, SAMPLE_TEXT } from './sample-article';

const recognizers: [string, () => Recognizer][] = [
  ['the rule-based recogniser', createRulesRecognizer],
  ['the product recogniser', loadProductRecognizer],
];

describe.each(recognizers)('core/analyze on the sample article with %s', (_name, make) => {
  const analysis: Analysis = analyzeText(
    { text: SAMPLE_TEXT, published: { date: SAMPLE_DCT, source: 'given' } },
    make(),
  );
  const byName = (name: string): Entity | undefined =>
    analysis.entities.find((e) => e.aliases.includes(name));

  it.each([
    'Sergey Lavrov',
    'Ri Yong Ho',
    'Kim Jong Un',
    'Trump',
    'Mike Pompeo',
    'Vladimir Putin',
    'Kim Yong Chol',
  ])('finds %s as a person', (name) => expect(byName(name)?.type).toBe('person'));

  it.each(['North Korea', 'Singapore', 'Beijing', 'New York'])('finds %s as a place', (name) =>
    expect(byName(name)?.type).toBe('place'),
  );

  it('does not take nationalities for places', () => {
    expect(analysis.entities.flatMap((e) => e.aliases)).not.toEqual(expect.arrayContaining(['Russian']));
    expect(analysis.entities.flatMap((e) => e.aliases)).not.toEqual(expect.arrayContaining(['American']));
  });

  it('groups "Trump" and "President Trump", "Putin" and "Vladimir Putin"', () => {
    const trumps = analysis.entities.filter((e) => e.aliases.includes('Trump'));
    expect(trumps).toHaveLength(1);
    expect(trumps[0]!.mentions.length).toBeGreaterThanOrEqual(4);
    expect(byName('Putin')?.id).toBe(byName('Vladimir Putin')?.id);
  });

  it('keeps Kim Jong Un and Kim Yong Chol apart', () => {
    expect(byName('Kim Jong Un')?.id).toBeDefined();
    expect(byName('Kim Jong Un')?.id).not.toBe(byName('Kim Yong Chol')?.id);
  });

  it.each([
    ['Sergey Lavrov', 'Russian foreign minister'],
    ['Ri Yong Ho', "North Korea's foreign policy chief"],
    ['Mike Pompeo', 'Secretary of State'],
    ['Kim Yong Chol', 'a top aide to Kim Jong Un'],
  ])('says what the article says about %s: %s', (name, description) => {
    expect(byName(name)?.descriptions).toContain(description);
  });

  it('builds the timeline: the statement, the airport and the meeting on 30 May, the visit on 31 May', () => {
    const on = (date: string): string[] =>
      analysis.timeline.filter((t) => t.date === date).map((t) => t.label);
    expect(on('2018-05-30')).toEqual([
      expect.stringMatching(/ministry said in a statement/),
      expect.stringMatching(/Kim Yong Chol was spotted at Beijing/),
      expect.stringMatching(/officials also met with officials in North Korea/),
    ]);
    expect(on('2018-05-31')).toEqual([expect.stringMatching(/^Sergey Lavrov will visit North Korea/)]);
  });

  it('places "earlier this month" in May 2018: the summit called off', () => {
    const may = analysis.timeline.find((t) => t.date === '2018-05');
    expect(may?.granularity).toBe('month');
    expect(may?.label).toMatch(/called off the summit/);
    expect(may?.status).toBe('happened');
  });

  it('anchors the Singapore summit on 12 June 2018 as the central event, with Trump and Kim Jong Un', () => {
    const central = analysis.timeline.filter((t) => t.central);
    expect(central).toHaveLength(1);
    expect(central[0]).toMatchObject({ date: '2018-06-12', granularity: 'day', status: 'scheduled' });
    const ids = central[0]!.entityIds;
    for (const name of ['Singapore', 'Trump', 'Kim Jong Un']) expect(ids).toContain(byName(name)!.id);
    expect(ids).not.toContain(byName('Vladimir Putin')!.id);
  });

  it('orders the timeline by date', () => {
    const dates = analysis.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates)).toEqual(new Set(['2018-05', '2018-05-30', '2018-05-31', '2018-06-12']));
  });

  it('gives every entity a first mention in context', () => {
    for (const e of analysis.entities)
      expect(e.firstContext).toContain(
        SAMPLE_TEXT.slice(e.mentions[0]!.start, e.mentions[0]!.end).replace(/’/g, "'"),
      );
  });
});

describe('core/analyze with odd input', () => {
  it('returns an empty analysis for empty text', () => {
    const a = analyzeText({ text: '' }, createRulesRecognizer());
    expect(a).toMatchObject({ entities: [], timeline: [], textLength: 0 });
  });

  it('has no timeline without a publication date, since relative dates cannot be placed', () => {
    const a = analyzeText({ text: 'Vladimir Putin spoke on Thursday in Moscow.' }, createRulesRecognizer());
    expect(a.timeline).toEqual([]);
    expect(a.entities.map((e) => e.name)).toEqual(['Vladimir Putin', 'Moscow']);
  });
});
