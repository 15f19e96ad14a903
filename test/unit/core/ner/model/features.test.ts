import { describe, expect, it } from 'vitest';
import {
  extractFeatures,
  prepareDocument,
  shortShape,
  wordShape,
} from '../../../../../src/core/ner/model/features';
import { buildGazetteer } from '../../../../../src/core/ner/model/gazetteer';

const gazetteer = buildGazetteer({ PLACE: ['North Korea', 'Singapore'], PER: ['Kim Jong Un'], ORG: ['UN'] });
const featuresOf = (sentences: string[][], s: number, i: number): string[] => {
  const doc = prepareDocument(sentences, gazetteer);
  const out: string[] = [];
  const n = extractFeatures(doc[s]!, i, out);
  return out.slice(0, n);
};

describe('core/ner/model/features', () => {
  it('describes word shapes, cutting long runs', () => {
    expect(wordShape('Washington')).toBe('Xxxxx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-22')).toBe('dddd-dd-dd');
    expect(wordShape('Ürümqi')).toBe('Xxxxx');
    expect(shortShape(wordShape('McDonald'))).toBe('XxXx');
  });

  it('describes the word, its affixes and its neighbours', () => {
    const f = featuresOf([['Sergey', 'Lavrov', 'will', 'visit']], 0, 1);
    expect(f).toEqual(
      expect.arrayContaining([
        'w=Lavrov',
        'l=lavrov',
        'ss=Xx',
        'p3=lav',
        's3=rov',
        'l-1=sergey',
        'l+1=will',
        'l+2=visit',
      ]),
    );
    expect(f).toContain('l-2=<s>');
  });

  it('marks gazetteer names by position, only when capitalised', () => {
    const f = featuresOf([['in', 'North', 'Korea', 'today']], 0, 2);
    expect(f).toContain('g=PLACE-L');
    expect(featuresOf([['in', 'North', 'Korea']], 0, 1)).toContain('g=PLACE-B');
    expect(featuresOf([['in', 'north', 'korea']], 0, 1).some((x) => x.startsWith('g='))).toBe(false);
  });

  it('matches names as written, except in headlines', () => {
    expect(featuresOf([['Kim', 'Jong', 'Un', 'met', 'the', 'UN', 'chief']], 0, 5)).toContain('g=ORG-U');
    expect(featuresOf([['Kim', 'Jong', 'Un', 'met', 'the', 'UN', 'chief']], 0, 2)).not.toContain('g=ORG-U');
    expect(featuresOf([['Kim', 'Jong', 'Un', 'met', 'the', 'UN', 'chief']], 0, 2)).toContain('g=PER-L');
    expect(featuresOf([['KIM', 'JONG', 'UN', 'VISITS', 'NORTH', 'KOREA']], 0, 5)).toContain('g=PLACE-L');
  });

  it('flags headlines in capitals', () => {
    expect(featuresOf([['LAVROV', 'VISITS', 'PYONGYANG']], 0, 0)).toContain('caps|l=lavrov');
    expect(featuresOf([['Lavrov', 'visits']], 0, 0).some((x) => x.startsWith('caps'))).toBe(false);
  });

  it('tells a sentence-initial name from a sentence-initial common word by the rest of the document', () => {
    const doc = [
      ['Trump', 'said', 'so', '.'],
      ['The', 'talks', 'with', 'Trump', 'ended', '.'],
      ['Talks', 'resume', '.'],
    ];
    // "Trump" is capitalised mid-sentence elsewhere; "Talks" is seen in lower case elsewhere.
    expect(featuresOf(doc, 0, 0)).toContain('d=ac--');
    expect(featuresOf(doc, 2, 0)).toContain('d=a-l-');
  });
});
