import { describe, expect, it } from 'vitest';
import { harmonizeDocument } from '../../../../../src/core/ner/model/document-consistency';
import type { TokenSpan } from '../../../../../src/core/ner/model/tags';

const doc = (...sentences: string[]): string[][] => sentences.map((s) => s.split(' '));
const named = (words: string[][], spans: TokenSpan[][]): string[][] =>
  spans.map((list, s) => list.map((x) => `${x.type}:${words[s]!.slice(x.start, x.end).join(' ')}`));

describe('core/ner/model/document-consistency', () => {
  it('gives every occurrence of a name the type most occurrences got', () => {
    const words = doc('Okafor spoke .', 'Then Okafor left .', 'Okafor returned .');
    const spans: TokenSpan[][] = [
      [{ start: 0, end: 1, type: 'PER' }],
      [{ start: 1, end: 2, type: 'ORG' }],
      [{ start: 0, end: 1, type: 'PER' }],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['PER:Okafor'], ['PER:Okafor'], ['PER:Okafor']]);
  });

  it('tags an untagged capitalised repeat, and the surname of a person named in full', () => {
    const words = doc('Mike Pompeo met Kim Yong Chol .', 'Pompeo said the talks went well .');
    const spans: TokenSpan[][] = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 6, type: 'PER' },
      ],
      [],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['PER:Mike Pompeo', 'PER:Kim Yong Chol'], ['PER:Pompeo']]);
  });

  it('does not tag part of a longer capitalised run', () => {
    const words = doc('Korea said no .', 'North Korea said yes .');
    const spans: TokenSpan[][] = [[{ start: 0, end: 1, type: 'LOC' }], []];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['LOC:Korea'], []]);
  });

  it('undoes a "person" ending in any head word of one kind: a road, a crater, a party, a fund', () => {
    const words = doc('Ossory Road met Velk Crater .', 'Tamsin Party backed Halvor Fund .', 'Orrin Center .');
    const spans: TokenSpan[][] = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'PER' },
      ],
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'PER' },
      ],
      [{ start: 0, end: 2, type: 'PER' }],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([
      ['LOC:Ossory Road', 'LOC:Velk Crater'],
      ['ORG:Tamsin Party', 'ORG:Halvor Fund'],
      // "Center" names a venue or a research body: no kind to give it.
      ['PER:Orrin Center'],
    ]);
  });

  it('joins a nationality word and a geographic word tagged apart into one place', () => {
    const words = doc('the entire Korean Peninsula .');
    const spans: TokenSpan[][] = [
      [
        { start: 2, end: 3, type: 'MISC' },
        { start: 3, end: 4, type: 'PER' },
      ],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['LOC:Korean Peninsula']]);
  });

  it('drops titles from person names and fixes types the last word contradicts', () => {
    const words = doc('Mr Okafor visited Kelp Island with the Marwick Company .');
    const spans: TokenSpan[][] = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'PER' },
        { start: 7, end: 9, type: 'PER' },
      ],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['PER:Okafor', 'LOC:Kelp Island', 'ORG:Marwick Company']]);
  });

  it('does not spread a one-word name found only once to its untagged repeats', () => {
    const words = doc('Fetchly said no .', 'Later Fetchly said yes .', 'Ilves agreed .', 'Then Ilves left .');
    const spans: TokenSpan[][] = [
      [{ start: 0, end: 1, type: 'PER' }],
      [],
      [{ start: 0, end: 1, type: 'PER' }],
      [{ start: 1, end: 2, type: 'PER' }],
    ];
    harmonizeDocument(words, spans);
    expect(named(words, spans)).toEqual([['PER:Fetchly'], [], ['PER:Ilves'], ['PER:Ilves']]);
  });
});
