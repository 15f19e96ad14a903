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

  it.each([
    [
      '"X, the Y of Z"',
      'Mara Lind, the chief executive of Tolvia, said no.',
      'Mara Lind',
      ['chief executive of Tolvia'],
    ],
    [
      '"X, a Y," with no article too',
      'Pavel Orn, a professor of botany at Halden College, agreed.',
      'Pavel Orn',
      ['a professor of botany at Halden College'],
    ],
    [
      '"Z\'s Y X"',
      'He met Norway’s foreign minister Eli Strand there.',
      'Eli Strand',
      ["Norway's foreign minister"],
    ],
    [
      'a role before the name with an honorific between',
      'The Danish chemist Sir Arne Holm arrived.',
      'Arne Holm',
      ['Danish chemist'],
    ],
  ])('reads %s', (_how, text, name, expected) => {
    expect(describeIn(text)[name]).toEqual(expected);
  });

  it('never gives a bare honorific or title as a description', () => {
    const d = describeIn('Mr. Jon Vale met President Ida Roan. Later Sir Tom Hale came.');
    expect(d['Jon Vale']).toEqual([]);
    expect(d['Ida Roan']).toEqual([]);
    expect(d['Tom Hale']).toEqual([]);
  });

  it("does not hand a neighbour's role to the next name", () => {
    const d = describeIn(
      'The singer Lia Moss met Governor-elect Sam Pike. The singer was delighted.\n\nSam Pike said little.',
    );
    expect(d['Lia Moss']).toEqual(['singer']);
    expect(d['Sam Pike']).toEqual([]);
  });

  it('reads nothing from an age or a relative clause after the name', () => {
    const d = describeIn('Rita Vos, 54, agreed. Omar Flint, who runs a bakery, said no.');
    expect(d['Rita Vos']).toEqual([]);
    expect(d['Omar Flint']).toEqual([]);
  });
});
