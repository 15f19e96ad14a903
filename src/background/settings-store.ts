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
  return {
    get,
    async update(patch) {
      const current = await get();
      return write({ ...current, ...patch, types: { ...current.types, ...(patch.types ?? {}) } });
    },
    async setSiteEnabled(host, enabled) {
      const current = await get();
      const others = current.disabledSites.filter((h) => h !== host);
      return write({ ...current, disabledSites: enabled ? others : [...others, host] });
    },
  };
}
