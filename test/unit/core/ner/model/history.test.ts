import { describe, expect, it } from 'vitest';
import { extractFeatures, prepareDocument } from '../../../../../src/core/ner/model/features';
import { buildGazetteer } from '../../../../../src/core/ner/model/gazetteer';
import { fillHistory, recordHistory } from '../../../../../src/core/ner/model/history';

describe('core/ner/model/history', () => {
  it('offers later sentences the types earlier ones gave a capitalised word', () => {
    const [first, second] = prepareDocument(
      [
        ['Pirelli', 'shares', 'rose', '.'],
        ['Analysts', 'like', 'Pirelli', 'and', 'pirelli', '.'],
      ],
      buildGazetteer({}),
    );
    const history = new Map<string, number>();
    fillHistory(first!, history);
    expect(Array.from(first!.history)).toEqual([0, 0, 0, 0]);
    recordHistory(first!, [{ start: 0, end: 1, type: 'ORG' }], history);
    fillHistory(second!, history);
    // Only the capitalised occurrence gets it; ORG is bit 1.
    expect(Array.from(second!.history)).toEqual([0, 0, 2, 0, 0, 0]);
    const out: string[] = [];
    const n = extractFeatures(second!, 2, out);
    expect(out.slice(0, n)).toContain('h=ORG');
    recordHistory(second!, [{ start: 2, end: 3, type: 'PER' }], history);
    fillHistory(second!, history);
    const m = extractFeatures(second!, 2, out);
    expect(out.slice(0, m)).toContain('h=PER+ORG');
  });
});
