import { describe, expect, it } from 'vitest';
import { toArticleRecord } from '../../../../src/core/story/article-record';
import { buildStory } from '../../../../src/core/story/assign-story';
import { storySoFar } from '../../../../src/core/story/story-so-far';
import { lavrovAnalysis, summitAnalysis } from './articles';
import { article, entity, event, person } from './records';

describe('core/story/storySoFar on the sample story', () => {
  const lavrov = toArticleRecord(lavrovAnalysis(), 1)!;
  const summit = toArticleRecord(summitAnalysis(), 2)!;
  const story = buildStory('s', [lavrov, summit]);
  const events = storySoFar(story, [lavrov, summit]);

  it("holds both articles' events, each linked to the article that told it", () => {
    const sources = new Set(events.map((e) => e.source.url));
    expect(sources).toEqual(new Set([lavrov.url, summit.url]));
    const visit = events.find((e) => e.label.includes('Lavrov will visit'));
    expect(visit?.source).toMatchObject({ url: lavrov.url, title: lavrov.title });
    const pompeo = events.find((e) => e.label.includes('Pompeo will travel'));
    expect(pompeo?.source).toMatchObject({ url: summit.url, title: summit.title });
  });

  it('tells the summit once: as it happened, from the newer article, also linking the older', () => {
    const onSummitDay = events.filter((e) => e.date === '2018-06-12' && e.central);
    expect(onSummitDay).toHaveLength(1);
    expect(onSummitDay[0]).toMatchObject({
      status: 'happened',
      source: { url: summit.url },
      alsoIn: [{ url: lavrov.url, title: lavrov.title }],
    });
  });

  it('is in date order', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2018-04');
  });

  it('uses only the articles of the story it is given', () => {
    const alone = buildStory('alone', [lavrov]);
    expect(storySoFar(alone, [lavrov, summit]).every((e) => e.source.url === lavrov.url)).toBe(true);
  });
});

describe('core/story/storySoFar merging', () => {
  const trump = (id: string) => person(id, 'Donald Trump', ['Donald Trump', 'Trump']);

  it('merges a month-level telling into the same event dated to the day', () => {
    const a = article(
      'https://a.example/1',
      '2018-05-30',
      [person('t', 'Trump')],
      [event('e1', '2018-05', 'Trump called off the summit with Kim', ['t'])],
    );
    const b = article(
      'https://b.example/2',
      '2018-06-01',
      [trump('t2')],
      [event('e2', '2018-05-24', 'Trump called off the summit with Kim in a letter', ['t2'])],
    );
    const events = storySoFar(buildStory('s', [a, b]), [a, b]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2018-05-24', granularity: 'day', source: { url: b.url } });
  });

  it('keeps apart events of one day that involve different people', () => {
    const a = article(
      'https://a.example/1',
      '2018-05-30',
      [person('k', 'Kim Yong Chol')],
      [event('e1', '2018-05-30', 'Kim Yong Chol was spotted at the airport', ['k'])],
    );
    const b = article(
      'https://b.example/2',
      '2018-05-31',
      [person('l', 'Sergey Lavrov')],
      [event('e2', '2018-05-30', 'Sergey Lavrov was spotted at the airport', ['l'])],
    );
    expect(storySoFar(buildStory('s', [a, b]), [a, b])).toHaveLength(2);
  });

  it('keeps apart events with the same people on one day that read differently', () => {
    const a = article(
      'https://a.example/1',
      '2018-06-12',
      [trump('t')],
      [event('e1', '2018-06-12', 'Trump and Kim Jong Un met in Singapore', ['t'])],
    );
    const b = article(
      'https://b.example/2',
      '2018-06-13',
      [trump('t')],
      [event('e2', '2018-06-12', 'Trump tweeted about tariffs on Canadian dairy', ['t'])],
    );
    expect(storySoFar(buildStory('s', [a, b]), [a, b])).toHaveLength(2);
  });

  it('never merges two events of the same article', () => {
    const a = article(
      'https://a.example/1',
      '2018-06-12',
      [trump('t')],
      [
        event('e1', '2018-06-12', 'Trump and Kim met in Singapore', ['t']),
        event('e2', '2018-06-12', 'Trump and Kim met again in Singapore', ['t']),
      ],
    );
    expect(storySoFar(buildStory('s', [a]), [a])).toHaveLength(2);
  });

  it('merges events without entities only when they read nearly the same', () => {
    const org = entity('o', 'Russian foreign ministry', 'organization');
    const a = article(
      'https://a.example/1',
      '2018-05-30',
      [org],
      [event('e1', '2018-05-30', 'The Russian foreign ministry said in a statement', [])],
    );
    const b = article(
      'https://b.example/2',
      '2018-05-31',
      [org],
      [
        event('e2', '2018-05-30', 'The Russian foreign ministry said in a statement on Wednesday', []),
        event('e3', '2018-05-30', 'Markets in Moscow fell', []),
      ],
    );
    const events = storySoFar(buildStory('s', [a, b]), [a, b]);
    expect(events.map((e) => e.label)).toEqual([
      'The Russian foreign ministry said in a statement on Wednesday',
      'Markets in Moscow fell',
    ]);
  });

  // No timing is asserted: speed depends on the machine and belongs in a benchmark.
  it('keeps every one of 200 events told by ten articles of one story', () => {
    const people = Array.from({ length: 20 }, (_, i) => person(`p${i}`, `Person Number${i}`));
    const articles = Array.from({ length: 10 }, (_, a) =>
      article(
        `https://a.example/${a}`,
        `2018-06-${String(a + 10).padStart(2, '0')}`,
        people,
        Array.from({ length: 20 }, (_, i) =>
          event(
            `e${i}`,
            `2018-0${1 + (i % 9)}-${String(1 + a).padStart(2, '0')}`,
            `Person Number${i} did thing ${a}`,
            [`p${i}`],
          ),
        ),
      ),
    );
    const events = storySoFar(buildStory('s', articles), articles);
    expect(events).toHaveLength(200);
  });
});
