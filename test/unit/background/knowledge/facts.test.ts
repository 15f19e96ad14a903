import { describe, expect, it } from 'vitest';
import { buildFacts, referencedIds, statementsAt } from '../../../../src/background/knowledge/facts';
import type { SnakValue, Statement, WikidataItem } from '../../../../src/background/knowledge/wikidata';
import {
  ageAt,
  formatDate,
  julianToGregorian,
  parseIsoDate,
  partsOf,
} from '../../../../src/background/knowledge/wikidata-time';

const day = (iso: string): SnakValue => ({
  kind: 'time',
  value: { time: `+${iso}T00:00:00Z`, precision: 11 },
});
const yearOnly = (y: number): SnakValue => ({
  kind: 'time',
  value: { time: `+${y}-00-00T00:00:00Z`, precision: 9 },
});
const monthOnly = (y: number, m: number): SnakValue => ({
  kind: 'time',
  value: { time: `+${y}-${String(m).padStart(2, '0')}-00T00:00:00Z`, precision: 10 },
});
const item = (id: string): SnakValue => ({ kind: 'item', id });
const held = (
  office: string,
  start?: SnakValue,
  end?: SnakValue,
  rank: Statement['rank'] = 'normal',
): Statement => ({
  value: item(office),
  rank,
  qualifiers: { ...(start ? { P580: [start] } : {}), ...(end ? { P582: [end] } : {}) },
});
const date = (iso: string) => {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(iso);
  return parts;
};
const LABELS: Record<string, string> = {
  Q1: 'Mayor',
  Q2: 'Governor',
  Q3: 'Senator',
  Q30: 'United States',
  Q9: 'Jane Doe',
};
const labelOf = (qid: string) => LABELS[qid];

describe('background/knowledge/facts', () => {
  const offices = [
    held('Q1', day('2001-01-01'), day('2005-01-01')),
    held('Q2', day('2005-01-01'), yearOnly(2010)),
    held('Q3', day('2011-01-03')),
    held('Q3', day('1990-01-01'), day('2030-01-01'), 'deprecated'),
  ];

  it.each([
    ['2003-06-01', ['Q1']],
    ['2005-01-01', ['Q2']], // the day one term ends and the next starts
    ['2010-06-01', ['Q2']], // an end known only to the year: still held within that year
    ['2012-01-01', ['Q3']],
    ['1995-01-01', []], // deprecated statements never count
  ])('on %s the offices held are %j', (at, expected) => {
    expect(
      statementsAt(offices, date(at), false).map((s) => (s.value.kind === 'item' ? s.value.id : '')),
    ).toEqual(expected);
  });

  // Terms known only to the month: Mayor from March 2014 to May 2018, Governor from June 2018.
  const monthly = [held('Q1', monthOnly(2014, 3), monthOnly(2018, 5)), held('Q2', monthOnly(2018, 6))];
  it.each([
    ['2014-03-01', ['Q1']], // a start "in March 2014" is not after 1 March
    ['2018-05-30', ['Q1']], // an end "in May 2018" is not before 30 May, as 1 May would be
    ['2018-06-01', ['Q2']],
    ['2014-02-28', []],
  ])('on %s the offices held, known to the month, are %j', (at, expected) => {
    expect(
      statementsAt(monthly, date(at), false).map((s) => (s.value.kind === 'item' ? s.value.id : '')),
    ).toEqual(expected);
  });

  it('shows a dead person’s death and age at death, not an age at the article', () => {
    const person: WikidataItem = {
      id: 'Q100',
      claims: {
        P569: [{ value: day('1900-05-10'), rank: 'normal', qualifiers: {} }],
        P570: [{ value: day('1980-05-09'), rank: 'normal', qualifiers: {} }],
      },
    };
    expect(buildFacts(person, 'person', date('2018-05-30'), labelOf)).toEqual([
      { label: 'Born', value: '10 May 1900' },
      { label: 'Died', value: '9 May 1980 (aged 79)' },
    ]);
  });

  it('collects the ids whose labels the facts need, and no more', () => {
    const person: WikidataItem = {
      id: 'Q100',
      claims: { P39: offices, P27: [{ value: item('Q30'), rank: 'normal', qualifiers: {} }] },
    };
    expect(referencedIds(person, 'person', date('2012-01-01')).sort()).toEqual(['Q3', 'Q30']);
    expect(buildFacts(person, 'person', date('2012-01-01'), labelOf)).toEqual([
      { label: 'Office', value: 'Senator (since 3 January 2011)' },
      { label: 'Country', value: 'United States' },
    ]);
  });

  it('picks the population counted last before the article, not the newest', () => {
    const place: WikidataItem = {
      id: 'Q60',
      claims: {
        P1082: [
          {
            value: { kind: 'quantity', amount: 100 },
            rank: 'normal',
            qualifiers: { P585: [yearOnly(2010)] },
          },
          {
            value: { kind: 'quantity', amount: 200 },
            rank: 'preferred',
            qualifiers: { P585: [yearOnly(2020)] },
          },
        ],
      },
    };
    expect(buildFacts(place, 'place', date('2018-05-30'), labelOf)).toEqual([
      { label: 'Population', value: '100 (2010)' },
    ]);
  });
});

describe('background/knowledge/wikidata-time', () => {
  it('reads years written with leading zeros, as older Wikibase JSON does', () => {
    expect(partsOf({ time: '+00000002014-01-01T00:00:00Z', precision: 11 })).toEqual({
      year: 2014,
      month: 1,
      day: 1,
    });
    expect(partsOf({ time: '+2018-00-00T00:00:00Z', precision: 9 })).toEqual({
      year: 2018,
      month: 0,
      day: 0,
    });
    expect(partsOf({ time: '+1900-00-00T00:00:00Z', precision: 7 })).toBeNull(); // a century: too vague to show
  });

  it.each([
    [[1672, 5, 30], { year: 1672, month: 6, day: 9 }], // Peter the Great's birth
    [[1582, 10, 5], { year: 1582, month: 10, day: 15 }], // the day after 4 October 1582 (Julian)
    [[1900, 2, 29], { year: 1900, month: 3, day: 13 }], // a leap day only the Julian calendar has
    [[1918, 1, 31], { year: 1918, month: 2, day: 13 }], // Russia's last Julian day
  ] as const)('reads the Julian day %j as the Gregorian %j', ([y, m, d], expected) => {
    expect(julianToGregorian(y, m, d)).toEqual(expected);
    expect(
      partsOf({
        time: `+${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00Z`,
        precision: 11,
        julian: true,
      }),
    ).toEqual(expected);
  });

  it.each([
    [{ year: 2018, month: 4, day: 26 }, '26 April 2018'],
    [{ year: 2018, month: 4, day: 0 }, 'April 2018'],
    [{ year: 1945, month: 0, day: 0 }, '1945'],
    [{ year: -44, month: 3, day: 15 }, '15 March 44 BC'],
  ])('formats %j as %s', (parts, expected) => {
    expect(formatDate(parts)).toBe(expected);
  });

  it.each([
    ['1963-12-30', '2018-05-30', 54],
    ['1963-05-30', '2018-05-30', 55],
    ['1963-05-31', '2018-05-30', 54],
  ])('someone born %s is, on %s, %i', (born, at, age) => {
    expect(ageAt(date(born), date(at))).toBe(age);
  });
});
