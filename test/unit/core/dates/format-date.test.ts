import { describe, expect, it } from 'vitest';
import { formatIsoDate, granularityOf } from '../../../../src/core/dates/format-date';

describe('core/dates/format-date', () => {
  it.each([
    ['2018-05-31', undefined, 'en-GB', '31 May 2018'],
    ['2018-05', undefined, 'en-GB', 'May 2018'],
    ['2018', undefined, 'en-GB', '2018'],
    ['2018-05-31', 'month', 'en-GB', 'May 2018'],
    ['2018-05', 'day', 'en-GB', 'May 2018'],
    ['2018-05-31', undefined, 'fr', '31 mai 2018'],
    ['not a date', undefined, 'en-GB', 'not a date'],
  ] as const)('writes %s (as %s, %s) as "%s"', (iso, granularity, locale, expected) => {
    expect(formatIsoDate(iso, granularity, locale)).toBe(expected);
  });

  it('reads the granularity a date string is written at', () => {
    expect(['2018-05-31', '2018-05', '2018', '31/05/2018'].map(granularityOf)).toEqual([
      'day',
      'month',
      'year',
      null,
    ]);
  });
});
