/**
 * The last word of a name glued to "-based" or a possessive belongs to the name.
 * Sentences and names written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { withGluedWords } from '../../../../src/core/ner/glued-words';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

function span(text: string, name: string, type: EntityType): RecognizedSpan {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" not in text`);
  return { start, end: start + name.length, text: name, type };
}
const shown = (spans: RecognizedSpan[]): string[] => spans.map((s) => `${s.type} ${s.text}`);

describe('a name’s last word glued to what follows it', () => {
  it('takes in the word before "-based", and makes a place of the name', () => {
    const text = 'She runs a Corran Bay-based bakery.';
    expect(shown(withGluedWords(text, [span(text, 'Corran', 'person')]))).toEqual(['place Corran Bay']);
  });

  it('keeps an institution’s type before "-based"', () => {
    const text = 'A Velmora University-based team built it.';
    expect(shown(withGluedWords(text, [span(text, 'Velmora', 'organization')]))).toEqual([
      'organization Velmora University',
    ]);
  });

  it('takes in a place’s head word hidden by a possessive', () => {
    const text = 'Visitors love Palm Vale Beach’s old hotels.';
    expect(shown(withGluedWords(text, [span(text, 'Palm Vale', 'place')]))).toEqual([
      'place Palm Vale Beach',
    ]);
  });

  it('takes in any kind of place’s head word: a building’s or a road’s as much as a beach’s', () => {
    const text = 'Crowds filled Orrin Tower’s lobby and Kell Road’s cafés.';
    const spans = [span(text, 'Orrin', 'place'), span(text, 'Kell', 'place')];
    expect(shown(withGluedWords(text, spans))).toEqual(['place Orrin Tower', 'place Kell Road']);
  });

  it('leaves a possessive word that is no place’s head, and a name that is no place', () => {
    const text = 'Ana Gil Daily’s owner met Rui Costa Beach’s mayor.';
    const spans = [span(text, 'Ana Gil', 'place'), span(text, 'Rui Costa', 'person')];
    expect(shown(withGluedWords(text, spans))).toEqual(['place Ana Gil', 'person Rui Costa']);
  });
});

describe('a name glued to a script’s file extension', () => {
  it('is a code library, not highlighted', () => {
    const text = 'Teams moved from Lumen.js and Quill.ts to plain pages.';
    const spans = [span(text, 'Lumen', 'organization'), span(text, 'Quill', 'person')];
    expect(shown(withGluedWords(text, spans))).toEqual([]);
  });
});
