import { describe, expect, it } from 'vitest';
import { coordinatedRuns, listKinds } from '../../../../src/core/ner/kind-lists';
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

describe('core/ner/kind-lists: the noun before "called", "named" or "known as" types the name after it', () => {
  it('drops a substance, a vessel and a people named that way, at every mention', () => {
    const text =
      'Miners dug up a dense mutagen called Vexium. Vexium glowed. They sailed an old vessel called The Quill, ' +
      'and met a race of traders known as the Orun. The Orun bought Vexium.';
    const spans = spansOf(text, [
      ['Vexium', 'organization'],
      ['Vexium', 'organization'],
      ['Quill', 'person'],
      ['Orun', 'organization'],
      ['Orun', 'organization'],
      ['Vexium', 'organization'],
    ]);
    expect(dropOtherKinds(text, spans)).toEqual([]);
  });

  it('reads a second name given after a comma: "the Vesklo camp, also known as the Ridge"', () => {
    const text = 'Thousands live in the Vesklo camp, also known as the Ridge, near the border.';
    const spans = spansOf(text, [
      ['Vesklo', 'place'],
      ['Ridge', 'person'],
    ]);
    expect(listKinds(text, spans).get(spans[1] as RecognizedSpan)).toBe('place');
  });

  it('types a startup, a village and a storm named that way', () => {
    const text =
      'She founded a startup called Zoomcart near a village named Oskel before a storm dubbed Marla hit.';
    const spans = spansOf(text, [
      ['Zoomcart', 'person'],
      ['Oskel', 'organization'],
      ['Marla', 'person'],
    ]);
    expect(correctTypes(text, spans).map((s) => s.type)).toEqual(['organization', 'place', 'event']);
  });

  it('reads "called" and "named" after "the" as the verb: "the company named Jo Reyes its chief"', () => {
    const text = 'The board met, and the company named Jo Reyes its chief.';
    const spans = spansOf(text, [['Jo Reyes', 'person']]);
    expect(correctTypes(text, spans).map((s) => s.type)).toEqual(['person']);
  });

  it('reads a list whose names each have "the": "races, such as the Vell and the Orun"', () => {
    const text = 'They met old races, such as the Vell and the Orun, on the way.';
    const spans = spansOf(text, [
      ['Vell', 'place'],
      ['Orun', 'organization'],
    ]);
    expect(dropOtherKinds(text, spans)).toEqual([]);
  });

  it('joins names with "the" into a list only when both have it: "sent to Vesk, and the Orun left"', () => {
    const text = 'The crew was sent to Vesk, and the Orun left. Later the Vell and the Kesh came.';
    const spans = spansOf(text, [
      ['Vesk', 'place'],
      ['Orun', 'organization'],
      ['Vell', 'organization'],
      ['Kesh', 'organization'],
    ]);
    expect(coordinatedRuns(text, spans).map((run) => run.map((s) => s.text))).toEqual([
      ['Vesk'],
      ['Orun'],
      ['Vell', 'Kesh'],
    ]);
  });
});

describe('core/ner/kind-lists: a description after a comma types the name before it', () => {
  it('types a firm and an operation by the head noun of their description', () => {
    const text =
      'Ana Ruiz, an analyst at Korvell, the Ohio-based risk consultancy firm, said so. A spokesman for ' +
      'Bright Harbor, the joint naval operation against smugglers, agreed.';
    const spans = spansOf(text, [
      ['Ana Ruiz', 'person'],
      ['Korvell', 'place'],
      ['Bright Harbor', 'organization'],
    ]);
    expect(correctTypes(text, spans).map((s) => s.type)).toEqual(['person', 'organization', 'event']);
  });

  it('reads no description in a clause or in a noun that introduces the next name', () => {
    const text =
      'According to Korvell, the base serves as an outpost in the east. On the world Vesk, an old race of ' +
      'traders known as the Orun lived.';
    const spans = spansOf(text, [
      ['Korvell', 'organization'],
      ['Vesk', 'place'],
    ]);
    expect(listKinds(text, spans).size).toBe(0);
  });
});
