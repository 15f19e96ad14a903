/**
 * A closed-class word alone at a sentence's start is no name, though a surname is spelled like it; a
 * subject pronoun glued to a person's name is that name's surname. Names and sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { fixClosedClassNames } from '../../../../src/core/ner/closed-class-names';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';
import { loadProductRecognizer } from '../product-recognizer';

function spanAt(text: string, name: string, type: EntityType, from = 0): RecognizedSpan {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type };
}
const texts = (spans: RecognizedSpan[]): string[] => spans.map((s) => s.text);

describe('closed-class words and names', () => {
  it('drops a sentence-opening pronoun the tagger read as a surname', () => {
    const text = 'Vice Premier Zhao He arrived in Harbin. He said the talks went well.';
    const spans = [spanAt(text, 'Zhao He', 'person'), spanAt(text, 'He', 'person', 40)];
    expect(texts(fixClosedClassNames(text, spans))).toEqual(['Zhao He']);
  });

  it('drops any closed-class word alone at a sentence or quotation start, not the capitals "US"', () => {
    const text = '“In the end, we agreed.” An aide left. US officials stayed.';
    const spans = [spanAt(text, 'In', 'place'), spanAt(text, 'An', 'person'), spanAt(text, 'US', 'place')];
    expect(texts(fixClosedClassNames(text, spans))).toEqual(['US']);
  });

  it('keeps the surname written mid-sentence, where its capital marks a name', () => {
    const text = 'The envoy met Zhao He on Monday, and later Mr He thanked him, said He.';
    const spans = [spanAt(text, 'He', 'person', 45), spanAt(text, 'He', 'person', 60)];
    expect(texts(fixClosedClassNames(text, spans))).toEqual(['He', 'He']);
  });

  it('gives back the surname the tagger left off a name at a sentence’s start', () => {
    const text = '“It is fair,” He Minglu, a former port director, said. She Yulan agreed.';
    const spans = [spanAt(text, 'Minglu', 'person'), spanAt(text, 'Yulan', 'person')];
    expect(texts(fixClosedClassNames(text, spans))).toEqual(['He Minglu', 'She Yulan']);
  });

  it('gives it back mid-sentence too, but glues no pronoun to an organisation or across a comma', () => {
    const text = 'Aides met He Minglu. He Harbin Steel never hired; He, Varga said, was right.';
    const spans = [
      spanAt(text, 'Minglu', 'person'),
      spanAt(text, 'Harbin Steel', 'organization'),
      spanAt(text, 'Varga', 'person'),
    ];
    expect(texts(fixClosedClassNames(text, spans))).toEqual(['He Minglu', 'Harbin Steel', 'Varga']);
  });

  it('does not highlight the pronoun "He" as a short form of a person named "<Given> He"', () => {
    const text =
      'Chinese Vice Premier Zhao He met trade envoys on Monday. He said talks would continue next week. He also praised the envoys.';
    const entities = analyzeText({ text }, loadProductRecognizer()).entities;
    const zhao = entities.find((e) => e.name === 'Zhao He');
    expect(zhao?.mentions.map((m) => m.text)).toEqual(['Zhao He']);
  });
});
