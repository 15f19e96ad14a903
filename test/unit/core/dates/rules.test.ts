// Sentences here are our own; some copy the shape of a date expression found in newswire (with the
// document creation dates of that era) but none is taken from a corpus.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/core/dates/index';

/** The value of the mention covering `phrase` (the longest one overlapping it). */
function valueOf(text: string, phrase: string, dct: string): string | undefined {
  const at = text.indexOf(phrase);
  return findDates(text, dct).find((d) => d.start < at + phrase.length && d.end > at)?.value;
}

describe('core/dates holidays', () => {
  it.each([
    ['He was found on Thanksgiving Day.', 'Thanksgiving Day', '2000-01-07', '1999-11-25'],
    ['It happened last Thanksgiving.', 'last Thanksgiving', '2000-02-10', '1999-11-25'],
    ['The campaign runs to Election Day.', 'Election Day', '1998-10-26', '1998-11-03'],
    ['Protesters prayed as Easter week began.', 'Easter week', '2000-04-17', '2000-W16'],
    ['Shops close on Christmas 2012.', 'Christmas 2012', '2013-03-01', '2012-12-25'],
    ['The parade is on the Fourth of July.', 'Fourth of July', '2013-06-20', '2013-07-04'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates weekends, weeks and parts of units', () => {
  it.each([
    ['Protesters gathered over the weekend.', 'the weekend', '2013-03-20', '2013-W11-WE'],
    ['Fans will gather this weekend.', 'this weekend', '2013-03-20', '2013-W12-WE'],
    ['The hearing may be held the week of March 6.', 'the week of March 6', '2000-02-24', '2000-W10'],
    ['The court will rule by the end of the year.', 'the end of the year', '2013-03-20', '2013'],
    ['Earlier this week, he resigned.', 'Earlier this week', '2013-03-20', '2013-W12'],
    ['Troops left six weeks ago.', 'six weeks ago', '2000-01-06', '1999-W47'],
    ['He has been in hospital for the last week.', 'last week', '2000-04-14', '2000-W15'],
    ['He was in hospital last week.', 'last week', '2000-04-14', '2000-W14'],
    ['Rents peak in the last week of June.', 'last week', '2000-04-14', undefined],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates dates told from another date', () => {
  it.each([
    ['He fled in June 1998 and returned later that year.', 'later that year', '2000-01-28', '1998'],
    [
      'He appeared in court on Feb. 22. He appeared again the next morning.',
      'the next morning',
      '2000-02-24',
      '2000-02-23',
    ],
    [
      'There was a rally the day before last Tuesday.',
      'the day before last Tuesday',
      '2000-02-24',
      '2000-02-21',
    ],
    ['The summit will be held on April 24 and 25.', '25', '1999-02-10', '1999-04-25'],
    ['Police held him on Friday. Two days later he was freed.', 'Two days later', '2013-03-20', '2013-03-17'],
    ['The plant closed in 2009. Three years later it reopened.', 'Three years later', '2013-03-20', '2012'],
    ['Profit rose 5% from a year earlier.', 'a year earlier', '2013-03-20', '2012'],
    ['He was killed on Oct. 23. That same day, a fax was sent.', 'That same day', '1999-05-01', '1998-10-23'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });

  it.each([
    // 2011-03-09 is a Wednesday in ISO week 10.
    ['The plant shut on March 9, 2011. It reopened the following week.', 'the following week', '2011-W11'],
    [
      'The plant shut on March 9, 2011. Two inspectors had left the previous week.',
      'the previous week',
      '2011-W9',
    ],
    ['The plant shut on March 9, 2011. Later that week, its owner resigned.', 'Later that week', '2011-W10'],
    [
      'The plant shut on March 9, 2011. It reopened the following Monday.',
      'the following Monday',
      '2011-03-14',
    ],
    [
      'The plant shut on March 9, 2011. Workers had struck the previous Friday.',
      'the previous Friday',
      '2011-03-04',
    ],
  ])('"%s": %s is told from the day before it, not from the DCT → %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, '2013-06-05')).toBe(value);
  });

  it.each([
    [
      'The bridge gave way last March, and the mayor resigned that same day.',
      'that same day',
      '2013-06-05',
      '2013-03-XX',
    ],
    [
      'A judge was named on May 2. The trial opened in July and ended that day.',
      'that day',
      '2013-08-01',
      '2013-07-XX',
    ],
  ])(
    '"%s": %s (DCT %s) is a day of the month told last, which one unknown → %s',
    (text, phrase, dct, value) => {
      expect(valueOf(text, phrase, dct)).toBe(value);
    },
  );

  it.each([
    ['"This is a historic day for our town," the mayor said.', 'day', '2013-06-05', '2013-06-05'],
    [
      'The treaty was signed on May 2. Its author said it was "a proud day for both nations."',
      'day',
      '2013-06-05',
      '2013-05-02',
    ],
    ["Fans wept on June 1. It's a sad day, one said.", 'day', '2013-06-05', '2013-06-05'],
  ])('a day judged as a whole: "%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    const at = text.indexOf(' day') + 1;
    const found = findDates(text, dct).find((d) => d.start === at);
    expect(found?.text).toBe(phrase);
    expect(found?.value).toBe(value);
  });

  it('does not date a day that is not judged: "a day of talks", "a two-day visit", "every day"', () => {
    const text = 'It was a day of talks during a two-day visit, and it rained every day.';
    expect(findDates(text, '2013-06-05')).toEqual([]);
  });

  it('does not date "the day after" an undated event', () => {
    const text = 'The men showed up the day after his death.';
    expect(findDates(text, '1998-11-21')).toEqual([]);
  });
});

describe('core/dates dates told from a happening the text dates', () => {
  const FLOOD = 'The dam burst in the March 4 flood. ';
  it.each([
    [
      'The mayor was shot on the steps of city hall on May 2. Flowers appeared there the day after his death.',
      'the day after',
      '2011-06-01',
      '2011-05-03',
    ],
    [
      'The May 2 shooting shocked the town. A neighbour saw the van ten days before the murder.',
      'ten days before',
      '2011-06-01',
      '2011-04-22',
    ],
    [
      'The reactor blast on Feb. 3 closed the port. In the weeks before the explosion, inspectors had left.',
      'the weeks before',
      '2011-06-01',
      '2011-01',
    ],
    [
      'The election was held on Nov. 28. In the days after the election, the count stalled.',
      'the days after',
      '2011-12-05',
      '2011-12',
    ],
    [
      'The senator resigned Tuesday. Two weeks after he resigned, his aide was charged.',
      'Two weeks after',
      '2011-06-02',
      '2011-W24',
    ],
    [
      'Dr. Adler was killed on Oct. 3. The clinic shut the day after Dr. Adler was killed.',
      'the day after',
      '2011-11-01',
      '2011-10-04',
    ],
    [
      'The plane crashed in March 2009. Three years after the crash, the airline folded.',
      'Three years after',
      '2011-06-02',
      '2012',
    ],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });

  it('takes the date of the same happening, not the last date written', () => {
    const text =
      'The envoy died in a car crash on Aug. 9. His family met the minister on Aug. 20. Crowds gathered the day after his death.';
    expect(valueOf(text, 'the day after', '2011-09-01')).toBe('2011-08-10');
  });

  it('does not take the day of an indictment for the day of the crime it names', () => {
    // "indicted for murder Monday": Monday is the indictment's; the killing is never dated.
    const text = 'She was indicted for murder Monday. A witness saw her car the day before the killing.';
    expect(valueOf(text, 'the day before', '2011-06-04')).toBeUndefined();
  });

  it('leaves a stretch told from an undated happening undated', () => {
    expect(
      valueOf(FLOOD + 'The road was cut in the weeks after the attack.', 'the weeks after', '2011-06-01'),
    ).toBe(undefined);
  });
});

describe('core/dates how often: TIMEX3 sets written as their period', () => {
  it.each([
    ['Pickets gather daily outside the gates.', 'daily', 'P1D'],
    ['The strike has disrupted daily life in the port.', 'daily', 'P1D'],
    ['The fair is held annually in the old market.', 'annually', 'P1Y'],
    ['Inspectors visit weekly.', 'weekly', 'P1W'],
  ])('"%s": %s → %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, '2011-06-01')).toBe(value);
  });

  it.each([
    ['The letter ran in the party daily Pravda on page one.', 'daily'],
    ['The story was broken by a weekly newspaper in the north.', 'weekly'],
    ['The allegations were first reported by the daily.', 'daily'],
    ['"We will not yield," the weekly said in an editorial.', 'weekly'],
  ])('"%s": %s names a newspaper, not a frequency', (text, phrase) => {
    expect(valueOf(text, phrase, '2011-06-01')).toBeUndefined();
  });
});

describe('core/dates weekdays as nouns and in fronted phrases', () => {
  it.each([
    ["They would look for ways around Wednesday's ruling.", "Wednesday's", '2000-01-07', '2000-01-05'],
    ['Until Thursday, the police had not named the driver.', 'Thursday', '1999-05-07', '1999-05-06'],
    ['Relatives have until 9 a.m. Tuesday to sign.', '9 a.m. Tuesday', '2000-04-03', '2000-04-04T09:00'],
    [
      'The ferry sails at 4:30 p.m. EDT Thursday.',
      '4:30 p.m. EDT Thursday',
      '2000-04-05',
      '2000-04-06T16:30',
    ],
    ['The ferry sailed Thursday night.', 'Thursday night', '2000-04-07', '2000-04-06'],
    ['Officials said on Friday that the vote is set for Sunday.', 'Sunday', '2013-03-20', '2013-03-24'],
    ['The blasts next to the embassies on Friday killed dozens.', 'Friday', '1998-08-08', '1998-08-07'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates month names', () => {
  it.each([
    ['They have gathered evidence in the October slaying.', 'October', '1999-04-19', '1998-10'],
    ['The case will be heard in May.', 'May', '2000-03-29', '2000-05'],
    ['The move was approved in early October this year.', 'October this year', '1998-12-03', '1998-10'],
    ['Members join in April next year.', 'April next year', '1998-12-03', '1999-04'],
    ['He was shot last Oct. 23 at home.', 'last Oct. 23', '1999-04-19', '1998-10-23'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates years', () => {
  it.each([
    ['in 1994, 1995 and 1997', '1995', '1999-04-19', '1995'],
    ['the post-1959 politics', 'post-1959', '2000-02-24', '1959'],
    ['revenue for fiscal 2013', 'fiscal 2013', '2013-03-20', '2013'],
    ['prices rose through mid-2015', 'mid-2015', '2013-03-20', '2015'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });

  it.each([
    ['It cost 1,998 dollars.'],
    ['The plane landed at 1930 GMT.'],
    ['The 1/2 point fell.'],
    ['Kopp vanished 13 days after the bombing.'],
  ])('finds no date in "%s"', (text) => {
    expect(findDates(text, '1999-04-19')).toEqual([]);
  });
});

describe('core/dates quarters and vague pasts', () => {
  it.each([
    ['Sales rose in the latest quarter.', 'the latest quarter', '2013-04-25', '2013-Q1'],
    ['Growth slowed last quarter.', 'last quarter', '2013-01-10', '2012-Q4'],
    ['Margins improve this quarter.', 'this quarter', '2013-05-10', '2013-Q2'],
    ['The plan ends next fiscal year.', 'next fiscal year', '2013-05-10', '2014'],
    ['The sale should close by year-end.', 'year-end', '2013-05-10', '2013-12'],
    ['Debt rose at year end.', 'year end', '2013-02-01', '2012-12'],
    ['Music of the sixties is back.', 'the sixties', '2013-05-10', '196'],
    ['Talks will resume in the coming weeks.', 'the coming weeks', '2013-05-10', 'FUTURE_REF'],
    ['Prices rose in recent months.', 'recent months', '2013-05-10', 'PAST_REF'],
    ['The mill closed several years ago.', 'several years ago', '2013-05-10', 'PAST_REF'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates ranges are tagged end by end', () => {
  it.each([
    ['The festival runs from May 3 to May 5.', '2018-05-30', ['May 3=2018-05-03', 'May 5=2018-05-05']],
    ['The summit is June 12-13.', '2018-05-30', ['June 12=2018-06-12', '13=2018-06-13']],
    ['He served between 1994 and 1997.', '2018-05-30', ['1994=1994', '1997=1997']],
    [
      'The paper wrote in a column on Monday, Oct. 26: the verdict',
      '1998-10-25',
      ['Monday, Oct. 26=1998-10-26'],
    ],
  ])('"%s" (DCT %s) → %j', (text, dct, expected) => {
    expect(findDates(text, dct).map((d) => `${d.text}=${d.value}`)).toEqual(expected);
  });
});

describe('core/dates British day-month order', () => {
  it.each([
    ['The vote was on Tuesday 12 June.', 'Tuesday 12 June', '2018-06-20', '2018-06-12'],
    ['It happened on the 3rd of May.', 'the 3rd of May', '2018-05-30', '2018-05-03'],
    ['The final is on Saturday 2 June 2018.', 'Saturday 2 June 2018', '2018-05-30', '2018-06-02'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    const at = text.indexOf(phrase);
    const mention = findDates(text, dct).find((d) => d.start === at);
    expect(mention && [mention.text, mention.value]).toEqual([phrase, value]);
  });
});
