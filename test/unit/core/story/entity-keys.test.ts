import { describe, expect, it } from 'vitest';
import { EntityIndex, entityWeight, isSameEntity, nameKey } from '../../../../src/core/story/entity-keys';
import type { EntityType } from '../../../../src/core/types';

const e = (name: string, type: EntityType = 'person', aliases: string[] = [name]) => ({
  name,
  type,
  aliases,
});

describe('core/story/entity-keys', () => {
  it('compares names without case, accents, dots or a leading "the"', () => {
    expect(nameKey('Sergéy Lavrov')).toBe(nameKey('sergey lavrov'));
    expect(nameKey('the Kremlin', 'organization')).toBe('kremlin');
    expect(nameKey('U.S.', 'place')).toBe(nameKey('United States', 'place'));
  });

  it('matches a person named by surname in one article and in full in another', () => {
    expect(isSameEntity(e('Trump'), e('Donald Trump', 'person', ['Donald Trump', 'Trump']))).toBe(true);
    expect(isSameEntity(e('Trump'), e('Donald Trump', 'person', ['Donald Trump']))).toBe(true);
  });

  it('does not make two Kims one because both answer to "Kim"', () => {
    expect(
      isSameEntity(
        e('Kim Jong Un', 'person', ['Kim Jong Un', 'Kim']),
        e('Kim Yong Chol', 'person', ['Kim Yong Chol', 'Kim']),
      ),
    ).toBe(false);
  });

  it('matches "U.S." with "United States" and a country the recogniser called an organisation', () => {
    expect(isSameEntity(e('U.S.', 'place'), e('United States', 'place'))).toBe(true);
    expect(isSameEntity(e('North Korea', 'organization'), e('North Korea', 'place'))).toBe(true);
  });

  it('matches names in scripts without capitals', () => {
    expect(isSameEntity(e('金正恩'), e('金正恩'))).toBe(true);
    expect(isSameEntity(e('سيرغي لافروف'), e('لافروف'))).toBe(true);
    expect(entityWeight(e('金正恩'))).toBe(3);
  });

  it('never matches a person with a place of the same name, nor generic lower-case names', () => {
    expect(isSameEntity(e('Georgia', 'person'), e('Georgia', 'place'))).toBe(false);
    expect(isSameEntity(e('summit', 'event'), e('summit', 'event'))).toBe(false);
  });

  it('weighs people and events over organisations, and those over countries and everyday institutions', () => {
    const weights = {
      person: entityWeight(e('Kim Jong Un')),
      event: entityWeight(e('Singapore summit', 'event')),
      org: entityWeight(e('Eintracht Frankfurt', 'organization')),
      institution: entityWeight(e('White House', 'organization')),
      country: entityWeight(e('United States', 'place')),
    };
    expect(weights.person).toBe(weights.event);
    expect(weights.person).toBeGreaterThan(weights.org);
    expect(weights.org).toBeGreaterThan(weights.institution);
    expect(weights.institution).toBeGreaterThan(weights.country);
    expect(entityWeight(e('summit', 'event'))).toBe(0);
  });
});

describe('core/story/EntityIndex', () => {
  const known = [
    e('Donald Trump', 'person', ['Donald Trump', 'Trump']),
    e('Kim Jong Un', 'person', ['Kim Jong Un', 'Kim']),
    e('Kim Yong Chol', 'person', ['Kim Yong Chol', 'Kim']),
    e('Mike Pompeo', 'person', ['Mike Pompeo']),
    e('Putin', 'person', ['Putin']),
    e('United States', 'place', ['United States', 'U.S.']),
    e('North Korea', 'organization', ['North Korea']),
    e('Singapore summit', 'event', ['Singapore summit', 'summit']),
  ];
  const queries = [
    e('Trump'),
    e('President Trump', 'person', ['President Trump', 'Trump']),
    e('Kim'),
    e('Kim Jong Un'),
    e('Pompeo'),
    e('Vladimir Putin', 'person', ['Vladimir Putin']),
    e('US', 'place'),
    e('America', 'organization'),
    e('North Korea', 'place'),
    e('Singapore summit', 'event'),
    e('summit', 'event'),
    e('Singapore', 'place'),
    e('Moon Jae-in'),
  ];

  it.each(queries.map((q) => [q.name, q.type, q] as const))(
    'finds for %s (%s) exactly what comparing with every entity finds',
    (_name, _type, query) => {
      expect(new EntityIndex(known).find(query)).toBe(known.find((k) => isSameEntity(k, query)));
    },
  );

  it('skips the entities it is told to, and finds entities added later', () => {
    const index = new EntityIndex(known);
    expect(index.find(e('Trump'), new Set([known[0]!]))).toBeUndefined();
    const moon = e('Moon Jae-in');
    index.add(moon);
    expect(index.find(e('Moon Jae-in'))).toBe(moon);
  });
});
