import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../../../src/core/ner/model/gazetteer';
import { findHiddenNames, findHiddenNamesSteps } from '../../../../../src/core/ner/model/hidden-names';
import { stretchesOf } from '../../../../../src/core/text/stretches';
import type { RecognizedSpan } from '../../../../../src/core/types';

const found = (text: string): string[] =>
  findHiddenNames(text, [], buildGazetteer({})).map((s) => `${s.type} ${s.text}`);

describe('core/ner/model/hidden-names: known names the tagger left out', () => {
  it('finds a known organisation standing alone, mid-sentence or opening one', () => {
    expect(found('The mayor turned to Twitter after the vote.')).toEqual(['organization Twitter']);
    expect(found('Twitter said the post broke no rule.')).toEqual(['organization Twitter']);
  });

  it('leaves a known name alone when a capitalised word follows it: a longer name or a product', () => {
    expect(found('The lab runs on Google Cloud Vault servers.')).toEqual([]);
    expect(found('She read the Twitter Ledger papers twice.')).toEqual([]);
  });

  it('leaves a known name alone when a capitalised word mid-sentence stands before it', () => {
    expect(found('The team ported it to Orvex Twitter last year.')).toEqual([]);
  });
});

describe('core/ner/model/hidden-names: a long article', () => {
  const line = 'The ferry left the quay at noon and the crowd on the pier went home slowly after it.';
  /** `lines` plain lines, each followed by a line break, then `last` (no line break after it). */
  const article = (lines: number, last = ''): string => `${line}\n`.repeat(lines) + last;
  const pauses = (text: string, spans: RecognizedSpan[] = []): number => {
    const steps = findHiddenNamesSteps(text, spans, buildGazetteer({}));
    let n = 0;
    while (!steps.next().done) n++;
    return n;
  };

  it('pauses while it searches for compounds, at least once every 32,768 characters', () => {
    const long = article(12_000); // ~1 MB, no compound, no known name
    expect(pauses(long) - pauses(article(1))).toBeGreaterThanOrEqual(Math.floor(long.length / 32_768));
  });

  it('finds a compound far into the article, across the stretches it searches, at its offset', () => {
    const text = article(2_000, 'Staff of a Norland-based firm and a Velk Harbour-owned yard waited.');
    const tagged = (name: string): RecognizedSpan => ({ start: 0, end: 0, type: 'place', text: name });
    // The article names both places elsewhere (given here as the tagger's spans, of no length).
    const spans = findHiddenNames(text, [tagged('Norland'), tagged('Velk Harbour')], buildGazetteer({}))
      .filter((s) => s.end > 0)
      .map((s) => [s.text, s.start, text.slice(s.start, s.end)]);
    expect(spans).toEqual([
      ['Norland', text.indexOf('Norland-'), 'Norland'],
      ['Velk Harbour', text.indexOf('Velk Harbour-'), 'Velk Harbour'],
    ]);
  });

  it('cuts the text into whole lines, every character once', () => {
    const text = article(50, 'no line break at the end');
    const stretches = [...stretchesOf(text, 300, '\n')];
    expect(stretches[0]![0]).toBe(0);
    expect(stretches.at(-1)![1]).toBe(text.length);
    for (const [i, [from, to]] of stretches.entries()) {
      if (i > 0) expect(from).toBe(stretches[i - 1]![1]);
      if (to < text.length) expect(text[to - 1]).toBe('\n');
      expect(to - from).toBeGreaterThanOrEqual(Math.min(300, text.length - from));
    }
    expect([...stretchesOf('', 300, '\n')]).toEqual([]);
  });
});
