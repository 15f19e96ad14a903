// Some sentences here are shortened from the TempEval-3 AQUAINT TimeML corpus (AP, NYT and Xinhua
// newswire, 1998–2000; released for research by the TimeML project), with their DCTs; the rest are ours.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/core/dates/index';

/** The value findDates gives the first mention of `phrase` in `text`. */
function valueOf(text: string, phrase: string, dct: string): string | undefined {
  const at = text.indexOf(phrase);
  const mention = findDates(text, dct).find((d) => d.start < at + phrase.length && d.end > at);
  return mention?.value;
}

const WEDNESDAY_STORY = '2018-05-30';

describe('core/dates/findDates on the reference article (DCT Wednesday 2018-05-30)', () => {
  it.each([
    ['The Russian foreign minister will visit North Korea for talks on Thursday.', 'Thursday', '2018-05-31'],
    ['the Russian foreign ministry said in a statement on Wednesday.', 'Wednesday', '2018-05-30'],
    ['prepare for the much-anticipated June 12 summit in Singapore', 'June 12', '2018-06-12'],
    ['after Trump called it off earlier this month due to the anger', 'earlier this month', '2018-05'],
  ])('reads "%s": %s → %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, WEDNESDAY_STORY)).toBe(value);
  });

  it('gives offsets that slice back to the text as written', () => {
    const text = 'Officials met on Wednesday and will meet again next week.';
    for (const d of findDates(text, WEDNESDAY_STORY)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('core/dates/findDates weekday direction by tense (DCT Wednesday 2018-05-30)', () => {
  it.each([
    ['said on Monday', 'Monday', '2018-05-28'],
    ['will visit on Monday', 'Monday', '2018-06-04'],
    ['the meeting is scheduled for Friday', 'Friday', '2018-06-01'],
    ['the talks ended Friday', 'Friday', '2018-05-25'],
    ['they are expected to arrive Saturday', 'Saturday', '2018-06-02'],
    ['police arrested him Tuesday morning', 'Tuesday morning', '2018-05-29'],
    ['the vote will be held Thursday', 'Thursday', '2018-05-31'],
    ['the plant closed last Friday', 'last Friday', '2018-05-25'],
    ['the plant reopens next Friday', 'next Friday', '2018-06-01'],
    ['he arrived Wednesday', 'Wednesday', '2018-05-30'],
    ['Trading resumes on Monday.', 'Monday', '2018-06-04'],
    ['Voters go to the polls on Sunday.', 'Sunday', '2018-06-03'],
    ['The prime minister says Monday the deal is dead.', 'Monday', '2018-05-28'],
    ['The talks, which began Monday, are set to conclude Saturday.', 'Monday', '2018-05-28'],
    ['The talks, which began Monday, are set to conclude Saturday.', 'Saturday', '2018-06-02'],
    ['In a televised address Friday, the president spoke.', 'Friday', '2018-05-25'],
  ])('"%s": %s → %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, WEDNESDAY_STORY)).toBe(value);
  });
});

describe('core/dates/findDates relative and coarse dates', () => {
  it.each([
    ['The plant opened in 2010.', '2010', '2018-05-30', '2010'],
    ['Prices soared in the 1990s.', 'the 1990s', '2018-05-30', '199X'],
    ['It was built in the 19th century.', 'the 19th century', '2018-05-30', '18'],
    ['Sales fell last June.', 'last June', '2018-05-30', '2017-06'],
    ['Sales fell last June.', 'last June', '2018-07-15', '2018-06'],
    ['The deal closes next week.', 'next week', '2018-05-30', '2018-W23'],
    ['Prices rose this year.', 'this year', '2018-05-30', '2018'],
    ['It rained yesterday.', 'yesterday', '2018-05-30', '2018-05-29'],
    ['It rains today.', 'today', '2018-05-30', '2018-05-30'],
    ['The show airs tonight.', 'tonight', '2018-05-30', '2018-05-30'],
    ['Talks resume tomorrow.', 'tomorrow', '2018-05-30', '2018-05-31'],
    ['She left two months ago.', 'two months ago', '2018-05-30', '2018-03'],
    ['He was elected last fall.', 'last fall', '1999-01-22', '1998-FA'],
    ['The games open in the summer of 2012.', 'summer of 2012', '2011-01-01', '2012-SU'],
    ['Profit rose in the third quarter of 1999.', 'third quarter of 1999', '1999-11-02', '1999-Q3'],
    ['Profit rose in the third quarter.', 'third quarter', '1999-11-02', '1999-Q3'],
    ['Losses narrowed in the fourth quarter.', 'fourth quarter', '2000-02-10', '1999-Q4'],
    ['Spending rises in the first half of 2012.', 'first half of 2012', '2012-05-01', '2012-H1'],
    ['The week saw gains in 2013, in week 12.', '2013', '2013-03-20', '2013'],
    ['Aid was cut last week.', 'last week', '2013-03-20', '2013-W11'],
    ['The ban was lifted on Aug. 7, 1998.', 'Aug. 7, 1998', '2000-01-01', '1998-08-07'],
    ['Opening in July 1997, the mall', 'July 1997', '2000-01-01', '1997-07'],
    ['Turnout fell in late November.', 'late November', '1999-12-08', '1999-11'],
    ['The strike began in April.', 'April', '1999-05-06', '1999-04'],
  ])('"%s": %s (DCT %s) → %s', (text, phrase, dct, value) => {
    expect(valueOf(text, phrase, dct)).toBe(value);
  });
});

describe('core/dates/findDates reference values', () => {
  it.each([
    ['Prices are now falling.', 'now', 'PRESENT_REF'],
    ['The company is currently hiring.', 'currently', 'PRESENT_REF'],
    ['He recently moved.', 'recently', 'PAST_REF'],
    ['Such attacks happened in the past.', 'the past', 'PAST_REF'],
    ['We will see more in the future.', 'the future', 'FUTURE_REF'],
  ])('"%s": %s → %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, '2018-05-30')).toBe(value);
  });
});

describe('core/dates/findDates avoids things that are not dates', () => {
  it.each([
    ['You may go now that it is over.', 'may'],
    ['About 1500 people marched.', '1500'],
    ['Prices fall when supply rises.', 'fall'],
    ['He paid $2018 for it.', '2018'],
    ['The March on Washington was large.', 'March'],
    ['Theresa May said talks would go on.', 'May'],
    ['He spoke to May about Brexit.', 'May'],
    ['The Sunday Times reported the leak.', 'Sunday'],
    ['Black Friday sales set a record.', 'Friday'],
    ['Simmer the plums for 20 minutes.', '20 minutes'],
    ['Visitors breathe the filtered air for 15 minutes.', '15 minutes'],
    ['Hold the pose for 30 seconds.', '30 seconds'],
  ])('"%s" has no date at "%s"', (text, phrase) => {
    const at = text.indexOf(phrase);
    const hit = findDates(text, '2018-05-30').find(
      (d) => d.start < at + phrase.length && d.end > at && d.value !== 'PRESENT_REF',
    );
    expect(hit).toBeUndefined();
  });
});

describe('core/dates/findDates direction', () => {
  it.each([
    ['will visit on Thursday', 'future'],
    ['said on Monday', 'past'],
    ['Prices are high this year', 'present'],
    ['Prices rose earlier this year', 'past'],
    ['Prices will rise later this year', 'future'],
    ['It is now clear', 'present'],
  ] as const)('"%s" → %s', (text, direction) => {
    expect(findDates(text, '2018-05-30')[0]?.direction).toBe(direction);
  });
});
