/**
 * What a reader wants highlighted, decided from the tagger's span and the model's own word lists:
 * the tagger was trained on newswire where capitalised words are names, but real pages also
 * capitalise headlines, labels and buttons, and name products after their makers.
 *
 * - a headline glues its capitalised common words to the name ("Delhi Pollution", "Trump Picks"):
 *   in a headline, common words at either end of a span are not part of the name;
 * - a capitalised common word alone and written so once ("Museum", "Role"), or a label in capitals
 *   ("VOTE", "SUBSCRIBE"), is not a name;
 * - a product or model ("Zenbook Pro", "Lumo Z9", "Vista 5 Pro") is not an organisation or a person:
 *   it is left unhighlighted, as works and laws are (the tagger calls those MISC, which is dropped);
 *   a ticker code after a name ("Oslo Grain Exchange OGX4") is cut off.
 */
import { GAZETTEER_KINDS, type Gazetteer, type GazetteerKind } from './gazetteer';
import type { NerType } from './tags';
import { PRODUCT_TAILS } from '../other-kinds-lexicon';

const bit = (kind: GazetteerKind): number => 1 << GAZETTEER_KINDS.indexOf(kind);
const COMMON = bit('COMMON');
/** Lists that say a word is (part of) a name, whatever COMMON says. */
const NAMED = (['PER', 'ORG', 'LOC', 'MISC', 'PLACE', 'FIRST', 'LAST', 'ORGX', 'PERX', 'DEMONYM'] as const)
  .map(bit)
  .reduce((a, b) => a | b, 0);

const ROMAN_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/;
/** Letters and digits in one word: "PS4", "A380", "LCOc1". */
const MODEL_NUMBER = /^(?=.*\d)(?=.*\p{L})[\p{L}\d-]+$/u;
/** A market code: "CMAL3", "LCOc1". */
const TICKER = /^\p{Lu}{2,}\p{L}*\d+$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]+$/u;

export interface ShapeContext {
  gazetteer: Gazetteer;
  /** The sentence is a headline (capitals or Title Case). */
  headline: boolean;
  /** How often each word occurs in the document, as written. */
  counts: ReadonlyMap<string, number>;
}

/** A word running text writes in lower case and no name list claims. */
function isCommonWord(gazetteer: Gazetteer, word: string): boolean {
  const mask = gazetteer.lowerEntries.get(word.toLowerCase()) ?? 0;
  return (mask & COMMON) !== 0 && (mask & NAMED) === 0;
}

/**
 * The part of `words[from, to)` to highlight, as `[from, to)`, or null when nothing of it is a name
 * a reader wants highlighted.
 */
export function shapeSpan(
  words: readonly string[],
  from: number,
  to: number,
  type: NerType,
  ctx: ShapeContext,
): [number, number] | null {
  const { gazetteer } = ctx;
  if (ctx.headline) {
    while (to - from > 1 && isCommonWord(gazetteer, words[from] as string)) from++;
    while (to - from > 1 && isCommonWord(gazetteer, words[to - 1] as string)) to--;
    if (to - from === 1 && isCommonWord(gazetteer, words[from] as string)) return null;
  }
  const span = words.slice(from, to);
  const last = span[span.length - 1] as string;
  if (span.length === 1) {
    const word = last;
    const mask = gazetteer.entries.get(word) ?? 0;
    // Written capitalised once: a word at a sentence's start or in a label. A team or a studio
    // named with a common word ("Gale", "Summit") is written so again and again.
    if (mask & COMMON && !(mask & NAMED) && (ctx.counts.get(word) ?? 0) <= 1) return null;
    if (ALL_CAPS.test(word) && isCommonWord(gazetteer, word)) return null;
    return [from, to];
  }
  if (PRODUCT_TAILS.has(last)) return null;
  if (type !== 'ORG' && type !== 'PER') return [from, to];
  const numbered = span.filter((w) => MODEL_NUMBER.test(w)).length;
  // "Oslo Grain Exchange OGX4": the name, then its ticker.
  if (numbered === 1 && TICKER.test(last) && span.length >= 3) return [from, to - 1];
  const product = numbered > 0 || (type === 'ORG' && (/^\p{Lu}$/u.test(last) || ROMAN_NUMERAL.test(last)));
  return product ? null : [from, to];
}

/** Lists that make a word a name on its own (first names aside: "Sam's Club", "Martha's Vineyard"). */
const STANDALONE = (['PER', 'ORG', 'LOC', 'PLACE', 'LAST', 'ORGX', 'PERX', 'WIKIX', 'DEMONYM'] as const)
  .map(bit)
  .reduce((a, b) => a | b, 0);
/** Lists that make a word a name of its own after a possessive ("Trump's Washington", "Kim's Seoul"). */
const NAME_AFTER = (['PER', 'LOC', 'PLACE', 'FIRST', 'LAST', 'PERX', 'DEMONYM'] as const)
  .map(bit)
  .reduce((a, b) => a | b, 0);
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE_TOKEN = /^['’]s$/;
const DAY_HEADS = new Set(['Day', 'Eve', 'Fair']);
const CLUB_HEADS = new Set([
  'Club',
  'Bank',
  'Company',
  'Co.',
  'Inc.',
  'Corp.',
  'Restaurant',
  'Store',
  'Stores',
]);

export interface PossessiveName {
  from: number;
  to: number;
  type: 'event' | 'organization' | 'place';
}

/**
 * Names written with a possessive inside: "Mother's Day", "Sam's Club", "Martha's Vineyard",
 * "Fisherman's Terminal". The tagger, trained on text where 's ends a name, splits them into two
 * wrong names ("Sam" a person, "Terminal" a place). A word that is no name on its own (a common word
 * or a first name, and written nowhere else in the article but before this 's), its 's, then one or two
 * capitalised words that are no names of their own, are one name: a day ("… Day") or a fair is an
 * event, a club or shop an organisation, anything else a place.
 */
export function possessiveNames(
  words: readonly string[],
  gazetteer: Gazetteer,
  ownedOnly: (owner: string) => boolean,
): PossessiveName[] {
  const found: PossessiveName[] = [];
  for (let i = 2; i + 1 < words.length; i++) {
    if (!POSSESSIVE_TOKEN.test(words[i] as string)) continue;
    const owner = words[i - 1] as string;
    // Mid-sentence, and not the end of a longer name ("Lumen Media's", "Cape Town's").
    if (/^[\p{Lu}\d]/u.test(words[i - 2] as string)) continue;
    if (!CAPITALISED.test(owner) || (gazetteer.entries.get(owner) ?? 0) & STANDALONE) continue;
    // A surname the article uses on its own too ("Marsh's Tides" after "Edna Marsh") owns, it is not a name's part.
    if (!ownedOnly(owner)) continue;
    let to = i + 1;
    while (to < words.length && to - i <= 2 && CAPITALISED.test(words[to] as string)) {
      if ((gazetteer.entries.get(words[to] as string) ?? 0) & NAME_AFTER) break;
      to++;
    }
    if (to === i + 1 || (to < words.length && CAPITALISED.test(words[to] as string))) continue;
    const head = words[to - 1] as string;
    const type = DAY_HEADS.has(head) ? 'event' : CLUB_HEADS.has(head) ? 'organization' : 'place';
    found.push({ from: i - 1, to, type });
    i = to;
  }
  return found;
}
