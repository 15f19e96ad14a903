import { describe, expect, it } from 'vitest';
import { canonicalUrl as canonical } from '../../../../src/core/story/canonical-url';
import { toArticleRecord, type ArticleRecord } from '../../../../src/core/story/article-record';
import {
  articleLookupKeys,
  assignStory,
  buildStory,
  matchStory,
  type Story,
} from '../../../../src/core/story/assign-story';
import {
  FOOTBALL_URL,
  footballAnalysis,
  LAVROV_URL,
  lavrovAnalysis,
  SUMMIT_URL,
  summitAnalysis,
  tariffsAnalysis,
} from './articles';
import { article, person } from './records';

const record = (analysis: ReturnType<typeof lavrovAnalysis>, readAt: number): ArticleRecord =>
  toArticleRecord(analysis, readAt)!;

/** Read articles in order, the way the background does: assign, then rebuild that story. */
function readInOrder(articles: ArticleRecord[]): { stories: Story[]; storyOf: Map<string, string> } {
  let stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const a of articles) {
    const id = assignStory(stories, a);
    storyOf.set(a.url, id);
    const members = articles.filter((x) => storyOf.get(x.url) === id);
    stories = [...stories.filter((s) => s.id !== id), buildStory(id, members)];
  }
  return { stories, storyOf };
}

describe('core/story/toArticleRecord', () => {
  it('keeps names, types, aliases and events of the sample article, and its central event', () => {
    const lavrov = record(lavrovAnalysis(), 1);
    expect(lavrov.url).toBe(
      'https://nationalreview.com/news/russian-foreign-minister-will-visit-north-korea-for-talks',
    );
    expect(lavrov.published).toBe('2018-05-30');
    expect(lavrov.centralEvent).toBe('Singapore summit');
    expect(lavrov.entities.find((e) => e.name === 'Mike Pompeo')).toMatchObject({
      type: 'person',
      aliases: ['Mike Pompeo', 'Pompeo'],
      mentions: 2,
    });
    expect(lavrov.events.map((e) => e.date)).toContain('2018-06-12');
    expect(JSON.stringify(lavrov)).not.toContain('"mentions":[');
  });

  it('remembers nothing of a page without an address or without anything found', () => {
    const empty = { ...lavrovAnalysis(), entities: [], timeline: [] };
    expect(toArticleRecord(empty, 1)).toBeNull();
    const { url: _url, ...noUrl } = lavrovAnalysis();
    expect(toArticleRecord(noUrl, 1)).toBeNull();
  });
});

describe('core/story/assignStory', () => {
  it('puts the Lavrov article and a report of the Singapore summit in one story', () => {
    const { stories, storyOf } = readInOrder([record(lavrovAnalysis(), 1), record(summitAnalysis(), 2)]);
    expect(stories).toHaveLength(1);
    expect(storyOf.get(canonical(SUMMIT_URL))).toBe(storyOf.get(canonical(LAVROV_URL)));
    expect(stories[0]!.title).toBe('Singapore summit');
  });

  it('groups the same two articles read in the other order too', () => {
    const { stories } = readInOrder([record(summitAnalysis(), 1), record(lavrovAnalysis(), 2)]);
    expect(stories).toHaveLength(1);
  });

  it('starts a new story for an article on German football', () => {
    const { stories, storyOf } = readInOrder([
      record(lavrovAnalysis(), 1),
      record(summitAnalysis(), 2),
      record(footballAnalysis(), 3),
    ]);
    expect(stories).toHaveLength(2);
    expect(storyOf.get(canonical(FOOTBALL_URL))).not.toBe(storyOf.get(canonical(LAVROV_URL)));
  });

  it('does not join a story on one shared person plus a country and the White House', () => {
    const story = buildStory('s', [record(lavrovAnalysis(), 1), record(summitAnalysis(), 2)]);
    const tariffs = record(tariffsAnalysis(), 3);
    const match = matchStory(story, tariffs);
    expect(match.shared).toEqual(expect.arrayContaining(['Donald Trump', 'White House', 'United States']));
    expect(match.joins).toBe(false);
    expect(assignStory([story], tariffs)).not.toBe('s');
  });

  it('starts a new chapter for the same people more than a year later, unless the central event is the same', () => {
    const story = buildStory('s', [record(lavrovAnalysis(), 1)]);
    const later = (published: string, centralEvent?: string): ArticleRecord => {
      const { centralEvent: _dropped, ...summit } = record(summitAnalysis(), 2);
      return { ...summit, published, ...(centralEvent ? { centralEvent } : {}) };
    };
    expect(matchStory(story, later('2019-02-27')).joins).toBe(true);
    const twoYears = matchStory(story, later('2020-06-12'));
    expect(twoYears).toMatchObject({ gapDays: 744, joins: false });
    expect(matchStory(story, later('2020-06-12', 'Singapore summit')).joins).toBe(true);
  });

  it('looks stories up only by names that can decide a join, never by countries or the White House', () => {
    const keys = articleLookupKeys(record(tariffsAnalysis(), 1));
    expect([...keys]).toEqual(expect.arrayContaining(['donald trump', 'trump', 'xi jinping']));
    expect(keys.has('united states')).toBe(false);
    expect(keys.has('china')).toBe(false);
    expect(keys.has('white house')).toBe(false);
  });

  it('keeps an article in its story when it is read again', () => {
    const lavrov = record(lavrovAnalysis(), 1);
    const story = buildStory('kept', [lavrov]);
    expect(assignStory([story], { ...lavrov, entities: [], readAt: 9 })).toBe('kept');
  });

  it('joins the story it shares most with when two would take it', () => {
    const kim = person('p1', 'Kim Jong Un');
    const trump = person('p2', 'Donald Trump', ['Donald Trump', 'Trump']);
    const moon = person('p3', 'Moon Jae-in');
    const pompeo = person('p4', 'Mike Pompeo');
    const small = buildStory('small', [article('https://a.example/1', '2018-04-01', [kim, moon], [])]);
    const large = buildStory('large', [
      article('https://a.example/2', '2018-06-01', [kim, trump, pompeo], []),
    ]);
    const next = article('https://a.example/3', '2018-06-13', [kim, trump, pompeo, moon], []);
    expect(assignStory([small, large], next)).toBe('large');
  });

  it('gives the same new id for the same first article, and never an id already taken', () => {
    const football = record(footballAnalysis(), 1);
    const id = assignStory([], football);
    expect(assignStory([], football)).toBe(id);
    const taken = { ...buildStory(id, [record(lavrovAnalysis(), 1)]) };
    expect(assignStory([taken], football)).not.toBe(id);
  });

  // No timing is asserted: speed depends on the machine and belongs in a benchmark.
  it('files an article among a thousand stories with the one sharing all its people, not the hundred sharing one', () => {
    const trump = person('t', 'Donald Trump', ['Donald Trump', 'Trump']);
    const people = (n: number) => [
      ...Array.from({ length: 29 }, (_, i) => person(`p${i}`, `Person${i} Surname${n}x${i}`)),
      ...(n % 10 === 0 ? [trump] : []),
    ];
    const stories = Array.from({ length: 1000 }, (_, n) =>
      buildStory(`s${n}`, [article(`https://a.example/${n}`, '2018-06-01', people(n), [])]),
    );
    const next = article('https://a.example/next', '2018-06-02', people(500), []);
    expect(assignStory(stories, next)).toBe('s500');
  });

  it('names a story without a central event after its first article', () => {
    const football = record(footballAnalysis(), 1);
    expect(buildStory('f', [football]).title).toBe('Bayern Munich name Niko Kovac coach');
  });
});
