import { describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { createSettingsStore } from '../../../src/background/settings-store';
import { FakeStorageArea } from './fake-browser';

describe('background/settings-store', () => {
  it('keeps every one of several changes made at once', async () => {
    const area = new FakeStorageArea();
    const store = createSettingsStore(area as unknown as Storage.StorageArea);
    await Promise.all([
      store.update({ hoverDelayMs: 200 }),
      store.setSiteEnabled('a.example', false),
      store.update({ lookups: false }),
      store.setSiteEnabled('b.example', false),
    ]);
    expect(await store.get()).toMatchObject({
      hoverDelayMs: 200,
      lookups: false,
      disabledSites: ['a.example', 'b.example'],
    });
  });

  it('goes on taking changes after one failed to be written', async () => {
    const area = new FakeStorageArea();
    const store = createSettingsStore(area as unknown as Storage.StorageArea);
    area.failWrites = true;
    await expect(store.update({ hoverDelayMs: 100 })).rejects.toThrow(/quota/);
    area.failWrites = false;
    await expect(store.update({ paused: true })).resolves.toMatchObject({ paused: true });
  });
});
