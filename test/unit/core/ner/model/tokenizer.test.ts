import { describe, expect, it } from 'vitest';
import { normalizeToken, tokenizeText } from '../../../../../src/core/ner/model/tokenizer';

const words = (text: string): string[][] => tokenizeText(text).map((s) => s.map((t) => t.text));

describe('core/ner/model/tokenizer', () => {
  it('gives every token exact UTF-16 offsets into the text', () => {
    const text =
      'Sergey Lavrov will meet North Korea’s “foreign policy chief” — Ri Yong Ho 🇰🇵 — on Thursday.\n\nNext block.';
    const tokens = tokenizeText(text).flat();
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // tokens are in order and never overlap
    for (let i = 1; i < tokens.length; i++)
      expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });

  it('splits possessives with straight or curly apostrophes', () => {
    expect(words("North Korea’s leader and Trump's decision")).toEqual([
      ['North', 'Korea', '’s', 'leader', 'and', 'Trump', "'s", 'decision'],
    ]);
  });

  it('keeps initialisms, titles and hyphenated words whole', () => {
    expect(words('Mr. Smith went to the U.S. with a Russian-born aide.')).toEqual([
      ['Mr.', 'Smith', 'went', 'to', 'the', 'U.S.', 'with', 'a', 'Russian-born', 'aide', '.'],
    ]);
  });

  it('splits sentences at full stops before a capital, and at every line break', () => {
    expect(words('He left. She stayed in the U.S. for now.\nHEADLINE HERE')).toEqual([
      ['He', 'left', '.'],
      ['She', 'stayed', 'in', 'the', 'U.S.', 'for', 'now', '.'],
      ['HEADLINE', 'HERE'],
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(words('“We hope,” Putin said. “Regret.” Then more.')).toEqual([
      ['“', 'We', 'hope', ',', '”', 'Putin', 'said', '.'],
      ['“', 'Regret', '.', '”'],
      ['Then', 'more', '.'],
    ]);
  });

  it('keeps an initial with its full stop, but ends the sentence after a letter the next sentence follows', () => {
    expect(words('The lab named it Q. When it grew, Anna T. Vell was there.')).toEqual([
      ['The', 'lab', 'named', 'it', 'Q', '.'],
      ['When', 'it', 'grew', ',', 'Anna', 'T.', 'Vell', 'was', 'there', '.'],
    ]);
  });

  it('ends the sentence after a unit glued to a number ("in 8K.")', () => {
    expect(words('The set shows films in 8K. Viewers liked it.')).toEqual([
      ['The', 'set', 'shows', 'films', 'in', '8', 'K', '.'],
      ['Viewers', 'liked', 'it', '.'],
    ]);
  });

  it('keeps an initialism after a hyphen a token of its own', () => {
    expect(words('a Norland-U.S. border post')).toEqual([['a', 'Norland', '-', 'U.S.', 'border', 'post']]);
  });

  it('keeps a degree and the honorific "Rt." whole', () => {
    expect(words('Tom Ash, Ph.D., met the Rt. Hon. Lea Moss.')).toEqual([
      ['Tom', 'Ash', ',', 'Ph.D.', ',', 'met', 'the', 'Rt.', 'Hon.', 'Lea', 'Moss', '.'],
    ]);
  });

  it('normalises typographic quotes and dashes to the forms in the training data', () => {
    expect(normalizeToken('’s')).toBe("'s");
    expect(normalizeToken('“')).toBe('"');
    expect(normalizeToken('—')).toBe('-');
    expect(normalizeToken('Korea')).toBe('Korea');
  });
});
