import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { createStoryMemory, type StoryMemory } from '../../../../src/background/story/story-memory';
import {
  buildStory,
  canonicalUrl,
  newStoryId,
  toArticleRecord,
  type StoryExport,
} from '../../../../src/core/story';
import type { Analysis } from '../../../../src/core/types';
import {
  FOOTBALL_URL,
  footballAnalysis,
  LAVROV_URL,
  lavrovAnalysis,
  SUMMIT_URL,
  summitAnalysis,
} from '../../core/story/articles';

let dbCount = 0;
let clock: number;
let memory: StoryMemory;

const lavrov = lavrovAnalysis();
const summit = summitAnalysis();
const football = footballAnalysis();

function fresh(maxArticles?: number): StoryMemory {
  dbCount += 1;
  return createStoryMemory({ dbName: `stories-spec-${dbCount}`, now: () => (clock += 1000), maxArticles });
}

const exported = async (m: StoryMemory): Promise<StoryExport> =>
  JSON.parse(await m.exportAs('json')) as StoryExport;

describe('background/story/story-memory', () => {
  beforeEach(() => {
    clock = Date.UTC(2018, 5, 12);
    memory = fresh();
  });

  it('files two articles on the Singapore summit under one story whose events link each to its source', async () => {
    const first = await memory.remember(lavrov);
    const second = await memory.remember(summit);
    expect(first).toBeTruthy();
    expect(second).toBe(first);

    const view = await memory.getStory(SUMMIT_URL);
    expect(view?.story).toMatchObject({ title: 'Singapore summit', articleCount: 2 });
    expect(view?.current).toBe(canonicalUrl(SUMMIT_URL));
    const sources = new Set(view?.events.map((e) => e.source.url));
    expect(sources).toEqual(new Set([canonicalUrl(LAVROV_URL), canonicalUrl(SUMMIT_URL)]));
    const visit = view?.events.find((e) => e.label.startsWith('Sergey Lavrov will visit'));
    expect(visit?.source.title).toBe('Russian Foreign Minister Will Visit North Korea for Talks');
    // The same story from the other article's side.
    expect((await memory.getStory(LAVROV_URL))?.story.id).toBe(view?.story.id);
  });

  it('starts another story for an unrelated article', async () => {
    const korea = await memory.remember(lavrov);
    const sport = await memory.remember(football);
    expect(sport).not.toBe(korea);
    expect((await memory.getStory(FOOTBALL_URL))?.story.articleCount).toBe(1);
    expect((await exported(memory)).stories).toHaveLength(2);
  });

  it('keeps one record for a page read twice, even through a tracking link', async () => {
    await memory.remember(lavrov);
    await memory.remember({ ...lavrov, url: `${LAVROV_URL}?utm_source=newsletter#top` });
    const view = await memory.getStory(LAVROV_URL);
    expect(view?.articles).toHaveLength(1);
    expect(view?.events).toHaveLength(lavrov.timeline.length);
  });

  it('knows no story for an article it never kept, nor for a page with nothing found', async () => {
    expect(await memory.getStory(LAVROV_URL)).toBeNull();
    const empty: Analysis = { ...football, entities: [], timeline: [] };
    expect(await memory.remember(empty)).toBeNull();
    expect(await memory.getStory(FOOTBALL_URL)).toBeNull();
  });

  it('clears everything', async () => {
    await memory.remember(lavrov);
    await memory.remember(summit);
    await memory.clearAll();
    expect(await memory.getStory(LAVROV_URL)).toBeNull();
    expect((await exported(memory)).stories).toEqual([]);
  });

  it('exports every event with its date and source, as JSON and as Markdown', async () => {
    await memory.remember(lavrov);
    await memory.remember(summit);
    await memory.remember(football);
    const json = await exported(memory);
    expect(json).toMatchObject({ format: 'backstory-story-memory', version: 1 });
    const korea = json.stories.find((s) => s.title === 'Singapore summit');
    expect(korea?.articles.map((a) => a.url)).toEqual([canonicalUrl(LAVROV_URL), canonicalUrl(SUMMIT_URL)]);
    expect(korea?.events.find((e) => e.central)).toMatchObject({ date: '2018-06-12', status: 'happened' });

    const md = await memory.exportAs('markdown');
    for (const story of json.stories)
      for (const event of story.events) {
        expect(md).toContain(`**${event.date}**`);
        expect(md).toContain(event.label);
      }
    expect(md).toContain(`(${canonicalUrl(FOOTBALL_URL)})`);
  });

  it('forgets the oldest-read articles beyond its limit, and a story left empty with them', async () => {
    memory = fresh(2);
    await memory.remember(football);
    await memory.remember(lavrov);
    await memory.remember(summit);
    expect(await memory.getStory(FOOTBALL_URL)).toBeNull();
    const stories = (await exported(memory)).stories;
    expect(stories.map((s) => s.title)).toEqual(['Singapore summit']);
    expect(stories[0]?.articles).toHaveLength(2);
  });

  it('never files an unrelated article under a story that happens to hold its new id', async () => {
    memory = fresh();
    await memory.remember(lavrov);
    const korea = (await memory.getStory(LAVROV_URL))!.story.id;
    // The football article's own new id is taken by a story it shares nothing with.
    const squatter = { ...football, url: FOOTBALL_URL };
    const wanted = newStoryId(toArticleRecord(squatter, 0)!);
    const name = `stories-spec-${dbCount}`;
    const db = await openDB(name);
    const korean = await db.get('stories', korea);
    await db.put('stories', { ...korean, id: wanted });
    db.close();
    const filed = await memory.remember(squatter);
    expect(filed).not.toBe(wanted);
    expect(filed).not.toBe(korea);
    expect((await memory.getStory(FOOTBALL_URL))?.story.articleCount).toBe(1);
  });

  it('finds stories written before stories were indexed by their names', async () => {
    dbCount += 1;
    const name = `stories-spec-${dbCount}`;
    const record = toArticleRecord(lavrov, 1)!;
    const { keys: _keys, ...oldStory } = buildStory('old', [record]);
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        const articles = database.createObjectStore('articles', { keyPath: 'url' });
        articles.createIndex('by-story', 'storyId');
        articles.createIndex('by-read-at', 'readAt');
        database.createObjectStore('stories', { keyPath: 'id' });
      },
    });
    await v1.put('articles', { ...record, storyId: 'old' });
    await v1.put('stories', oldStory);
    v1.close();
    memory = createStoryMemory({ dbName: name, now: () => (clock += 1000) });
    expect(await memory.remember(summit)).toBe('old');
  });
});
