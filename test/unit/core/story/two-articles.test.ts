import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../../src/core/story/assign-story';
import { storySoFar } from '../../../../src/core/story/story-so-far';
import { article, event, person } from './records';

/** Two reports of one trade summit: a preview, then the report of what happened. */
describe('core/story: a two-article story without repeats', () => {
  const okafor = (id: string) => person(id, 'Ada Okafor', ['Ada Okafor', 'Okafor']);
  const lindqvist = (id: string) => person(id, 'Erik Lindqvist', ['Erik Lindqvist', 'Lindqvist']);
  const preview = article(
    'https://one.example/preview',
    '2021-03-01',
    [okafor('o'), lindqvist('l')],
    [
      event('p1', '2021-03-04', 'Okafor will visit Stockholm for talks with Lindqvist', ['o', 'l'], {
        status: 'scheduled',
      }),
      event('p2', '2021-02', 'Lindqvist called off the earlier meeting with Okafor', ['l', 'o']),
      event('p3', '2021-03-09', 'Trade summit: Okafor and Lindqvist', ['o', 'l'], {
        central: true,
        status: 'scheduled',
      }),
    ],
  );
  const report = article(
    'https://two.example/report',
    '2021-03-05',
    [okafor('o2'), lindqvist('l2')],
    [
      event('r1', '2021-03-04', 'Okafor met Lindqvist in Stockholm', ['o2', 'l2']),
      event('r2', '2021-02-22', 'Lindqvist cancelled the summit with Okafor', ['l2', 'o2']),
      event('r3', '2021-03-09', 'The trade summit of Okafor and Lindqvist', ['o2', 'l2'], {
        central: true,
        status: 'scheduled',
      }),
    ],
  );
  const events = storySoFar(buildStory('s', [preview, report]), [preview, report]);

  it('tells each happening once, with both sources', () => {
    expect(events).toHaveLength(3);
    for (const e of events)
      expect([e.source.url, ...e.alsoIn.map((r) => r.url)].sort()).toEqual([
        'https://one.example/preview',
        'https://two.example/report',
      ]);
  });

  it('lets the later report supersede the plan: no scheduled mark on what was done', () => {
    const visit = events.find((e) => e.date === '2021-03-04');
    expect(visit).toMatchObject({ label: 'Okafor met Lindqvist in Stockholm', status: 'happened' });
  });

  it('folds "called off" and "cancelled" into one happening', () => {
    expect(events.filter((e) => e.date.startsWith('2021-02'))).toHaveLength(1);
  });

  it('shows the central event once, on its date', () => {
    expect(events.filter((e) => e.central).map((e) => e.date)).toEqual(['2021-03-09']);
  });
});
