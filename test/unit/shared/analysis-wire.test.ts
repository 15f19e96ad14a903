import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import { fromWire, toWire, type WireAnalysis } from '../../../src/shared/analysis-wire';

const TEXT = 'Ines Varga met the Karsk council. Varga said little.';

const ANALYSIS: Analysis = {
  textLength: TEXT.length,
  entities: [
    {
      id: 'person-ines-varga',
      type: 'person',
      name: 'Ines Varga',
      aliases: ['Ines Varga', 'Varga'],
      mentions: [
        { start: 0, end: 10, text: 'Ines Varga' },
        { start: 34, end: 39, text: 'Varga' },
      ],
      descriptions: [],
      firstContext: 'Ines Varga met the Karsk council.',
    },
  ],
  timeline: [],
  elapsedMs: 3,
};

describe('shared/analysis-wire', () => {
  it('sends each mention as its two offsets, without its text', () => {
    const wire = toWire(ANALYSIS);
    expect(wire.entities[0]?.spans).toEqual([0, 10, 34, 39]);
    expect(JSON.stringify(wire)).not.toContain('"mentions"');
  });

  it('gives the analysis back, each mention read from the text it was made from', () => {
    expect(fromWire(JSON.parse(JSON.stringify(toWire(ANALYSIS))) as WireAnalysis, TEXT)).toEqual(ANALYSIS);
  });

  it.each([
    ['an odd number of offsets', [0, 10, 34]],
    ['an end before its start', [10, 0]],
    ['an end past the text', [0, TEXT.length + 1]],
    ['an offset that is not a whole number', [0.5, 10]],
    ['a negative offset', [-1, 10]],
  ])('refuses %s', (_name, spans) => {
    const wire = toWire(ANALYSIS);
    wire.entities[0]!.spans = spans;
    expect(() => fromWire(wire, TEXT)).toThrow();
  });
});
