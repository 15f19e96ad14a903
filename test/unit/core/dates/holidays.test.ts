import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../src/core/dates/calendar';
import { easterSunday, HOLIDAYS, holidayKey } from '../../../../src/core/dates/holidays';

describe('core/dates/holidays', () => {
  it.each([
    [2000, '2000-04-23'],
    [2013, '2013-03-31'],
    [2018, '2018-04-01'],
    [2024, '2024-03-31'],
  ])('Easter %i is on %s', (year, day) => {
    expect(formatDay(easterSunday(year))).toBe(day);
  });

  it.each([
    ['Thanksgiving Day', 1999, '1999-11-25'],
    ['Election Day', 1998, '1998-11-03'],
    ['Memorial Day', 2018, '2018-05-28'],
    ['Labor Day', 2013, '2013-09-02'],
    ["New Year's Day", 2019, '2019-01-01'],
    ["Mother's Day", 2018, '2018-05-13'],
    ['Good Friday', 2000, '2000-04-21'],
  ])('%s %i is on %s', (name, year, day) => {
    const key = holidayKey(name);
    expect(key).toBeDefined();
    expect(formatDay(HOLIDAYS[key!]!(year))).toBe(day);
  });
});
