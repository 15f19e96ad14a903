import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  GAZETTEER_KINDS,
  gazetteerToLists,
  matchGazetteer,
} from '../../../../../src/core/ner/model/gazetteer';

const match = (words: string[], lists: Parameters<typeof buildGazetteer>[0]): (string[] | null)[] =>
  matchGazetteer(
    buildGazetteer(lists),
    words,
    words.map((w) => w.toLowerCase()),
    false,
  );

describe('core/ner/model/gazetteer', () => {
  it('marks one-word Wikidata labels no other list types as WIKIX', () => {
    const lists = {
      WIKI: ['Instagram', 'Paris', 'Madonna', 'Museum', 'White House'],
      PLACE: ['Paris'],
      FIRST: ['Madonna'],
      COMMON: ['Museum'],
    };
    expect(match(['Instagram', 'Paris', 'Madonna', 'Museum', 'White', 'House'], lists)).toEqual([
      ['WIKI-U', 'WIKIX-U'],
      ['PLACE-U', 'WIKI-U'],
      ['WIKI-U', 'FIRST-U'],
      ['WIKI-U', 'COMMON-U'],
      ['WIKI-B'],
      ['WIKI-L'],
    ]);
  });

  it('matches common words only when capitalised', () => {
    expect(match(['the', 'museum', 'Museum'], { COMMON: ['Museum'] })).toEqual([null, null, ['COMMON-U']]);
  });

  it('does not write derived kinds to the model file', () => {
    const lists = gazetteerToLists(buildGazetteer({ WIKI: ['Instagram'] }));
    expect(lists).toEqual({ WIKI: ['Instagram'] });
    expect(GAZETTEER_KINDS).toContain('WIKIX');
  });
});
