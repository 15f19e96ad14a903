import { describe, expect, it } from 'vitest';
import { toTimelineDate } from '../../../../src/core/dates/index';

describe('core/dates/toTimelineDate', () => {
  it.each([
    ['2018-05-31', { date: '2018-05-31', granularity: 'day' }],
    ['2000-04-04T09:00', { date: '2000-04-04', granularity: 'day' }],
    ['2000-01-05TEV', { date: '2000-01-05', granularity: 'day' }],
    ['2018-05', { date: '2018-05', granularity: 'month' }],
    ['2018', { date: '2018', granularity: 'year' }],
    ['2018-W23', { date: '2018-06-04', granularity: 'week' }],
    ['2000-W7', { date: '2000-02-14', granularity: 'week' }],
    ['2013-W11-WE', { date: '2013-03-16', granularity: 'week' }],
    ['2012-SU', { date: '2012-06', granularity: 'season' }],
    ['1998-FA', { date: '1998-09', granularity: 'season' }],
    ['1999-Q3', { date: '1999-07', granularity: 'quarter' }],
    ['2012-H2', { date: '2012-07', granularity: 'half' }],
    ['199', { date: '1990', granularity: 'decade' }],
    ['199X', { date: '1990', granularity: 'decade' }],
    ['19', { date: '1900', granularity: 'century' }],
    ['1997-XX-XX', { date: '1997', granularity: 'year' }],
    ['1998-10-XX', { date: '1998-10', granularity: 'month' }],
  ] as const)('%s → %o', (value, expected) => {
    expect(toTimelineDate(value)).toEqual(expected);
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'P1W', 'XXXX-XX-XX', ''])(
    '%s has no place on the timeline',
    (value) => {
      expect(toTimelineDate(value)).toBeNull();
    },
  );
});
