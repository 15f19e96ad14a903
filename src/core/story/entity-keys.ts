/**
 * Matching entities across articles. Entity ids are only unique within one page, so two articles
 * meet on names: "Trump" in one and "Donald Trump" in another are one person, "U.S." and
 * "United States" one place, while two Kims never meet on the bare surname.
 */
import { canonicalPlace } from '../entities/names';
import { KNOWN_ORGS, PLACES } from '../ner/lexicon';
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

/** A lower-case, accent-free, punctuation-free form: "U.S." → "us", "Sergei Lavrov" stays itself. */
export function nameKey(name: string, type?: EntityType): string {
  const base = type === 'place' || type === undefined ? canonicalPlace(name.trim()) : name.trim();
  return base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every key an entity answers to: its name and each alias. */
export function entityKeys(entity: Pick<StoryEntity, 'name' | 'aliases' | 'type'>): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const key = nameKey(form, entity.type);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Whether the name is specific enough to carry a story: "the summit" or "talks" are not, since every
 * story has one. Names with no capitalised word are taken as generic.
 */
export function isSpecificName(name: string): boolean {
  return /\p{Lu}/u.test(name) && nameKey(name).length > 1;
}

/** Types a recogniser confuses with each other ("North Korea" the state and the place). */
const compatible = (a: EntityType, b: EntityType): boolean =>
  a === b || (a !== 'person' && b !== 'person' && a !== 'event' && b !== 'event');

/**
 * Two entities of different articles are one when the name of either is among the other's forms,
 * or, for people, when one article uses only the surname of the other's full name.
 * Alias-to-alias matches are not enough: both Kim Jong Un and Kim Yong Chol answer to "Kim".
 */
export function isSameEntity(
  a: Pick<StoryEntity, 'name' | 'aliases' | 'type'>,
  b: Pick<StoryEntity, 'name' | 'aliases' | 'type'>,
): boolean {
  if (!compatible(a.type, b.type)) return false;
  if (!isSpecificName(a.name) || !isSpecificName(b.name)) return false;
  const nameA = nameKey(a.name, a.type);
  const nameB = nameKey(b.name, b.type);
  if (nameA === nameB || entityKeys(b).has(nameA) || entityKeys(a).has(nameB)) return true;
  if (a.type !== 'person') return false;
  const [short, long] = nameA.includes(' ') ? [nameB, nameA] : [nameA, nameB];
  return !short.includes(' ') && long.includes(' ') && long.split(' ').at(-1) === short;
}

/** What sharing one entity says about two articles being one story. */
const TYPE_WEIGHT: Record<EntityType, number> = { person: 3, event: 3, organization: 2, place: 1 };

const BIG_PLACES = new Set([...PLACES].map((p) => nameKey(p, 'place')));
/** The White House, the UN, Reuters: named in every other article, whatever it is about. */
const EVERYDAY_ORGS = new Set([...KNOWN_ORGS].map((o) => nameKey(o, 'organization')));

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
