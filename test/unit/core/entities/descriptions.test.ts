import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';

const describeIn = (text: string): Record<string, string[]> =>
  Object.fromEntries(
    analyzeText({ text }, createRulesRecognizer()).entities.map((e) => [e.name, e.descriptions]),
  );

describe('core/entities/descriptions', () => {
  it.each([
    [
      'title words before the name',
      'Secretary of State Mike Pompeo said no.',
      'Mike Pompeo',
      ['Secretary of State'],
    ],
    [
      'nationality and title',
      'Russian President Vladimir Putin said no.',
      'Vladimir Putin',
      ['Russian President'],
    ],
    ['a lower-case role noun', 'He met dictator Kim Jong Un there.', 'Kim Jong Un', ['dictator']],
    [
      'an apposition before the name',
      'Lavrov met Japan’s top diplomat, Taro Kono, in Tokyo.',
      'Taro Kono',
      ["Japan's top diplomat"],
    ],
    [
      'an apposition after the name',
      'Ri Yong Ho, the North Korean foreign minister, said nothing.',
      'Ri Yong Ho',
      ['North Korean foreign minister'],
    ],
    [
      'a lede that describes before it names',
      'The German chancellor will fly to Paris on Monday.\n\nAngela Merkel will meet Macron.',
      'Angela Merkel',
      ['German chancellor'],
    ],
  ])('reads %s', (_how, text, name, expected) => {
    expect(describeIn(text)[name]).toEqual(expected);
  });

  it('keeps the most specific of overlapping descriptions, longest first', () => {
    const d = describeIn('North Korean dictator Kim Jong Un spoke. Later dictator Kim Jong Un left.');
    expect(d['Kim Jong Un']).toEqual(['North Korean dictator']);
  });

  it('does not describe a person with a phrase that names them', () => {
    const d = describeIn('The aide to Vladimir Putin was there.\n\nVladimir Putin spoke.');
    expect(d['Vladimir Putin']).toEqual([]);
  });

  it('finds no description where the article gives none', () => {
    expect(describeIn('Angela Merkel met Emmanuel Macron in Paris.')).toMatchObject({
      'Angela Merkel': [],
      'Emmanuel Macron': [],
    });
  });
});
