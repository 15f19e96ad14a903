import { describe, expect, it } from 'vitest';
import { completeNames, refineSpans } from '../../../../src/core/ner/refine-spans';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

function span(text: string, name: string, type: EntityType): RecognizedSpan {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}

describe('core/ner/refine-spans', () => {
  it('drops the "North" of "North Korean": part of a nationality, not a place', () => {
    const text = 'the North Korean leader';
    expect(refineSpans(text, [span(text, 'North', 'place')])).toEqual([]);
  });

  it.each([
    ['Russian', 'place'],
    ['Americans', 'organization'],
    ['Thursday', 'organization'],
    ['Pool', 'place'],
    ['NR', 'place'],
  ] as const)('never highlights "%s"', (name, type) => {
    const text = `x ${name} y`;
    expect(refineSpans(text, [span(text, name, type)])).toEqual([]);
  });

  it('corrects the type of names everyone knows', () => {
    const text = 'The Pentagon and Singapore';
    expect(
      refineSpans(text, [span(text, 'Pentagon', 'place'), span(text, 'Singapore', 'organization')]).map(
        (s) => s.type,
      ),
    ).toEqual(['organization', 'place']);
  });

  it('drops photo credits like "Kirill Kudryavtsev/Pool"', () => {
    const text = 'Vladimir Putin (Kirill Kudryavtsev/Pool)';
    expect(
      refineSpans(text, [
        span(text, 'Vladimir Putin', 'person'),
        span(text, 'Kirill Kudryavtsev', 'person'),
      ]).map((s) => s.text),
    ).toEqual(['Vladimir Putin']);
  });

  it('reads a name ending in a place word as a place', () => {
    const text = 'the Korean Peninsula';
    expect(refineSpans(text, [span(text, 'Korean Peninsula', 'person')]).map((s) => s.type)).toEqual([
      'place',
    ]);
  });

  it('reads any place head word of the table as a place: a crater, a road, a building', () => {
    const text = 'Velk Crater, Ossory Road and Tamsin Tower';
    const spans = [
      span(text, 'Velk Crater', 'person'),
      span(text, 'Ossory Road', 'organization'),
      span(text, 'Tamsin Tower', 'person'),
    ];
    expect(refineSpans(text, spans).map((s) => s.type)).toEqual(['place', 'place', 'place']);
  });

  it('leaves the type of a name whose last word names two kinds ("Center": a venue or a research body)', () => {
    const text = 'the Halvor Research Center';
    expect(
      refineSpans(text, [span(text, 'Halvor Research Center', 'organization')]).map((s) => s.type),
    ).toEqual(['organization']);
  });

  it('reads "the Koreas" as places', () => {
    const text = 'the Koreas';
    expect(refineSpans(text, [span(text, 'Koreas', 'organization')]).map((s) => s.type)).toEqual(['place']);
  });

  it('keeps two-letter names it knows', () => {
    const text = 'the UN and the US';
    expect(refineSpans(text, [span(text, 'UN', 'organization'), span(text, 'US', 'place')])).toHaveLength(2);
  });

  it('completes a name the article writes in full elsewhere: "Jong Un" after "Kim" is "Kim Jong Un"', () => {
    const text = 'Kim Jong Un spoke. “Kim Jong Un on his part did everything,” Putin said.';
    const full = span(text, 'Kim Jong Un', 'person');
    const cut = {
      start: text.indexOf('Jong Un', 20),
      end: text.indexOf('Jong Un', 20) + 7,
      text: 'Jong Un',
      type: 'person' as const,
    };
    expect(refineSpans(text, [full, cut])).toEqual([
      full,
      { ...cut, start: cut.start - 4, text: 'Kim Jong Un' },
    ]);
  });

  it('leaves a short name alone where the words before it are not the rest of the full name', () => {
    const text = 'Kim Jong Un spoke. Mr Jong Un left.';
    const cut = {
      start: text.indexOf('Jong Un', 15),
      end: text.indexOf('Jong Un', 15) + 7,
      text: 'Jong Un',
      type: 'person' as const,
    };
    expect(refineSpans(text, [span(text, 'Kim Jong Un', 'person'), cut])[1]).toEqual(cut);
  });

  it('keeps everything else as the recogniser found it', () => {
    const text = 'North Korea met Kim Jong Un';
    const spans = [span(text, 'North Korea', 'place'), span(text, 'Kim Jong Un', 'person')];
    expect(refineSpans(text, spans)).toEqual(spans);
  });
});

