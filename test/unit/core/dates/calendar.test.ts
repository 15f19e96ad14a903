import { describe, expect, it } from 'vitest';
import { isoWeekOf, mondayOfIsoWeek, parseDay, weekdayOf } from '../../../../src/core/dates/calendar';

describe('core/dates/calendar', () => {
  it.each([
    ['2018-05-30', 2018, 22],
    ['2000-02-10', 2000, 6],
    ['2000-01-01', 1999, 52],
    ['2020-12-31', 2020, 53],
    ['2013-03-18', 2013, 12],
  ])('%s is in ISO week %i-W%i', (iso, year, week) => {
    expect(isoWeekOf(parseDay(iso))).toEqual({ year, week });
  });

  it('finds the Monday of an ISO week', () => {
    expect(mondayOfIsoWeek(2013, 12)).toEqual({ year: 2013, month: 3, day: 18 });
    expect(weekdayOf(mondayOfIsoWeek(1999, 52))).toBe(1);
  });

  it('rejects a DCT that is not YYYY-MM-DD', () => {
    expect(() => parseDay('30/05/2018')).toThrow(/YYYY-MM-DD/);
  });
});
