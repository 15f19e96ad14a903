// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { referenceDay } from '../../../../src/core/dates/reference-date';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';
import { findPublishedDate } from '../../../../src/core/page/published-date';
import type { PublishedDate } from '../../../../src/core/types';

const valuesOf = (text: string, published: PublishedDate) =>
  analyzeText({ text, published }, createRulesRecognizer()).timeline.map((e) => e.value);

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('core/dates/reference-date: the day the text is written from', () => {
  // 6 December 2019 was a Friday, 7 December a Saturday.
  const rewritten: PublishedDate = { date: '2019-12-06', updated: '2019-12-07', source: 'json-ld' };

  it('reads the text from a next-day update when it names the update day: "on Saturday" is the 7th', () => {
    const text = 'The town council approved the harbour budget on Saturday after a long debate.';
    expect(referenceDay(rewritten, text)).toBe('2019-12-07');
    expect(valuesOf(text, rewritten)).toEqual(['2019-12-07']);
  });

  it('keeps the publication day when the text names no day after it (a later correction)', () => {
    const text = 'The council approved the harbour budget last week after a long debate.';
    expect(referenceDay(rewritten, text)).toBe('2019-12-06');
    expect(valuesOf(text, rewritten)).toEqual(['2019-W48']);
  });

  it('keeps the publication day when the update is weeks later', () => {
    const late: PublishedDate = { date: '2019-12-06', updated: '2019-12-20', source: 'meta' };
    expect(referenceDay(late, 'The council met on Friday.')).toBe('2019-12-06');
  });

  it("reads a wire story from its dateline's day when published a day or so later", () => {
    // 14 June 2013 was a Friday; the story reached the site on Saturday the 15th.
    const saturday: PublishedDate = { date: '2013-06-15', source: 'meta' };
    const text = 'OSLO, June 14 (Reuters) - The fishing fleet stayed in port today after a storm warning.';
    expect(referenceDay(saturday, text)).toBe('2013-06-14');
    expect(referenceDay(saturday, 'OSLO, Dec. 30 (AP) — The fleet stayed in port.')).toBe('2013-06-15');
    const newYear: PublishedDate = { date: '2014-01-02', source: 'meta' };
    expect(referenceDay(newYear, 'OSLO, December 31 (Reuters) - Fireworks were cancelled.')).toBe(
      '2013-12-31',
    );
  });

  it('does not take a dateline after publication, a dateline without a date, or a date in the text', () => {
    const saturday: PublishedDate = { date: '2013-06-15', source: 'meta' };
    expect(referenceDay(saturday, 'OSLO, June 17 (Reuters) - The fleet sailed.')).toBe('2013-06-15');
    expect(referenceDay(saturday, 'OSLO (AP) — The fleet stayed in port on Friday.')).toBe('2013-06-15');
    expect(referenceDay(saturday, 'The fleet, idle since June 14 (a Friday), sailed.')).toBe('2013-06-15');
  });

  it('uses the publication day when there is no update', () => {
    expect(
      referenceDay({ date: '2019-12-06', source: 'meta' }, 'Voters went to the polls on Saturday.'),
    ).toBe('2019-12-06');
    expect(referenceDay(undefined, 'anything')).toBeUndefined();
  });
});

describe('core/dates: tense decides which weekday is meant', () => {
  // 5 December 2019 was a Thursday.
  const thursday: PublishedDate = { date: '2019-12-05', source: 'meta' };

  it('puts a future-tense "on Friday" on the coming Friday and a past one on the Friday before', () => {
    expect(valuesOf('The board will vote on Friday on the new tariff.', thursday)).toEqual(['2019-12-06']);
    expect(valuesOf('The board voted on Friday on the new tariff.', thursday)).toEqual(['2019-11-29']);
  });

  it('reads a late-evening UTC stamp on the local day, so "will vote on Friday" is not the stamp day', () => {
    // 03:30 UTC on Friday the 6th is 22:30 on Thursday the 5th in New York, where the page was written.
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-06T03:30:00Z"}</script>' +
        '<meta property="article:modified_time" content="2019-12-05T22:30:00-05:00">',
      '<h1>Tariff vote</h1><p>The board will vote on Friday.</p>',
    );
    const published = findPublishedDate(doc)!;
    expect(published.date).toBe('2019-12-05');
    expect(valuesOf('The board will vote on Friday on the new tariff.', published)).toEqual(['2019-12-06']);
  });
});
