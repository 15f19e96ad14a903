import { describe, expect, it } from 'vitest';
import { listKinds } from '../../../../src/core/ner/kind-lists';
import { dropOtherKinds } from '../../../../src/core/ner/other-kinds';
import { correctTypes } from '../../../../src/core/ner/type-corrections';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

function spansOf(text: string, names: [string, EntityType][]): RecognizedSpan[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
}

describe('core/ner/kind-lists: the plural before "such as" or "like" types the list after it', () => {
  it('gives every name of the list the kind of its noun', () => {
    const text = 'Lenders such as Brightly, Moneta and Kestrel grew; worlds like Vesk and Oryn froze.';
    const spans = spansOf(text, [
      ['Brightly', 'person'],
      ['Moneta', 'place'],
      ['Kestrel', 'organization'],
      ['Vesk', 'person'],
      ['Oryn', 'organization'],
    ]);
    expect([...listKinds(text, spans).values()]).toEqual([
      'organization',
      'organization',
      'organization',
      'place',
      'place',
    ]);
    expect(correctTypes(text, spans).map((s) => s.type)).toEqual([
      'organization',
      'organization',
      'organization',
      'place',
      'place',
    ]);
  });

  it('drops a list of works: "games like Starfall Saga and Iron Reef"', () => {
    const text = 'It runs games like Starfall Saga and Iron Reef at 60 frames.';
    const spans = spansOf(text, [
      ['Starfall Saga', 'organization'],
      ['Iron Reef', 'place'],
    ]);
    expect(dropOtherKinds(text, spans)).toEqual([]);
  });

  it('gives no kind to a list without such a noun, or to names after it in another sentence', () => {
    const text = 'Names like Brightly matter. Moneta and Kestrel did not answer.';
    const spans = spansOf(text, [
      ['Brightly', 'person'],
      ['Moneta', 'place'],
      ['Kestrel', 'organization'],
    ]);
    expect(listKinds(text, spans).size).toBe(0);
  });
});
