import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';
import { finiteVerbs } from '../../../../src/core/timeline/clause-verbs';
import { formatTimelineDate } from '../../../../src/core/dates/format-date';

const timelineOf = (text: string, dct = '2019-12-07') =>
  analyzeText({ text, published: { date: dct, source: 'given' } }, createRulesRecognizer()).timeline;
const values = (text: string, dct?: string) => timelineOf(text, dct).map((e) => e.value);

describe('core/timeline: items are happenings', () => {
  it('keeps no stamp, byline or update line without a verb', () => {
    expect(
      values('Updated Dec. 7, 2019, 10:00 PM UTC\n\nPosted on December 6, 2019\n\nDec. 6, 2019'),
    ).toEqual([]);
  });

  it('keeps no caption fragment without a finite verb', () => {
    expect(values('A firefighter hosing down a warehouse in Leeds on Monday.')).toEqual([]);
  });

  it('labels a fronted date with its whole clause, not the date alone', () => {
    const [e] = timelineOf('In 1991, the mayor signed the river treaty with the port authority.');
    expect(e?.label).toBe('In 1991, the mayor signed the river treaty with the port authority');
  });

  it('replaces a relative pronoun with whom it stands for', () => {
    const [e] = timelineOf('The party expelled Tom Okoro, who was dismissed as treasurer this month.');
    expect(e?.label).toBe('Tom Okoro was dismissed as treasurer this month');
  });

  it('makes one item of a sentence with two dates and one happening', () => {
    expect(values('The plant will make 300 turbines next year, 40 percent more than in 2017.')).toEqual([
      '2020',
    ]);
  });

  it('keeps two items where a sentence tells two happenings', () => {
    expect(values('She won the regional prize in 2003 and received the national medal in 2016.')).toEqual([
      '2003',
      '2016',
    ]);
  });

  it('keeps a generic present-tense "today" out, and a past one in', () => {
    expect(values('Paper maps still matter today.')).toEqual([]);
    expect(values('The minister resigned today after the vote.')).toEqual(['2019-12-07']);
  });

  it('keeps durations, ranges and baselines out: "since 2015", "until July", "from 2015 to 2016"', () => {
    expect(values('The firm has tracked salaries since 2015.')).toEqual([]);
    expect(values('The hearing was adjourned until July.')).toEqual([]);
    expect(values('Rents rose sharply from 2015 to 2016.')).toEqual([]);
    expect(values('Sales fell to 12% a week earlier.')).toEqual([]);
  });

  it('keeps the date of a figure compared with out: "down from 1.9% late on Monday", "from $9 in 2018"', () => {
    // dct 2019-12-07 is a Saturday.
    expect(values('The ten-year yield fell to 1.79% on Friday, down from 1.81% late on Thursday.')).toEqual([
      '2019-12-06',
    ]);
    expect(values('Ticket prices rose to $12 from $9 in 2018.')).toEqual([]);
    expect(values('Output rose 4 percent compared with 3.5 million tons in 2017.')).toEqual([]);
    // A figure that is the happening itself keeps its date.
    expect(values('The ferry carried 1,200 passengers on Thursday.')).toEqual(['2019-12-05']);
  });

  it('keeps dates inside a condition out: "even if it runs into 2020", "as if it had failed in 2015"', () => {
    expect(values('The board would let the audit run its course, even if it stretches into 2020.')).toEqual(
      [],
    );
    expect(values('It is almost as if the museum made the wrong call almost five years ago.')).toEqual([]);
    expect(values('If the council approves the bridge on Monday, the work starts at once.')).toEqual([]);
    // A condition after the date leaves the happening dated; an indirect question still tells one.
    expect(values('The bridge will open on Monday if the inspectors agree.')).toEqual(['2019-12-09']);
    expect(values('The inspector asked if the bridge had closed in 2009.')).toEqual(['2009']);
  });

  it('keeps a call to act out: "Sign up today", "go out and vote today,” he said"', () => {
    expect(
      values('Sign up for The Harbour Letter today to get the free newsletter delivered to your inbox.'),
    ).toEqual([]);
    expect(
      values('“Leeds, after all the work I brought to you, go out and vote for us today,” he said.'),
    ).toEqual([]);
    // A quoted report of the day still is one.
    expect(values('“We filed the suit today,” she said.')).toEqual(['2019-12-07']);
  });

  it('keeps a year that labels a thing in a present-tense clause out: "ahead of their 2020 session that starts"', () => {
    expect(
      values('It came as delegates gather for talks ahead of their 2020 session that starts soon.'),
    ).toEqual([]);
    expect(values('The dispute grew, though the harbour still runs on the 2016 plan.')).toEqual([]);
    // In the past or future tense the year may date the happening.
    expect(values('The artist’s 1968 work poked fun at the space race.')).toEqual(['1968']);
    expect(values('Lawmakers will take up the bill during their 2020 session.')).toEqual(['2020']);
  });

  it('keeps questions out: "What happened in 2009?"', () => {
    expect(values('The real question is what changed at the harbour in 2009?')).toEqual([]);
    expect(values('The ferry stopped in March. Why?')).toEqual(['2019-03']);
    expect(
      values(
        '“The yard can build two ferries a year starting in 2024,” he said, including the first hull 1B. “Why not?”',
      ),
    ).toEqual(['2024']);
  });

  it('keeps dates inside names out: "the Clean Water Act of 1940", "the 2009 Booker Prize", "the Sunday Herald"', () => {
    expect(values('Lawyers cited the Clean Water Act of 1940 in court.')).toEqual([]);
    expect(values('He was on the team that won the 2009 Booker Prize.')).toEqual([]);
    expect(values('She writes a column in the Sunday Herald magazine.')).toEqual([]);
    expect(values('The fair promised “The City of Tomorrow.”')).toEqual([]);
  });

  it('reads no year from a screen resolution or a house number', () => {
    expect(values('The panel had a resolution of 1800 x 1920 pixels when it shipped last year.')).toEqual([
      '2018',
    ]);
    expect(values('Police searched the flat at 1119 Elm Street on Friday.')).toEqual(['2019-12-06']);
  });

  it('keeps rough and anchored dates out: "a decade ago", "the next morning", "that day"', () => {
    expect(values('As with the first pager a decade ago, it felt odd.')).toEqual([]);
    expect(values('He needed the figures by the next morning, so he stayed late.')).toEqual([]);
    expect(values('On that day, the alarm reached every harbour.')).toEqual([]);
  });

  it('keeps dates told from another date or a happening out, though they are resolved', () => {
    const story = 'The mayor was shot outside the town hall on Nov. 4. ';
    // Only the dated happening is an item; the rest are told from it, as the guidelines leave them out.
    for (const told of [
      'Her deputy took office the day after her death.',
      'A neighbour saw the gunman ten days before the shooting.',
      'In the weeks before the shooting, the gunman had sent her letters.',
      'Later that day, the police closed the square.',
      'The council met the following Monday.',
    ])
      expect(values(story + told)).toEqual(['2019-11-04']);
  });

  it('keeps generic seasons and present-tense characterisations out', () => {
    expect(values('Most pipes burst in winter, when the ground freezes.')).toEqual([]);
    expect(values('Critics call jazz the sound of the 20th century.')).toEqual([]);
  });

  it('reads "this year" in the first days of January as the year just ended', () => {
    expect(values('Earlier this year, a storm flooded the harbour.', '2019-01-03')).toEqual(['2018']);
  });
});

