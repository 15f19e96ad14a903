/**
 * A title-case headline capitalises common words; a name found only there is not kept.
 * Sentences and names written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { dropHeadlineOnlyNames } from '../../../../src/core/ner/headline-words';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

function span(text: string, name: string, type: EntityType, from = 0): RecognizedSpan {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`"${name}" not in text`);
  return { start, end: start + name.length, text: name, type };
}
const names = (spans: RecognizedSpan[]): string[] => spans.map((s) => s.text);

describe('names in a title-case headline', () => {
  const text =
    'Why Heavy Frost Breaks Old Garden Walls in Velmora\n\n' +
    'A heavy frost broke the old walls, said Ana Gil, who runs a garden in Velmora.';

  it('drops capitalised common words the body never writes as a name', () => {
    const kept = dropHeadlineOnlyNames(text, [span(text, 'Heavy Frost Breaks', 'organization')]);
    expect(kept).toEqual([]);
  });

  it('keeps a name of the headline that the body writes again', () => {
    const kept = dropHeadlineOnlyNames(text, [span(text, 'Velmora', 'place')]);
    expect(names(kept)).toEqual(['Velmora']);
  });

  it('keeps every name of the body', () => {
    const body = text.indexOf('\n\n');
    const kept = dropHeadlineOnlyNames(text, [
      span(text, 'Ana Gil', 'person'),
      span(text, 'Velmora', 'place', body),
    ]);
    expect(names(kept)).toEqual(['Ana Gil', 'Velmora']);
  });

  it('ends a headline at an abbreviation without taking it for a sentence', () => {
    const t =
      'How Cold Nights Crack the Pipes Under Old Harbor, N.Y.\n\nThe cold nights crack pipes, engineers say.';
    expect(dropHeadlineOnlyNames(t, [span(t, 'Cold Nights Crack', 'person')])).toEqual([]);
  });

  it('does not take a line listing names for a headline', () => {
    const t = 'Ana Gil, Tom Rudd, Ola Bey and Ivo Sand\n\nThe four of them won the prize.';
    const kept = dropHeadlineOnlyNames(t, [span(t, 'Tom Rudd', 'person'), span(t, 'Ivo Sand', 'person')]);
    expect(names(kept)).toEqual(['Tom Rudd', 'Ivo Sand']);
  });

  it('leaves a sentence in the body alone, though it ends without a full stop', () => {
    const t = 'The heavy rain fell, said Mira Holt of the Port Authority\n\nHeavy rain is rare here.';
    const kept = dropHeadlineOnlyNames(t, [span(t, 'Mira Holt', 'person')]);
    expect(names(kept)).toEqual(['Mira Holt']);
  });

  it('decides each name by its own line on an article of many sections, whatever their order', () => {
    const section = (i: number): string =>
      `Why Heavy Frost Breaks Old Garden Walls in Velmora ${i}\n\n` +
      `A heavy frost broke the old walls, said Ana Gil, who runs a garden in Velmora ${i}.`;
    const t = Array.from({ length: 300 }, (_, i) => section(i)).join('\n\n');
    const spans: RecognizedSpan[] = [];
    for (let i = 299; i >= 0; i--) {
      const at = t.indexOf(section(i));
      spans.push(span(t, 'Heavy Frost Breaks', 'organization', at));
      spans.push(span(t, 'Velmora', 'place', at));
      spans.push(span(t, 'Ana Gil', 'person', at));
    }
    const kept = dropHeadlineOnlyNames(t, spans);
    expect(kept).toHaveLength(600);
    expect(new Set(names(kept))).toEqual(new Set(['Velmora', 'Ana Gil']));
  });
});
