import { describe, expect, it } from 'vitest';
import {
  EVENT_HEADS,
  HEAD_WORDS,
  headWords,
  lowerCaseHeadWords,
  ORG_HEADS,
  PLACE_HEADS,
} from '../../../../src/core/ner/head-words';

describe('the head-word table', () => {
  it('writes every word as it stands in a name: capitalised, one word', () => {
    for (const { word } of HEAD_WORDS) expect(word).toMatch(/^\p{Lu}[\p{L}.]*$/u);
  });

  it('lists a word once per kind it names, and a word naming two kinds twice', () => {
    const keys = HEAD_WORDS.map((h) => `${h.word}/${h.type}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(HEAD_WORDS.filter((h) => h.word === 'Congress').map((h) => h.type)).toEqual(
      expect.arrayContaining(['organization', 'event']),
    );
  });

  it('reads the words of a kind and role, as written or in lower case', () => {
    expect(ORG_HEADS.has('Party')).toBe(true);
    expect(PLACE_HEADS.has('Bay')).toBe(true);
    expect(EVENT_HEADS.has('Summit')).toBe(true);
    expect(PLACE_HEADS.has('Party')).toBe(false);
    expect(headWords('place', 'venue').has('Hospital')).toBe(true);
    expect(lowerCaseHeadWords('place', 'venue').has('hospital')).toBe(true);
    expect(headWords(undefined, 'run')).toEqual(
      new Set(HEAD_WORDS.filter((h) => h.roles.includes('run')).map((h) => h.word)),
    );
  });
});
