import { describe, expect, it } from 'vitest';
import { contextWords } from '../../../../src/background/knowledge/linker';
import { singular, withoutPossessives, wordStem } from '../../../../src/background/knowledge/word-stem';

describe('background/knowledge/word-stem', () => {
  it.each([
    ['Russian', 'Russia'],
    ['Korean', 'Korea'],
    ['ministry', 'minister'],
    ['diplomacy', 'diplomat'],
    ['armies', 'army'],
    ['officials', 'official'],
    ['officers', 'officer'],
    ['generals', 'general'],
  ])('joins "%s" and "%s"', (a, b) => {
    expect(wordStem(a.toLowerCase())).toBe(wordStem(b.toLowerCase()));
  });

  it.each([
    ['official', 'officer'],
    ['official', 'office'],
    ['officer', 'office'],
    ['general', 'generation'],
    ['national', 'nation'],
    ['secretary', 'secret'],
    ['statement', 'state'],
    ['republican', 'republic'],
    ['democrat', 'democracy'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(wordStem(a)).not.toBe(wordStem(b));
  });

  it('drops possessives, straight or curly, singular or plural', () => {
    expect(withoutPossessives("the army’s chief, the ministers’ talks, the party's line")).toBe(
      'the army chief, the ministers talks, the party line',
    );
    // A contraction inside a word is not a possessive.
    expect(withoutPossessives('O’Sullivan')).toBe('O’Sullivan');
  });

  it('makes plurals singular but leaves words that only end in s', () => {
    expect(
      ['armies', 'bosses', 'churches', 'talks', 'Paris', 'status', 'press'].map((w) => singular(w)),
    ).toEqual(['army', 'boss', 'church', 'talk', 'Paris', 'status', 'press']);
  });

  it('lets "the army’s" in an article meet "army" in a description, with its field', () => {
    expect(contextWords('the army’s chief')).toEqual(expect.arrayContaining(['army', '#military']));
    expect(contextWords('a North Korean official')).toContain('#politics');
    expect(contextWords('a North Korean official')).not.toContain(wordStem('officer'));
  });
});
