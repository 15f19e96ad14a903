import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createIdbCache } from '../../../../src/background/knowledge/idb-cache';

describe('background/knowledge/idb-cache', () => {
  it('keeps entries across cache objects, as across service-worker restarts', async () => {
    await createIdbCache().setMany(
      new Map([
        ['page:en:Sergey Lavrov', { value: { title: 'Sergey Lavrov' }, storedAt: 1000 }],
        ['label:en:Q14213', { value: 'United States Secretary of State', storedAt: 2000 }],
      ]),
    );
    const again = await createIdbCache().getMany(['page:en:Sergey Lavrov', 'label:en:Q14213', 'label:en:Q1']);
    expect(again.get('page:en:Sergey Lavrov')).toEqual({ value: { title: 'Sergey Lavrov' }, storedAt: 1000 });
    expect(again.get('label:en:Q14213')?.value).toBe('United States Secretary of State');
    expect(again.has('label:en:Q1')).toBe(false);
  });

  it('stores "not found" as null, distinct from "never asked"', async () => {
    const cache = createIdbCache();
    await cache.setMany(new Map([['page:en:Kirill Kudryavtsev', { value: null, storedAt: 5 }]]));
    expect((await cache.getMany(['page:en:Kirill Kudryavtsev'])).get('page:en:Kirill Kudryavtsev')).toEqual({
      value: null,
      storedAt: 5,
    });
  });

  it('answers an empty request without opening a transaction', async () => {
    expect((await createIdbCache().getMany([])).size).toBe(0);
  });

  it('prunes old entries but keeps the reader’s choices', async () => {
    const cache = createIdbCache();
    await cache.setMany(
      new Map([
        ['prune:old', { value: 1, storedAt: 10 }],
        ['prune:new', { value: 2, storedAt: 1000 }],
        ['override:en:x:person:trump', { value: 'Q22686', storedAt: 10 }],
      ]),
    );
    const removed = await cache.prune?.(500, ['override:']);
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = await cache.getMany(['prune:old', 'prune:new', 'override:en:x:person:trump']);
    expect([...left.keys()].sort()).toEqual(['override:en:x:person:trump', 'prune:new']);
  });

  it('opens the database again after the browser closed it under us', async () => {
    // Catch the connection the cache opens, to close it the way the browser would.
    const opened: IDBDatabase[] = [];
    const open = indexedDB.open.bind(indexedDB);
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
      const request = open(name, version);
      request.addEventListener('success', () => opened.push(request.result));
      return request;
    });
    try {
      const cache = createIdbCache();
      await cache.setMany(
        new Map([['page:en:Kim Jong Un', { value: { title: 'Kim Jong Un' }, storedAt: 1 }]]),
      );
      const [connection] = opened;
      if (!connection) throw new Error('the cache opened no database');
      // fake-indexeddb types its argument oddly (the class, not an instance).
      forceCloseDatabase(connection as unknown as Parameters<typeof forceCloseDatabase>[0]);
      const again = await cache.getMany(['page:en:Kim Jong Un']);
      expect(again.get('page:en:Kim Jong Un')?.value).toEqual({ title: 'Kim Jong Un' });
      expect(opened).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
