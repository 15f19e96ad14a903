import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../core/types';

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

/** The bounds of the hover delay the options page offers; a stored value outside them is not the reader's. */
export const HOVER_DELAY_BOUNDS = { min: 0, max: 10_000 } as const;

/** One field: its value when it has the right shape, else its default (the other fields are kept). */
const field = <S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>) =>
  v.fallback(schema, fallback);

const TYPES_SCHEMA = v.object(
  Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, field(v.boolean(), DEFAULT_SETTINGS.types[type])]),
  ) as {
    [K in EntityType]: v.SchemaWithFallback<v.BooleanSchema<undefined>, boolean>;
  },
);

/**
 * The schema of the stored settings, field by field. A field of the wrong type falls back to its
 * default and the rest are kept: `paused: "false"` (a string) must not pause, nor `lookups: "no"`
 * switch lookups on or off by accident of JavaScript's truthiness.
 */
const SETTINGS_SCHEMA = v.object({
  lookups: field(v.boolean(), DEFAULT_SETTINGS.lookups),
  wikipediaLang: field(v.pipe(v.string(), v.regex(WIKIPEDIA_LANG)), DEFAULT_SETTINGS.wikipediaLang),
  wikipediaOrigin: v.optional(v.pipe(v.unknown(), v.transform(normalizeOrigin)), ''),
  wikidataOrigin: v.optional(v.pipe(v.unknown(), v.transform(normalizeOrigin)), ''),
  // A stored object missing a type (an older version) keeps the others and defaults that one.
  types: v.optional(
    field(
      v.pipe(
        v.unknown(),
        v.transform((x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : {})),
        TYPES_SCHEMA,
      ),
      { ...DEFAULT_SETTINGS.types },
    ),
    () => ({ ...DEFAULT_SETTINGS.types }),
  ),
  highlightMode: field(v.picklist(['all', 'first']), DEFAULT_SETTINGS.highlightMode),
  hoverDelayMs: field(
    v.pipe(v.number(), v.finite(), v.minValue(HOVER_DELAY_BOUNDS.min), v.maxValue(HOVER_DELAY_BOUNDS.max)),
    DEFAULT_SETTINGS.hoverDelayMs,
  ),
  // Hosts are kept one by one: a stray non-string entry is dropped, not the reader's whole list.
  disabledSites: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((sites) => sites.filter((site): site is string => typeof site === 'string')),
    ),
    () => [],
  ),
  paused: field(v.boolean(), DEFAULT_SETTINGS.paused),
  storyMemory: field(v.nullable(v.boolean()), DEFAULT_SETTINGS.storyMemory),
});

/**
 * The settings a stored (possibly older, possibly hand-edited or corrupted) object stands for: each
 * field checked against its schema, a wrong or missing one replaced by its default, the rest kept.
 * The language and origins decide where names are sent, so anything unexpected there means the
 * public sites.
 */
export function normalizeSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  return v.parse(SETTINGS_SCHEMA, input);
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