describe('core/timeline: granularity kept', () => {
  it('keeps decades, centuries, seasons and weeks at their own granularity', () => {
    const t = timelineOf(
      'The mill opened in the early 1990s. The canal was dug in the late 1800s. The band toured in the summer of 2012. Prices fell last week.',
    );
    expect(t.map((e) => [e.value, e.granularity])).toEqual([
      ['18', 'century'],
      ['199X', 'decade'],
      ['2012-SU', 'season'],
      ['2019-W48', 'week'],
    ]);
  });

  it('writes them as a reader says them', () => {
    expect(formatTimelineDate('1990', 'decade', '199X')).toBe('the 1990s');
    expect(formatTimelineDate('1800', 'century', '18')).toBe('the 1800s');
    expect(formatTimelineDate('2019-12-02', 'week', '2019-W49')).toBe('the week of 2 December 2019');
    expect(formatTimelineDate('2012-06', 'season', '2012-SU')).toBe('summer 2012');
    expect(formatTimelineDate('2019-07', 'quarter', '2019-Q3')).toBe('the third quarter of 2019');
    expect(formatTimelineDate('2020-01', 'half', '2020-H1')).toBe('the first half of 2020');
  });

  it('dates "the first half of next year" as a half, not as its first month', () => {
    const [e] = timelineOf('The ministry will choose the winning design in the first half of next year.');
    expect(e).toMatchObject({ value: '2020-H1', granularity: 'half', date: '2020-01' });
  });

  it('dates a death by its own weekday, not by a decade named in the same sentence', () => {
    expect(values('The star of a 1980s sitcom died Tuesday at his home.')).toEqual(['2019-12-03']);
  });
});

describe('core/timeline/clause-verbs', () => {
  it('finds finite verbs, and none in a stamp or a fronted participle', () => {
    expect(finiteVerbs('Published Thursday 27 June 2019')).toEqual([]);
    expect(finiteVerbs('Released in 1971, it has since drawn praise').map((v) => v.word)).toEqual(['has']);
    expect(finiteVerbs('I still remember the day').map((v) => v.tense)).toEqual(['present']);
    expect(finiteVerbs('She won the prize and received a medal').map((v) => v.word)).toEqual([
      'won',
      'received',
    ]);
  });
});
