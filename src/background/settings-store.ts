/**
 * The reader's settings, kept in `storage.sync` under the key `settings` and always normalised on
 * the way out, so an older or hand-edited object never reaches the rest of the extension.
 */
import type { Storage } from 'webextension-polyfill';
import { normalizeSettings, type Settings } from '../shared/settings';

export const SETTINGS_KEY = 'settings';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merge a patch into the stored settings and return the result. */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Switch one host on or off (adds it to or removes it from `disabledSites`). */
  setSiteEnabled(host: string, enabled: boolean): Promise<Settings>;
}

export function createSettingsStore(area: Storage.StorageArea): SettingsStore {
  const get = async (): Promise<Settings> => normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const write = async (settings: Settings): Promise<Settings> => {
    const normalized = normalizeSettings(settings);
    await area.set({ [SETTINGS_KEY]: normalized });
    return normalized;
  };
  // Every change is read-modify-write of one object; two at once (the popup's switch and the
  // options page, or two quick clicks) would each read the old value and the later write would
  // drop the earlier change. One queue makes each change read what the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(change: () => Promise<T>): Promise<T> => {
    const run = queue.then(change, change);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    get,
    update: (patch) =>
      serialize(async () => {
        const current = await get();
        return write({ ...current, ...patch, types: { ...current.types, ...(patch.types ?? {}) } });
      }),
    setSiteEnabled: (host, enabled) =>
      serialize(async () => {
        const current = await get();
        const others = current.disabledSites.filter((h) => h !== host);
        return write({ ...current, disabledSites: enabled ? others : [...others, host] });
      }),
  };
}
