/**
 * A name always written before the same lower-case venue or force noun takes the noun in.
 * Sentences and names written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_NAMES } from '../../../../src/core/ner/other-kinds';
import { withVenueNouns } from '../../../../src/core/ner/venue-nouns';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

function span(text: string, name: string, type: EntityType, from = 0): RecognizedSpan {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`"${name}" not in text`);
  return { start, end: start + name.length, text: name, type };
}
const shown = (spans: RecognizedSpan[]): string[] => spans.map((s) => `${s.type} ${s.text}`);

describe('lower-case venue and force nouns after a name', () => {
  it('takes the venue noun into a name the article only writes before it', () => {
    const text = 'She was taken to Harbin Vale hospital on Friday.';
    expect(shown(withVenueNouns(text, [span(text, 'Harbin Vale', 'person')], LEXICON_NAMES))).toEqual([
      'place Harbin Vale hospital',
    ]);
  });

  it('makes an organisation of a name before "police", at every mention', () => {
    const text = 'Orrin Bay police said the road was shut. A spokesman for Orrin Bay police added more.';
    const spans = [span(text, 'Orrin Bay', 'place'), span(text, 'Orrin Bay', 'place', 20)];
    expect(shown(withVenueNouns(text, spans, LEXICON_NAMES))).toEqual([
      'organization Orrin Bay police',
      'organization Orrin Bay police',
    ]);
  });

  it('leaves a name the article also writes without the noun', () => {
    const text = 'Lark Cove beach was closed. Lark Cove is a quiet town.';
    const spans = [span(text, 'Lark Cove', 'place'), span(text, 'Lark Cove', 'place', 10)];
    expect(shown(withVenueNouns(text, spans, LEXICON_NAMES))).toEqual(['place Lark Cove', 'place Lark Cove']);
  });

  it('leaves a place known on its own before the noun', () => {
    const text = 'London police said two men were held.';
    expect(shown(withVenueNouns(text, [span(text, 'London', 'place')], LEXICON_NAMES))).toEqual([
      'place London',
    ]);
  });

  it('leaves a noun that is not a venue', () => {
    const text = 'The Harbin Vale team won.';
    expect(shown(withVenueNouns(text, [span(text, 'Harbin Vale', 'organization')], LEXICON_NAMES))).toEqual([
      'organization Harbin Vale',
    ]);
  });
});

describe('a venue or force noun that describes the noun after it', () => {
  it('leaves the name as the town’s', () => {
    const text = 'Later, a Forest Vale police sergeant searched the room.';
    expect(shown(withVenueNouns(text, [span(text, 'Forest Vale', 'place')], LEXICON_NAMES))).toEqual([
      'place Forest Vale',
    ]);
  });
});
