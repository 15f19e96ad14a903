import { describe, expect, it } from 'vitest';
import type { KnownNames } from '../../../../src/core/ner/other-kinds';
import { findRepeatedNames } from '../../../../src/core/ner/repeated-names';
import type { RecognizedSpan } from '../../../../src/core/types';

const nothingKnown: KnownNames = {
  person: () => false,
  organization: () => false,
  place: () => false,
  demonym: () => false,
  common: () => false,
};

const added = (text: string, spans: RecognizedSpan[] = [], known: KnownNames = nothingKnown): string[] =>
  findRepeatedNames(text, spans, known)
    .slice(spans.length)
    .map((s) => `${text.slice(s.start, s.end)}@${s.start}:${s.type}`);

const span = (text: string, name: string, type: RecognizedSpan['type'], from = 0): RecognizedSpan => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type };
};

describe('core/ner/repeated-names: a name the article keeps writing is found at all its mentions', () => {
  it('adds the untagged mid-sentence mentions of a tagged name, with its type', () => {
    const text =
      'Orvella Trask spoke first. Later the board heard Orvella Trask again, and thanked Orvella Trask.';
    const tagged = [span(text, 'Orvella Trask', 'person')];
    expect(added(text, tagged)).toEqual(['Orvella Trask@49:person', 'Orvella Trask@82:person']);
  });

  it('takes the type most tagged mentions have, and leaves a tie alone', () => {
    const text = 'Drennick said so. Drennick agreed. Drennick left. We met Drennick later.';
    const two = [
      span(text, 'Drennick', 'person'),
      span(text, 'Drennick', 'person', 5),
      span(text, 'Drennick', 'place', 30),
    ];
    expect(added(text, two)).toEqual(['Drennick@57:person']);
    const tie = [span(text, 'Drennick', 'person'), span(text, 'Drennick', 'place', 5)];
    expect(added(text, tie)).toEqual([]);
  });

  it('finds a never-tagged name by a place noun around one of its mentions', () => {
    const text = 'Aid reached the Vesklo camp in May. Families in Vesklo waited. The road to Vesklo closed.';
    expect(added(text)).toEqual(['Vesklo@16:place', 'Vesklo@48:place', 'Vesklo@75:place']);
    const planet = 'The probe left for the planet of Orrin IV. Nobody has walked on Orrin IV since.';
    expect(added(planet)).toEqual(['Orrin IV@33:place', 'Orrin IV@64:place']);
  });

  it('reads any place head word of one kind at the end of a repeated name: a wharf, a pass', () => {
    const text =
      'Boats tied up at Kessoway Wharf, and crews left Kessoway Wharf at dawn; the road climbs to Tarn Pass, and Tarn Pass was shut.';
    expect(added(text)).toEqual([
      'Kessoway Wharf@17:place',
      'Kessoway Wharf@48:place',
      'Tarn Pass@91:place',
      'Tarn Pass@106:place',
    ]);
  });

  it('reads a place head word at the end of a repeated name, and inner capitals as a brand', () => {
    expect(added('They climbed into the Ember Crater. Inside the Ember Crater it was hot.')).toEqual([
      'Ember Crater@22:place',
      'Ember Crater@47:place',
    ]);
    expect(added('The site ZenTrax said so, and ZenTrax was right.')).toEqual([
      'ZenTrax@9:organization',
      'ZenTrax@30:organization',
    ]);
  });

  it("takes a company's head word as cue enough at one mid-sentence mention", () => {
    expect(added('Parts come from Pellmore Technologies and others.')).toEqual([
      'Pellmore Technologies@16:organization',
    ]);
  });

  it('reads a kind noun before one mention as an organisation, even of common words', () => {
    expect(added('She left the record label, Blue Engine. Fans blamed Blue Engine for it.')).toEqual([
      'Blue Engine@27:organization',
      'Blue Engine@52:organization',
    ]);
  });

  it('reads a part of a place the article names: a common word before it, or a region acronym after it', () => {
    const text = 'Rain fell on Vesklo. Vesklo flooded. The old quarter of Old Vesklo, and Old Vesklo too.';
    const tagged = [span(text, 'Vesklo', 'place'), span(text, 'Vesklo', 'place', 20)];
    expect(added(text, tagged)).toEqual(['Old Vesklo@56:place', 'Old Vesklo@72:place']);
    const known = { ...nothingKnown, place: (w: string) => w === 'Ossel' };
    expect(added('Smog hit Ossel-NCR again; living in Ossel-NCR is hard.', [], known)).toEqual([
      'Ossel-NCR@9:place',
      'Ossel-NCR@36:place',
    ]);
  });

  it('guesses nothing without a cue, from one mention, or for common words and handles', () => {
    expect(added('We read Pellmore daily. Pellmore is a blog, and Pellmore is good.')).toEqual([]);
    expect(added('Aid reached the Vesklo camp in May.')).toEqual([]);
    expect(added('They reached the Base Camp. The base camp was cold at the Base Camp.')).toEqual([
      'Base Camp@17:place',
      'Base Camp@58:place',
    ]);
    expect(added('Ask @ZenTrax. Follow @ZenTrax or #ZenTrax.')).toEqual([]);
    const known = { ...nothingKnown, common: (w: string) => w === 'Party' };
    expect(added('the Party camp and the Party camp', [], known)).toEqual([]);
  });

  it('adds nothing inside a name the tagger found', () => {
    const text = 'The Vesklo Fund met near the Vesklo camp; the Vesklo Fund paid.';
    const tagged = [span(text, 'Vesklo Fund', 'organization'), span(text, 'Vesklo Fund', 'organization', 20)];
    expect(added(text, tagged)).toEqual([]);
  });
});
