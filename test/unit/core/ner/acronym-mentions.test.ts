/**
 * An organisation's initials are found at their mentions once the article names it in full. Names and
 * sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { withAcronymMentions } from '../../../../src/core/ner/acronym-mentions';
import { LEXICON_NAMES } from '../../../../src/core/ner/other-kinds';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';
import { loadProductRecognizer } from '../product-recognizer';

function spanAt(text: string, name: string, type: EntityType): RecognizedSpan {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}
const added = (text: string, spans: RecognizedSpan[]): string[] =>
  withAcronymMentions(text, spans, LEXICON_NAMES)
    .slice(spans.length)
    .map((s) => `${s.text}@${s.start}:${s.type}`);

describe('an organisation’s initials', () => {
  it('are found wherever they are written after the full name, "&" included', () => {
    const text = 'Lakeshore Gas & Electric Co. filed on Monday. LG&E said LG&E’s customers were safe.';
    expect(added(text, [spanAt(text, 'Lakeshore Gas & Electric Co.', 'organization')])).toEqual([
      'LG&E@46:organization',
      'LG&E@56:organization',
    ]);
  });

  it('are not guessed without the full name, nor taken from a place, nor two capitals alone', () => {
    const text = 'United Steel hired staff in the US. LG&E and US Steel agreed. Carl Burns played CB.';
    expect(
      added(text, [spanAt(text, 'United Steel', 'organization'), spanAt(text, 'Carl Burns', 'organization')]),
    ).toEqual([]);
  });

  it('are highlighted as the company they stand for', () => {
    const text =
      'The utility Lakeshore Gas & Electric Co. filed for bankruptcy on Tuesday. LG&E said customers would not lose power. A spokesman for LG&E declined to comment.';
    const company = analyzeText({ text }, loadProductRecognizer()).entities.find((e) =>
      e.name.startsWith('Lakeshore'),
    );
    expect(company?.mentions.map((m) => m.text)).toEqual(['Lakeshore Gas & Electric Co.', 'LG&E', 'LG&E']);
  });
});
