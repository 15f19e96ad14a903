import { describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { toStoredPageState } from '../../../src/background/page-state-schema';
import { createPageStateStore } from '../../../src/background/page-states';
import type { Entity, Mention } from '../../../src/core/types';
import type { PageState } from '../../../src/shared/protocol';
import { FakeStorageArea } from './fake-browser';

const state = (tabId: number): PageState => ({
  tabId,
  enabled: true,
  analysis: { url: 'https://a.example/x', textLength: 1, entities: [], timeline: [], elapsedMs: 0 },
});

/** An invented person mentioned `count` times, under three forms, not in text order at the end. */
const person = (id: string, count: number, from = 0): Entity => {
  const forms = ['Talia Brenner', 'Brenner', 'Ms Brenner'];
  const mentions: Mention[] = [];
  for (let i = 0; i < count; i++) {
    const text = forms[i % 3]!;
    const start = from + i * 97;
    mentions.push({ start, end: start + text.length, text });
  }
  // Grouping can append a short form's mentions after the long one's: an earlier start comes last.
  if (count > 2) mentions.push({ start: from + 5, end: from + 12, text: 'Brenner' });
  return {
    id,
    type: 'person',
    name: 'Talia Brenner',
    aliases: ['Talia Brenner', 'Brenner', 'Ms Brenner'],
    mentions,
    descriptions: ['harbour commissioner'],
    firstContext: 'Talia Brenner said the quay would reopen.',
  };
};

/** A long article's state: `count` mentions over two entities, offsets past a million. */
const bigState = (tabId: number, count: number): PageState => ({
  tabId,
  enabled: true,
  analysis: {
    url: 'https://a.example/long',
    textLength: 2_000_000,
    entities: [person('e1', count / 2), person('e2', count / 2, 1_000_000)],
    timeline: [],
    elapsedMs: 12,
  },
});

describe('background/page-states', () => {
  it('gives back after a worker restart the same state as memory held, mentions and all', async () => {
    const session = new FakeStorageArea();
    const state = bigState(9, 400);
    await createPageStateStore(session as unknown as Storage.StorageArea).set(state);
    // A new store on the same session area: what a restarted service worker sees.
    const read = await createPageStateStore(session as unknown as Storage.StorageArea).get(9);
    expect(read).toEqual(state);
    expect(read?.analysis.entities[0]?.mentions[0]?.text).toBe('Talia Brenner');
  });

  it('stores mentions compactly: no object per mention, a fraction of the whole size', async () => {
    const session = new FakeStorageArea();
    const state = bigState(9, 20_000);
    await createPageStateStore(session as unknown as Storage.StorageArea).set(state);
    const stored = session.data.get('page:9') as { analysis: { entities: Record<string, unknown>[] } };
    for (const entity of stored.analysis.entities) {
      expect(entity).not.toHaveProperty('mentions');
      expect(typeof entity.spans).toBe('string');
    }
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(state).length / 4);
  });

  it.each([
    ['spans that are not triples', '0,d'],
    ['a start before the text', '-1,d,0'],
    ['a mention of no length', '0,0,0'],
    ['a form that is not there', '0,d,1'],
    ['a number that is not base 36', '0,1.5,0'],
    ['spans as a list', [0, 13, 0]],
    ['forms that are not strings', '0,d,0', [7]],
  ])('reads a stored entity with %s as no state', async (_, spans, forms: unknown = ['Talia Brenner']) => {
    const session = new FakeStorageArea();
    const stored = toStoredPageState(bigState(7, 4));
    await session.set({
      'page:7': {
        ...stored,
        analysis: { ...stored.analysis, entities: [{ ...stored.analysis.entities[0], forms, spans }] },
      },
    });
    expect(await createPageStateStore(session as unknown as Storage.StorageArea).get(7)).toBeNull();
  });

  it('keeps working in memory when session storage refuses writes (quota)', async () => {
    const session = new FakeStorageArea();
    session.failWrites = true;
    const store = createPageStateStore(session as unknown as Storage.StorageArea);
    await store.set(state(3));
    expect(await store.get(3)).toEqual(state(3));
  });

  it('works without a session area at all', async () => {
    const store = createPageStateStore(undefined);
    await store.set(state(4));
    expect((await store.get(4))?.tabId).toBe(4);
    await store.delete(4);
    expect(await store.get(4)).toBeNull();
  });

  it('ignores a stored state that belongs to another tab', async () => {
    const session = new FakeStorageArea();
    await session.set({ 'page:5': state(6) });
    expect(await createPageStateStore(session as unknown as Storage.StorageArea).get(5)).toBeNull();
  });

  it.each([
    ['a string', 'garbage'],
    ['no analysis', { tabId: 7, enabled: true }],
    ['entities that are not a list', { ...state(7), analysis: { ...state(7).analysis, entities: 'x' } }],
    [
      'an entity without mentions',
      { ...state(7), analysis: { ...state(7).analysis, entities: [{ id: 'e1' }] } },
    ],
    [
      'an entity with its mentions as objects, not as stored',
      { ...state(7), analysis: { ...state(7).analysis, entities: [person('e1', 3)] } },
    ],
    ['a timeline of numbers', { ...state(7), analysis: { ...state(7).analysis, timeline: [1, 2] } }],
    ['enabled as a string', { ...state(7), enabled: 'true' }],
  ])('reads a stored state with %s as no state, never as a page', async (_, stored) => {
    const session = new FakeStorageArea();
    await session.set({ 'page:7': stored });
    expect(await createPageStateStore(session as unknown as Storage.StorageArea).get(7)).toBeNull();
  });

  it('keeps a stored state whose timeline has weeks, seasons, halves and decades', async () => {
    const session = new FakeStorageArea();
    const item = (date: string, granularity: string, value: string) => ({
      id: `event-${value}`,
      date,
      granularity,
      value,
      label: 'The ferry line reopened',
      sentence: 'The ferry line reopened.',
      dateText: '',
      entityIds: [],
      status: 'happened',
      span: { start: 0, end: 24 },
    });
    const stored = {
      ...state(9),
      analysis: {
        ...state(9).analysis,
        timeline: [
          item('2019-11-11', 'week', '2019-W46'),
          item('2019-03', 'season', '2019-SP'),
          item('2019-07', 'quarter', '2019-Q3'),
          item('2020-01', 'half', '2020-H1'),
          item('1990', 'decade', '199'),
          item('1800', 'century', '18'),
        ],
      },
    };
    await session.set({ 'page:9': stored });
    expect(await createPageStateStore(session as unknown as Storage.StorageArea).get(9)).toEqual(stored);
  });

  it('keeps a whole stored state, with fields a newer version added', async () => {
    const session = new FakeStorageArea();
    const stored = {
      ...state(8),
      analysis: {
        ...state(8).analysis,
        readingMinutes: 3,
        language: { code: 'en', read: true, script: 'Latn' },
      },
    };
    await session.set({ 'page:8': stored });
    expect(await createPageStateStore(session as unknown as Storage.StorageArea).get(8)).toEqual(stored);
  });
});