describe('core/ner/refine-spans: completing names once every mention is found', () => {
  it('completes a cut first-word mention with the full name’s type, when the full name came later', () => {
    const text =
      'Fans left Red Old Mill in May. Red Old Mill denied it. The deal with Red Old Mill fell through.';
    const at = (from: number, name: string): number => text.indexOf(name, from);
    const cut = {
      start: at(35, 'Old Mill'),
      end: at(35, 'Old Mill') + 8,
      text: 'Old Mill',
      type: 'person' as const,
    };
    const full = (from: number): RecognizedSpan => ({
      start: at(from, 'Red Old Mill'),
      end: at(from, 'Red Old Mill') + 12,
      text: 'Red Old Mill',
      type: 'organization',
    });
    expect(completeNames(text, [full(0), cut, full(40)], { typeOfFull: true })).toEqual([
      full(0),
      full(20),
      full(40),
    ]);
  });

  it('keeps the cut mention’s own type on the first pass', () => {
    const text = 'Red Old Mill won. Red Old Mill lost.';
    const cut = { start: 22, end: 30, text: 'Old Mill', type: 'person' as const };
    const full = { start: 0, end: 12, text: 'Red Old Mill', type: 'organization' as const };
    expect(completeNames(text, [full, cut])[1]).toEqual({ ...cut, start: 18, text: 'Red Old Mill' });
  });
});

describe('core/ner/refine-spans: an office after an organisation’s name', () => {
  it('keeps only the known place of "X Trade Representative Ana Gil"', () => {
    const text = 'Officials and the US Trade Representative Ana Gil met on Friday.';
    expect(refineSpans(text, [span(text, 'US Trade', 'organization')])).toEqual([
      { ...span(text, 'US', 'place') },
    ]);
  });

  it('drops the words before an office when no place opens them', () => {
    const text = 'He met Orvel Trade Envoy Ana Gil.';
    expect(refineSpans(text, [span(text, 'Orvel Trade', 'organization')])).toEqual([]);
  });

  it('keeps an organisation followed by anything else', () => {
    const text = 'The Orvel Trade Board met Ana Gil.';
    expect(refineSpans(text, [span(text, 'Orvel Trade Board', 'organization')])).toHaveLength(1);
  });
});

describe('core/ner/refine-spans: an exclamation opening a quotation', () => {
  it('drops a holy name exclaimed at the start of a quotation', () => {
    const text = '“Jesus … who wrote this?” she asked. “Lord, what a mess,” he said.';
    expect(refineSpans(text, [span(text, 'Jesus', 'person'), span(text, 'Lord', 'person')])).toEqual([]);
  });

  it('keeps the same name where the story speaks of him', () => {
    const text = 'The play tells how Jesus reached the city. “Jesus was a teacher,” she said.';
    const second = text.lastIndexOf('Jesus');
    const spans: RecognizedSpan[] = [
      span(text, 'Jesus', 'person'),
      { start: second, end: second + 5, text: 'Jesus', type: 'person' },
    ];
    expect(refineSpans(text, spans)).toEqual(spans);
  });
});

describe('core/ner/refine-spans: a state’s legal office', () => {
  it('is an organisation when named without its holder', () => {
    const text = 'The Orvel State Attorney General is looking into the deal.';
    expect(refineSpans(text, [span(text, 'Orvel State', 'place')])).toEqual([
      span(text, 'Orvel State Attorney General', 'organization'),
    ]);
  });

  it('leaves the place before the holder’s name', () => {
    const text = 'Orvel Attorney General Ana Gil sued.';
    expect(refineSpans(text, [span(text, 'Orvel', 'place')])).toEqual([span(text, 'Orvel', 'place')]);
  });
});
