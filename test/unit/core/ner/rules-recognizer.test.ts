import { describe, expect, it } from 'vitest';
import { recognizeWithRules } from '../../../../src/core/ner/rules-recognizer';

const found = (text: string): string[] => recognizeWithRules(text).map((s) => `${s.type}:${s.text}`);

describe('core/ner/rules-recognizer', () => {
  it.each([
    ['Russian President Vladimir Putin spoke.', ['person:Vladimir Putin']],
    ['Secretary of State Mike Pompeo met Kim Yong Chol.', ['person:Mike Pompeo', 'person:Kim Yong Chol']],
    ['They flew from Beijing’s airport to New York.', ['place:Beijing', 'place:New York']],
    ['American officials met Russian diplomats.', []],
    ['The talks were held on Thursday in June.', []],
    [
      'He joined the Ministry of Foreign Affairs and the United Nations.',
      ['organization:Ministry of Foreign Affairs', 'organization:United Nations'],
    ],
    ['Crowds gathered for the Winter Olympics.', ['event:Winter Olympics']],
    ['Tensions rose on the Korean Peninsula.', ['place:Korean Peninsula']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('finds a lone surname once the full name is known', () => {
    expect(found('Mike Pompeo spoke. Later, Pompeo left.')).toEqual(['person:Mike Pompeo', 'person:Pompeo']);
  });

  it('reads only known names in a title-case headline', () => {
    expect(found('Russian Foreign Minister Will Visit North Korea for Talks')).toEqual(['place:North Korea']);
  });

  it('gives offsets that point at the name in the text', () => {
    const text = 'In the end, President Trump met Kim Jong Un.';
    for (const s of recognizeWithRules(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
