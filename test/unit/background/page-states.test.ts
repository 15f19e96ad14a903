import { describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { createPageStateStore } from '../../../src/background/page-states';
import type { PageState } from '../../../src/shared/protocol';
import { FakeStorageArea } from './fake-browser';

const state = (tabId: number): PageState => ({
  tabId,
  enabled: true,
  analysis: { url: 'https://a.example/x', textLength: 1, entities: [], timeline: [], elapsedMs: 0 },
});

describe('background/page-states', () => {
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
