import { describe, expect, it } from 'vitest';
import { cardExtract, cutAtSentence, toPlainText } from '../../../../src/background/knowledge/extract';
import { isNameCompatible, normalizeName, stripHonorifics } from '../../../../src/background/knowledge/names';

describe('background/knowledge/extract', () => {
  it.each([
    ['<script>alert(1)</script>Lavrov is a diplomat.', 'alert(1) Lavrov is a diplomat.'],
    ['Lavrov <img src=x onerror="alert(1)"> is a diplomat.', 'Lavrov is a diplomat.'],
    ['Sergey Lavrov (Russian: ; born 1950) is', 'Sergey Lavrov (Russian:; born 1950) is'],
    ['Kim Jong Un ( ; born 1984) is', 'Kim Jong Un (born 1984) is'],
    ['Kim Jong Un ( ) is', 'Kim Jong Un is'],
    ['a < b and c > d', 'a b and c d'],
  ])('makes %j plain text', (input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });

  it('cuts at the last sentence end before the limit, not after an initial or "U.S."', () => {
    const text =
      'He served in the U.S. House. He was born in Orange, California. He became Secretary of State in 2018 and served until 2021.';
    expect(cutAtSentence(text, 70)).toBe('He served in the U.S. House. He was born in Orange, California.');
    expect(cutAtSentence('Mike R. Pompeo is an American politician who served.', 30)).toBe(
      'Mike R. Pompeo is an American…',
    );
  });

  it('leaves short text alone and returns "" for none', () => {
    expect(cardExtract('Short.')).toBe('Short.');
    expect(cardExtract(undefined)).toBe('');
  });
});

describe('background/knowledge/names', () => {
  it.each([
    ['Trump', 'Donald Trump', true],
    ['Kim Jong Un', 'Kim Jong-un', true],
    ['Kim Jong Un', 'Kim Jongun', true],
    ['Ri Yong Ho', 'Ri Yong-ho', true],
    ['Kim Yong Chol', 'Kim Jong Un', false],
    ['Kim Yong Chol', 'Kim Jong-un', false],
    ['New York', 'New York City', true],
    ['Pompeo', 'Mike Pompeo', true],
    ['Pompeo', 'Pompeii', false],
  ])('%s can be named %s: %s', (name, label, expected) => {
    expect(isNameCompatible(name, label)).toBe(expected);
  });

  it('drops honorifics but never the whole name', () => {
    expect(stripHonorifics('President Trump')).toBe('Trump');
    expect(stripHonorifics('Secretary of State Mike Pompeo')).toBe('of State Mike Pompeo');
    expect(stripHonorifics('President')).toBe('President');
  });

  it('normalises accents, hyphens and dots', () => {
    expect(normalizeName('Ri Yong-ho')).toBe('ri yong ho');
    expect(normalizeName('Sergeï Lavrov')).toBe('sergei lavrov');
    expect(normalizeName('U.S.')).toBe('u s');
  });
});
