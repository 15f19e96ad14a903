import { describe, expect, it, vi } from 'vitest';
import { formatDate, granularityOf } from '../../../src/ui/format-date';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('ui/format-date', () => {
  it.each([
    ['2018-05-31', undefined, '31 May 2018'],
    ['2018-06-12', 'day', '12 June 2018'],
    ['2018-05', undefined, 'May 2018'],
    ['2018', undefined, '2018'],
    ['2018-05-31', 'month', 'May 2018'],
    ['2018-05-31', 'year', '2018'],
  ] as const)('writes %s at granularity %s as “%s”', (iso, granularity, expected) => {
    expect(formatDate(iso, granularity)).toBe(expected);
  });

  it('never claims more precision than the date has', () => {
    expect(formatDate('2018-05', 'day')).toBe('May 2018');
  });

  it('does not slip to the previous day west of Greenwich', () => {
    expect(formatDate('2018-01-01', 'day', 'en-GB')).toBe('1 January 2018');
  });

  it('follows the locale the catalogue names', () => {
    expect(formatDate('2018-05-31', 'day', 'en-US')).toBe('May 31, 2018');
    expect(formatDate('2018-05-31', 'day', 'de')).toBe('31. Mai 2018');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('PAST_REF')).toBe('PAST_REF');
    expect(granularityOf('2018-W22')).toBeNull();
  });
});
