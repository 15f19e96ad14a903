/**
 * Capitalised common words after an article or a possessive are no name when the article also writes
 * them in lower case. Sentences and names written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { dropCommonWordNames } from '../../../../src/core/ner/common-word-names';
import { LEXICON_NAMES, type KnownNames } from '../../../../src/core/ner/other-kinds';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

/** Every occurrence of each name, typed. */
function spansOf(text: string, names: [string, EntityType][]): RecognizedSpan[] {
  return names.flatMap(([name, type]) => {
    const found: RecognizedSpan[] = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      found.push({ start: i, end: i + name.length, text: name, type });
    return found;
  });
}
const kept = (text: string, names: [string, EntityType][]): string[] => [
  ...new Set(dropCommonWordNames(text, spansOf(text, names), LEXICON_NAMES).map((s) => s.text)),
];

describe('capitalised common words after an article or a possessive', () => {
  it('drops a run of words the article also writes in lower case', () => {
    const text =
      'The kingdom sent a bounty hunter after the thief. Later their Kingdom fell, and a Bounty Hunter took the crown.';
    expect(
      kept(text, [
        ['Kingdom', 'person'],
        ['Bounty Hunter', 'place'],
      ]),
    ).toEqual([]);
  });

  it('keeps a run whose words the article never writes in lower case', () => {
    const text = 'A Silver Heron landed. The heron was grey.';
    expect(kept(text, [['Silver Heron', 'person']])).toEqual(['Silver Heron']);
  });

  it('keeps a name written once without an article or a possessive', () => {
    const text = 'Sam Hunter spoke. The hunter left, and the Hunter came back; Hunter smiled.';
    expect(kept(text, [['Hunter', 'person']])).toEqual(['Hunter']);
  });

  it('keeps a run that ends in an institution’s, a place’s or an event’s head word', () => {
    const text =
      'The transportation budget grew and the Transportation Department said a glass crater was found near the Glass Crater.';
    expect(
      kept(text, [
        ['Transportation Department', 'organization'],
        ['Glass Crater', 'place'],
      ]),
    ).toEqual(['Transportation Department', 'Glass Crater']);
  });

  it('keeps a run that ends in any head word of the table: a fair, a rally, a wharf', () => {
    const text =
      'After the harvest a fair, a rally and a wharf party: the Harvest Fair, the Harvest Rally, the Harvest Wharf.';
    expect(
      kept(text, [
        ['Harvest Fair', 'event'],
        ['Harvest Rally', 'event'],
        ['Harvest Wharf', 'place'],
      ]),
    ).toEqual(['Harvest Fair', 'Harvest Rally', 'Harvest Wharf']);
  });

  it('keeps a name the lexicon knows, whatever its words', () => {
    const text = 'Protesters marched to the Red Cross tent, a red cross on its roof.';
    expect(kept(text, [['Red Cross', 'organization']])).toEqual(['Red Cross']);
  });
});

describe('a capitalised phrase after "a" or "an", or a stat unit after a number', () => {
  it('drops "a" + a title-case run that ends the noun phrase: a role, a label, an idiom', () => {
    const text =
      'One friend calls herself a Grocery Store. The case was filed by Ines Varga, a Senior Advocate of Ruritania, ' +
      'and the victim was a good Samaritan who helped.';
    expect(
      kept(text, [
        ['Grocery Store', 'person'],
        ['Advocate', 'person'],
        ['Samaritan', 'person'],
        ['Ines Varga', 'person'],
      ]),
    ).toEqual(['Ines Varga']);
  });

  it('keeps a name that a lower-case noun follows, a known name, and a name written elsewhere without "a"', () => {
    const text =
      'An Orvane spokesperson spoke. She flew to a Paris. He met a Hollis. Hollis Brand said so. A Silver Heron landed.';
    expect(
      kept(text, [
        ['Orvane', 'organization'],
        ['Paris', 'place'],
        ['Hollis', 'person'],
        ['Silver Heron', 'person'],
      ]),
    ).toEqual(['Orvane', 'Paris', 'Hollis', 'Silver Heron']);
  });

  it('drops an all-caps stat unit after a number or "a": "1 sack, 1 TFL", "a PBU in coverage"', () => {
    const text = 'He had 1 sack, 1 TFL, 2 QH. He also had a PBU in coverage. The NFL fined him 2 times.';
    expect(
      kept(text, [
        ['TFL', 'organization'],
        ['QH', 'organization'],
        ['PBU', 'organization'],
        ['NFL', 'organization'],
      ]),
    ).toEqual(['NFL']);
  });
});

describe('eponyms in common nouns and Latin species names', () => {
  const COMMON_WORDS: KnownNames = { ...LEXICON_NAMES, common: (n) => ['Era', 'Bonus'].includes(n) };
  const keptWith = (text: string, names: [string, EntityType][]): string[] => [
    ...new Set(dropCommonWordNames(text, spansOf(text, names), COMMON_WORDS).map((s) => s.text)),
  ];

  it('drops a name in a disease’s or a body part’s common noun: "Achilles’ injury", "Varga’s disease"', () => {
    const text = 'He tore his Achilles’ tendon; she was told of Varga’s disease and Torvin syndrome.';
    expect(
      keptWith(text, [
        ['Achilles', 'person'],
        ['Varga', 'person'],
        ['Torvin', 'organization'],
      ]),
    ).toEqual([]);
  });

  it('keeps a person whose injury it is, and a person named elsewhere in the article', () => {
    const text = 'Ines Varga spoke. Burnett’s injury ended his season, and Varga’s disease was treated.';
    expect(
      keptWith(text, [
        ['Burnett', 'person'],
        ['Ines Varga', 'person'],
        ['Varga', 'person'],
      ]),
    ).toEqual(['Burnett', 'Ines Varga', 'Varga']);
  });

  it('drops a genus before a Latin epithet, not a name before an English word', () => {
    const text = 'The Vexinia pestilis bacterium spread. The Orvane era ended; the Orvane bonus was paid.';
    expect(
      keptWith(text, [
        ['Vexinia', 'organization'],
        ['Orvane', 'organization'],
      ]),
    ).toEqual(['Orvane']);
  });
});
