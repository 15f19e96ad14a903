/**
 * The CLI's report writes each timeline date the way the article gave it: a season, a week or a
 * decade is not printed as the month or day it sorts at.
 */
import { describe, expect, it } from 'vitest';
import { formatAnalysis } from '../../../src/cli/format-analysis';
import type { Analysis, Granularity, TimelineEvent } from '../../../src/core/types';

function event(date: string, granularity: Granularity, value: string, label: string): TimelineEvent {
  return {
    id: `event-${date}`,
    date,
    granularity,
    value,
    label,
    sentence: `${label}.`,
    dateText: '',
    entityIds: [],
    status: 'happened',
    span: { start: 0, end: 0 },
  };
}

const report = (timeline: TimelineEvent[]): string =>
  formatAnalysis({ textLength: 100, entities: [], timeline, elapsedMs: 1 } satisfies Analysis);

describe('cli: the report’s timeline dates', () => {
  it('prints a season as the season, not the month it sorts at', () => {
    const out = report([event('2019-03', 'season', '2019-SP', 'The ferry line closed last spring')]);
    expect(out).toContain('spring 2019');
    expect(out).not.toContain('March 2019');
  });

  it('prints a week, a quarter and a decade at their own granularity', () => {
    const out = report([
      event('2018-12-03', 'week', '2018-W49', 'The council met last week'),
      event('2019-07', 'quarter', '2019-Q3', 'Sales fell in the third quarter'),
      event('1990', 'decade', '199', 'The mill shut in the 1990s'),
    ]);
    expect(out).toContain('the week of 3 December 2018');
    expect(out).toContain('the third quarter of 2019');
    expect(out).toContain('the 1990s');
  });

  it('prints a day and a month as before', () => {
    const out = report([
      event('2019-11-19', 'day', '2019-11-19', 'The mayor resigned on Tuesday'),
      event('2019-10', 'month', '2019-10', 'The bridge reopened in October'),
    ]);
    expect(out).toContain('19 November 2019');
    expect(out).toContain('October 2019');
  });
});
