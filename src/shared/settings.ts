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

/**
 * A Wikipedia language code as the sites use it (`en`, `fr`, `zh-yue`, `simple`). The language
 * becomes part of a host name (`https://{lang}.wikipedia.org`), so anything else is refused.
 */
const WIKIPEDIA_LANG = /^[a-z][a-z-]{1,15}$/;

/** Hosts a plain-http origin may name: a local mirror, or the test suites' fixture server. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin names are sent to, or '' (the public sites) for anything that is not an https origin
 * or a local http one: entity names must never travel in clear text over the network, nor to a
 * `javascript:` or `file:` URL a hand-edited setting could hold.
 */
function normalizeOrigin(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  try {
    const url = new URL(value);
    const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
    return allowed ? url.origin : '';
  } catch {
    return '';
  }
}

/**
 * Fill in whatever a stored (possibly older, possibly hand-edited) settings object lacks, and
 * replace the values that could send names somewhere unexpected (language, origins) by defaults.
 */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    wikipediaLang:
      typeof s.wikipediaLang === 'string' && WIKIPEDIA_LANG.test(s.wikipediaLang)
        ? s.wikipediaLang
        : DEFAULT_SETTINGS.wikipediaLang,
    wikipediaOrigin: normalizeOrigin(s.wikipediaOrigin),
    wikidataOrigin: normalizeOrigin(s.wikidataOrigin),
    types: { ...DEFAULT_SETTINGS.types, ...(s.types ?? {}) },
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x) => typeof x === 'string') : [],
  };
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
