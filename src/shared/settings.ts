import type { EntityType } from '../core/types';

/** The reader's choices, kept in `storage.sync` under the key `settings`. */
export interface Settings {
  /** Send entity names (never article text) to Wikipedia and Wikidata for cards. */
  lookups: boolean;
  /** Wikipedia language edition, e.g. `en`. */
  wikipediaLang: string;
  /** Overrides for mirrors and tests; empty means the public sites. */
  wikipediaOrigin: string;
  wikidataOrigin: string;
  /** Which entity types are highlighted. */
  types: Record<EntityType, boolean>;
  /** Highlight every mention, or only the first of each entity. */
  highlightMode: 'all' | 'first';
  /** Dwell before a hover card shows, in milliseconds. */
  hoverDelayMs: number;
  /** Hostnames the reader switched off. */
  disabledSites: string[];
  /** Global pause: nothing is highlighted anywhere. */
  paused: boolean;
  /** Keep the events of articles read on this device, to build "the story so far". `null`: not asked yet. */
  storyMemory: boolean | null;
}

export const DEFAULT_SETTINGS: Settings = {
  lookups: true,
  wikipediaLang: 'en',
  wikipediaOrigin: '',
  wikidataOrigin: '',
  types: { person: true, organization: true, place: true, event: true },
  highlightMode: 'all',
  hoverDelayMs: 500,
  disabledSites: [],
  paused: false,
  storyMemory: null,
};

/** Fill in whatever a stored (possibly older, possibly hand-edited) settings object lacks. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    types: { ...DEFAULT_SETTINGS.types, ...(s.types ?? {}) },
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x) => typeof x === 'string') : [],
  };
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
