import { describe, expect, it } from 'vitest';
import { spotLexiconNames } from '../../../../src/core/ner/lexicon-spotter';
import type { KnownNames } from '../../../../src/core/ner/other-kinds';
import type { RecognizedSpan } from '../../../../src/core/types';

const spotted = (text: string, spans: RecognizedSpan[] = [], known?: KnownNames): string[] =>
  spotLexiconNames(text, spans, known)
    .slice(spans.length)
    .map((s) => `${s.text}:${s.type}`);

describe('core/ner/lexicon-spotter: names the lexicon is sure of, where the tagger found none', () => {
  it('adds a platform or a country the tagger missed', () => {
    expect(spotted('The mayor turned to Twitter to complain about smog in Nepal.')).toEqual([
      'Twitter:organization',
      'Nepal:place',
    ]);
  });

  it('leaves names the tagger already found, and names inside longer names', () => {
    const text = 'She works at Google. The Twitter Files came out. He joined Apple Music and Google.';
    const google: RecognizedSpan = { start: 13, end: 19, text: 'Google', type: 'organization' };
    expect(spotted(text, [google])).toEqual(['Google:organization']);
  });

  it('spots a name opening a sentence', () => {
    expect(spotted('Prices rose. Twitter said nothing.')).toEqual(['Twitter:organization']);
  });

  it('leaves the agency of a dateline: "(Reuters) —"', () => {
    expect(spotted('LONDON (Reuters) — Shares fell.')).toEqual([]);
  });

  it('leaves a lexicon place that is also a known first name', () => {
    const known: KnownNames = {
      person: (n) => n === 'Chad',
      organization: () => false,
      place: () => true,
      demonym: () => false,
      common: () => false,
    };
    expect(spotted('Then Chad laughed.', [], known)).toEqual([]);
  });

  it('spots planets only in an article that names two of them', () => {
    expect(spotted('Titan orbits Saturn, and is larger than Mercury.')).toEqual([
      'Titan:place',
      'Saturn:place',
      'Mercury:place',
    ]);
    expect(spotted('He drove a Mercury to work.')).toEqual([]);
  });

  it("finds a US state's news abbreviation after a town and a comma, only there", () => {
    expect(spotted('DUNMORE, N.Y. — Snow fell. In Ossel, Calif., it rained.')).toEqual([
      'N.Y.:place',
      'Calif.:place',
    ]);
    expect(spotted('He said Tex. was short. Buy a Ga. peach.')).toEqual([]);
  });
});
