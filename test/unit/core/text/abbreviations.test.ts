import { describe, expect, it } from 'vitest';
import { cutAtSentence } from '../../../../src/background/knowledge/extract';
import { sentenceAround } from '../../../../src/core/dates/direction';
import { tokenizeText } from '../../../../src/core/ner/model/tokenizer';
import { ABBREVIATIONS } from '../../../../src/core/text/abbreviations';
import { splitSentences } from '../../../../src/core/text/sentences';
import { tokenize } from '../../../../src/core/text/tokens';

/** The sentences of `text` as each reader of sentence ends finds them. */
function sentencesByEachReader(text: string): Record<string, string[]> {
  const dateSentence = (phrase: string): string => {
    const at = text.indexOf(phrase);
    const { start, end } = sentenceAround(text, at, at + phrase.length);
    return text.slice(start, end);
  };
  return {
    splitter: splitSentences(text).map((s) => s.text),
    dates: [dateSentence('Monday')],
    tokenizer: tokenizeText(text).map((tokens) => text.slice(tokens[0]!.start, tokens.at(-1)!.end)),
  };
}

describe('core/text/abbreviations', () => {
  it('lists words in lower case without their final full stop, initialisms with their inner ones', () => {
    for (const word of ABBREVIATIONS) expect(word).toMatch(/^[a-z]+(?:\.[a-z])*$/);
    expect([...ABBREVIATIONS]).toEqual(expect.arrayContaining(['mr', 'sept', 'inc', 'u.s', 'e.g']));
  });

  it.each(['Capt. Ames', 'Rev. Ames', 'Adm. Ames', 'Mt. Ames'])(
    'is one list: the splitter, the dates and the tokenizer all read "%s" as no sentence end',
    (name) => {
      const text = `On Monday ${name} spoke to us.`;
      expect(sentencesByEachReader(text)).toEqual({ splitter: [text], dates: [text], tokenizer: [text] });
    },
  );

  it.each(['Capt.', 'Cmdr.', 'Supt.', 'Hon.'])(
    'the rules\' word tokens keep the stop of the listed title "%s"',
    (title) => {
      expect(tokenize(`${title} Ames spoke.`).map((t) => t.text)).toEqual([title, 'Ames', 'spoke']);
    },
  );

  it.each(['Capt. Ames', 'Cmdr. Ames', 'Sept. 4', 'U.K. ministers'])(
    'the card never cuts a Wikipedia lead after "%s": it cuts at a word instead',
    (words) => {
      const lead = `It was founded by the ${words} and grew over many long years into a large firm.`;
      expect(cutAtSentence(lead, lead.length - 10)).toBe(
        `It was founded by the ${words} and grew over many long years into a…`,
      );
    },
  );
});
