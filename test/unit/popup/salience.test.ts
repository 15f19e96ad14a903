import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src/core/types';
import { bySalience, namedInHeadline, salienceTier, LEDE_CHARS } from '../../../src/popup/salience';

function entity(name: string, starts: number[], descriptions: string[] = [], aliases = [name]): Entity {
  const type: EntityType = 'person';
  const mentions = starts.map((start) => ({ start, end: start + name.length, text: name }));
  return { id: name, type, name, aliases, mentions, descriptions, firstContext: '' };
}

const TITLE = 'Russian Foreign Minister Will Visit North Korea for Talks';

describe('popup/salience', () => {
  it("finds the headline's subject by the article's description of him, whatever the case", () => {
    expect(namedInHeadline(entity('Sergey Lavrov', [200], ['Russian foreign minister']), TITLE)).toBe(true);
  });

  it('finds a name the headline uses, as whole words only', () => {
    expect(namedInHeadline(entity('North Korea', [60]), TITLE)).toBe(true);
    expect(namedInHeadline(entity('Korea', [60]), 'Koreans vote')).toBe(false);
  });

  it('does not take a one-word description ("President") as the headline naming someone', () => {
    expect(namedInHeadline(entity('Donald Trump', [900], ['President']), 'President Xi visits Paris')).toBe(
      false,
    );
  });

  it('puts the headline first, then the lede, then the rest, and only then counts mentions', () => {
    const lavrov = entity('Sergey Lavrov', [200], ['Russian foreign minister']);
    const putin = entity('Vladimir Putin', [120, 900, 1200, 1500], ['Russian President']);
    const trump = entity('Donald Trump', [LEDE_CHARS + 10, 1300, 1400, 1600, 1700]);
    const pompeo = entity('Mike Pompeo', [LEDE_CHARS + 50, 1800]);
    expect(salienceTier(lavrov, TITLE)).toBe(0);
    expect(salienceTier(putin, TITLE)).toBe(1);
    expect(salienceTier(trump, TITLE)).toBe(2);
    const ordered = [pompeo, trump, putin, lavrov].sort(bySalience(TITLE)).map((e) => e.name);
    expect(ordered).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'Donald Trump', 'Mike Pompeo']);
  });

  it('orders by mentions, then by first mention, without a headline', () => {
    const a = entity('A B', [700, 800]);
    const b = entity('C D', [650]);
    const c = entity('E F', [900, 950]);
    expect([c, b, a].sort(bySalience(undefined)).map((e) => e.name)).toEqual(['A B', 'E F', 'C D']);
  });
});
