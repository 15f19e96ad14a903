import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../../../src/core/dates/calendar';
import { directionFromDct, valueSpan } from '../../../../src/core/dates/value-span';

describe('core/dates/value-span valueSpan', () => {
  it.each([
    ['2018-05-31', '2018-05-31', '2018-05-31'],
    ['2018-W22', '2018-05-28', '2018-06-03'],
    ['2018-W22-WE', '2018-06-02', '2018-06-03'],
    ['2018-05', '2018-05-01', '2018-05-31'],
    ['2012-WI', '2012-12-01', '2013-02-28'],
    ['1999-Q3', '1999-07-01', '1999-09-30'],
    ['2012-H1', '2012-01-01', '2012-06-30'],
    ['2018', '2018-01-01', '2018-12-31'],
    ['199', '1990-01-01', '1999-12-31'],
    ['19', '1900-01-01', '1999-12-31'],
  ])('%s spans %s to %s', (value, first, last) => {
    const span = valueSpan(value);
    expect(span && span.map(formatDay)).toEqual([first, last]);
  });
});

describe('core/dates/value-span directionFromDct (DCT 2018-05-30)', () => {
  const dct = parseDay('2018-05-30');
  it.each([
    ['2018-05-31', undefined, 'future'],
    ['2018-05-29', 'future', 'past'],
    ['2018-05', 'past', 'past'],
    ['2018-05', 'future', 'future'],
    ['2018', undefined, 'present'],
    ['2018-W22', undefined, 'present'],
    ['199', undefined, 'past'],
    ['FUTURE_REF', 'past', 'future'],
    ['P1W', undefined, undefined],
  ] as const)('%s stated %s → %s', (value, stated, direction) => {
    expect(directionFromDct(value, dct, stated)).toBe(direction);
  });
});
