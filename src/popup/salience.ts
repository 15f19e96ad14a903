/**
 * The order an editor reads importance in: what the headline is about first, then what the opening
 * paragraphs introduce, then the rest by how often the article returns to it. Counting mentions alone
 * puts a story's subject last when the article names him once and calls him by his title afterwards
 * (the sample's Lavrov: once by name, in the headline as "Russian Foreign Minister").
 */
import type { Entity } from '../core/types';

/** The opening of the article text (headline, standfirst, first paragraph or two), in characters. */
export const LEDE_CHARS = 600;

/** Lower case, accents and punctuation folded to single spaces, padded so words match whole. */
function fold(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

/**
 * The headline names it, or says what it is in the article's own words: a name of it, or one of the
 * article's descriptions of it of two words or more (one word, "President", would match too much).
 */
export function namedInHeadline(entity: Entity, title: string | undefined): boolean {
  if (!title) return false;
  const headline = fold(title);
  const names = entity.aliases.length ? entity.aliases : [entity.name];
  const phrases = [...names, ...entity.descriptions.filter((d) => fold(d).trim().includes(' '))];
  return phrases.some((phrase) => {
    const folded = fold(phrase);
    return folded.trim().length >= 2 && headline.includes(folded);
  });
}

function firstStart(entity: Entity): number {
  return entity.mentions.reduce((first, m) => Math.min(first, m.start), Number.POSITIVE_INFINITY);
}

/** 0: in the headline; 1: introduced in the lede; 2: later. */
export function salienceTier(entity: Entity, title: string | undefined): 0 | 1 | 2 {
  if (namedInHeadline(entity, title)) return 0;
  return firstStart(entity) < LEDE_CHARS ? 1 : 2;
}

/**
 * Most salient first: tier, then more mentions, then mentioned earlier, then by name. Each entity's
 * tier and first mention are worked out once, not at every comparison of the sort.
 */
export function bySalience(title: string | undefined): (a: Entity, b: Entity) => number {
  const known = new Map<Entity, { tier: number; first: number }>();
  const rank = (entity: Entity) => {
    let r = known.get(entity);
    if (!r) known.set(entity, (r = { tier: salienceTier(entity, title), first: firstStart(entity) }));
    return r;
  };
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return (
      ra.tier - rb.tier ||
      b.mentions.length - a.mentions.length ||
      ra.first - rb.first ||
      a.name.localeCompare(b.name)
    );
  };
}
