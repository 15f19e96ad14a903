/**
 * Matching entities across articles. Entity ids are only unique within one page, so two articles
 * meet on names: "Trump" in one and "Donald Trump" in another are one person, "U.S." and
 * "United States" one place, while two Kims never meet on the bare surname.
 */
import { canonicalPlace } from '../entities/names';
import { BUILDINGS_OF_STATE, KNOWN_ORGS, PLACES } from '../ner/lexicon';
import type { EntityType } from '../types';

/** An entity as a story keeps it: what is needed to recognise it in the next article. */
export interface StoryEntity {
  /** The id it had on its own page; meaningless elsewhere. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** How often the article mentions it. */
  mentions: number;
}

type Named = Pick<StoryEntity, 'name' | 'aliases' | 'type'>;

/** Keys are asked for millions of times when memory holds thousands of articles; names repeat. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

/** A lower-case, accent-free, punctuation-free form: "U.S." → "us", "Sergei Lavrov" stays itself. */
export function nameKey(name: string, type?: EntityType): string {
  // "U.S." is the United States whether the recogniser called it a place or an organisation.
  const placeLike = type !== 'person' && type !== 'event';
  const cacheKey = `${placeLike ? 'p' : 'n'}|${name}`;
  const known = keyCache.get(cacheKey);
  if (known !== undefined) return known;
  const base = placeLike ? canonicalPlace(name.trim()) : name.trim();
  const key = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(cacheKey, key);
  return key;
}

/** Every key an entity answers to: its name and each alias. */
export function entityKeys(entity: Named): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const key = nameKey(form, entity.type);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Whether the name is specific enough to carry a story: "the summit" or "talks" are not, since every
 * story has one. In scripts with capitals a name without one is generic; scripts without case
 * (Chinese, Arabic, Hindi…) cannot say, so their names count.
 */
export function isSpecificName(name: string): boolean {
  if (name.replace(/[^\p{L}\p{N}]+/gu, '').length < 2) return false;
  return /\p{Lu}/u.test(name) || name.toLowerCase() === name.toUpperCase();
}

/** Types a recogniser confuses with each other ("North Korea" the state and the place). */
const compatible = (a: EntityType, b: EntityType): boolean =>
  a === b || (a !== 'person' && b !== 'person' && a !== 'event' && b !== 'event');

const lastToken = (key: string): string | undefined =>
  key.includes(' ') ? key.split(' ').at(-1) : undefined;

/**
 * Two entities of different articles are one when the name of either is among the other's forms,
 * or, for people, when one article uses only the surname of the other's full name.
 * Alias-to-alias matches are not enough: both Kim Jong Un and Kim Yong Chol answer to "Kim".
 */
export function isSameEntity(a: Named, b: Named): boolean {
  if (!compatible(a.type, b.type)) return false;
  if (!isSpecificName(a.name) || !isSpecificName(b.name)) return false;
  const nameA = nameKey(a.name, a.type);
  const nameB = nameKey(b.name, b.type);
  if (nameA === nameB || entityKeys(b).has(nameA) || entityKeys(a).has(nameB)) return true;
  if (a.type !== 'person') return false;
  const [short, long] = nameA.includes(' ') ? [nameB, nameA] : [nameA, nameB];
  return !short.includes(' ') && lastToken(long) === short;
}

/**
 * Entities looked up by name, so finding an article's entity among a story's hundreds costs a few
 * map lookups instead of a comparison with each. Every match `isSameEntity` allows shares a key
 * (a name or alias) or, for people, a surname, so the index misses none; `find` then confirms.
 */
export class EntityIndex<T extends Named> {
  private readonly byKey = new Map<string, Set<T>>();
  /** People with a full name, by surname, for an article that names them by surname only. */
  private readonly bySurname = new Map<string, Set<T>>();
  private readonly order = new Map<T, number>();

  constructor(entities: Iterable<T> = []) {
    for (const entity of entities) this.add(entity);
  }

  /** Index an entity, or index it again after its name or aliases grew. */
  add(entity: T): void {
    if (!this.order.has(entity)) this.order.set(entity, this.order.size);
    for (const key of entityKeys(entity)) put(this.byKey, key, entity);
    const surname = entity.type === 'person' ? lastToken(nameKey(entity.name, entity.type)) : undefined;
    if (surname) put(this.bySurname, surname, entity);
  }

  /** The first-indexed entity that is the same as `entity`, skipping `except`. */
  find(entity: Named, except?: ReadonlySet<T>): T | undefined {
    const candidates = new Set<T>();
    for (const key of entityKeys(entity)) for (const c of this.byKey.get(key) ?? []) candidates.add(c);
    const name = nameKey(entity.name, entity.type);
    if (entity.type === 'person') {
      const surname = lastToken(name);
      const more = surname ? this.byKey.get(surname) : this.bySurname.get(name);
      for (const c of more ?? []) candidates.add(c);
    }
    let best: T | undefined;
    for (const c of candidates) {
      if (except?.has(c) || !isSameEntity(c, entity)) continue;
      if (!best || this.order.get(c)! < this.order.get(best)!) best = c;
    }
    return best;
  }
}

function put<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** What sharing one entity says about two articles being one story. */
const TYPE_WEIGHT: Record<EntityType, number> = { person: 3, event: 3, organization: 2, place: 1 };

const BIG_PLACES = new Set(
  [...PLACES].filter((p) => !BUILDINGS_OF_STATE.has(p)).map((p) => nameKey(p, 'place')),
);
/** The White House, the UN, Reuters: named in every other article, whatever it is about. */
const EVERYDAY_ORGS = new Set([...KNOWN_ORGS, ...BUILDINGS_OF_STATE].map((o) => nameKey(o, 'organization')));

/**
 * The weight of sharing this entity. People, events and organisations say more than places;
 * countries and capitals ("United States", "Beijing") and everyday institutions ("White House")
 * say least, since half the news mentions one.
 */
export function entityWeight(entity: Pick<StoryEntity, 'name' | 'type'>): number {
  if (!isSpecificName(entity.name)) return 0;
  if (entity.type === 'person' || entity.type === 'event') return TYPE_WEIGHT[entity.type];
  // Recognisers mistake countries for organisations and institutions for places, so check both lists.
  if (BIG_PLACES.has(nameKey(entity.name, 'place'))) return 0.5;
  if (EVERYDAY_ORGS.has(nameKey(entity.name, 'organization'))) return 1;
  return TYPE_WEIGHT[entity.type];
}
