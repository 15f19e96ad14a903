/**
 * Name lists the tagger consults as features: names seen in training (typed), populated places and
 * countries, and the most-viewed Wikidata labels (untyped). Keys are tokens joined by spaces, matched
 * exactly as written ("UN" is not "Un" in "Kim Jong Un"), or in lower case within a capitals headline.
 */
import { pacer, runToEnd, type Steps } from '../../steps';
import type { EntityType } from '../../types';

/**
 * Kinds of gazetteer entry; a name may be several (a bit each). PER…MISC: names seen in training;
 * PLACE: populated places and countries; WIKI: most-viewed Wikidata labels (untyped); FIRST, LAST,
 * ORGX, PERX, DEMONYM: compromise's lexicon (first names, surnames, organisations and teams, famous
 * people, nationality words); COMMON: words running text mostly writes in lower case ("Written",
 * "Museum"), stored capitalised; WIKIX: derived when the lists are loaded, not stored — a one-word
 * Wikidata label that no other list types (no place, person word, nationality, training name or
 * common word): mostly brands, products and organisations ("Spotify", "Tetris").
 */
export const GAZETTEER_KINDS = [
  'PER',
  'ORG',
  'LOC',
  'MISC',
  'PLACE',
  'WIKI',
  'FIRST',
  'LAST',
  'ORGX',
  'PERX',
  'DEMONYM',
  'COMMON',
  'WIKIX',
] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** The bits of `kinds` in an entry's mask. */
export function kindMask(kinds: readonly GazetteerKind[]): number {
  return kinds.reduce((mask, kind) => mask | (1 << GAZETTEER_KINDS.indexOf(kind)), 0);
}

/** The lists that type a name, most telling first: a place list outranks an organisation's or a person's. */
const TYPING_LISTS: readonly [number, EntityType][] = [
  [kindMask(['PLACE', 'LOC']), 'place'],
  [kindMask(['ORG', 'ORGX']), 'organization'],
  [kindMask(['PER', 'PERX']), 'person'],
];

/** The type the lists give `name` as written, if any. */
export function listedType(gazetteer: Gazetteer, name: string): EntityType | undefined {
  const kinds = gazetteer.entries.get(name) ?? 0;
  return TYPING_LISTS.find(([mask]) => kinds & mask)?.[1];
}

/** Lists of names by kind, as stored in the model file. */
export type GazetteerLists = Partial<Record<GazetteerKind, string[]>>;

export interface Gazetteer {
  /** name as written → bit mask of kinds */
  readonly entries: ReadonlyMap<string, number>;
  /** lowercased name → bit mask of kinds (for headlines in capitals) */
  readonly lowerEntries: ReadonlyMap<string, number>;
  /** lowercased first token → the longest name (in tokens) that starts with it */
  readonly longestFrom: ReadonlyMap<string, number>;
}

/** Names longer than this (in tokens) are not matched. */
export const MAX_NAME_TOKENS = 6;

/** Builds the lookup tables from lists of names (each name already tokenised, tokens joined by spaces). */
export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  return runToEnd(buildGazetteerSteps(lists));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 2048;

/** `buildGazetteer` as steps (`core/steps.ts`): the model's lists hold ~50,000 names. */
export function* buildGazetteerSteps(lists: GazetteerLists): Steps<Gazetteer> {
  const pause = pacer(NAMES_PER_STEP);
  const entries = new Map<string, number>();
  const lowerEntries = new Map<string, number>();
  const longestFrom = new Map<string, number>();
  for (const [bit, kind] of GAZETTEER_KINDS.entries()) {
    if (DERIVED_KINDS.has(kind)) continue;
    for (const name of lists[kind] ?? []) {
      if (pause()) yield;
      const key = name.toLowerCase();
      const parts = key.split(' ');
      if (parts.length > MAX_NAME_TOKENS || key.length === 0) continue;
      entries.set(name, (entries.get(name) ?? 0) | (1 << bit));
      lowerEntries.set(key, (lowerEntries.get(key) ?? 0) | (1 << bit));
      const first = parts[0] as string;
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, parts.length));
    }
  }
  const wikix = 1 << GAZETTEER_KINDS.indexOf('WIKIX');
  const wiki = 1 << GAZETTEER_KINDS.indexOf('WIKI');
  let typed = 0;
  for (const kind of UNTYPED_EXCEPT) typed |= 1 << GAZETTEER_KINDS.indexOf(kind);
  for (const [name, mask] of entries) {
    if (pause()) yield;
    if (!(mask & wiki) || name.includes(' ')) continue;
    const key = name.toLowerCase();
    if ((mask | (lowerEntries.get(key) ?? 0)) & typed) continue;
    entries.set(name, mask | wikix);
    lowerEntries.set(key, (lowerEntries.get(key) ?? 0) | wikix);
  }
  return { entries, lowerEntries, longestFrom };
}

/** Kinds that keep a one-word Wikidata label from being WIKIX. */
const UNTYPED_EXCEPT: readonly GazetteerKind[] = [
  'PER',
  'ORG',
  'LOC',
  'MISC',
  'PLACE',
  'FIRST',
  'LAST',
  'PERX',
  'DEMONYM',
  'COMMON',
];
/** Kinds computed from the others when the lists are loaded, so never written to the model file. */
const DERIVED_KINDS: ReadonlySet<GazetteerKind> = new Set(['WIKIX']);

/** Inverse of buildGazetteer, for writing the model file. */
export function gazetteerToLists(gazetteer: Gazetteer): GazetteerLists {
  const lists: GazetteerLists = {};
  for (const [key, mask] of gazetteer.entries) {
    GAZETTEER_KINDS.forEach((kind, bit) => {
      if (mask & (1 << bit) && !DERIVED_KINDS.has(kind)) (lists[kind] ??= []).push(key);
    });
  }
  for (const kind of GAZETTEER_KINDS) lists[kind]?.sort();
  return lists;
}

const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== (word[0] as string).toLowerCase());
};

/**
 * Finds gazetteer names in a sentence and returns, per token, the features they imply:
 * `KIND-B`, `KIND-I`, `KIND-L` (last) or `KIND-U` (a one-token name). The longest name from each
 * start wins. A name must begin and end with a capitalised token, so "may" and "china plates" do not count.
 * In a `headline` (capitals or Title Case) names match in any case.
 * `masks` (optional) overrides an entry's kinds, so training can hide a document's own names from it
 * (keys as written and in lower case).
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  words: readonly string[],
  lower: readonly string[],
  headline: boolean,
  masks?: ReadonlyMap<string, number>,
): (string[] | null)[] {
  const table = headline ? gazetteer.lowerEntries : gazetteer.entries;
  const forms = headline ? lower : words;
  const found: (string[] | null)[] = new Array<string[] | null>(words.length).fill(null);
  for (let i = 0; i < words.length; i++) {
    const longest = gazetteer.longestFrom.get(lower[i] as string);
    if (longest === undefined || !isCapitalized(words[i] as string)) continue;
    let key = '';
    let best = 0;
    let bestMask = 0;
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      key = n === 1 ? (forms[i] as string) : `${key} ${forms[i + n - 1] as string}`;
      const mask = masks?.get(key) ?? table.get(key);
      if (mask && isCapitalized(words[i + n - 1] as string)) {
        best = n;
        bestMask = mask;
      }
    }
    if (best === 0) continue;
    for (let bit = 0; bit < GAZETTEER_KINDS.length; bit++) {
      if (!(bestMask & (1 << bit))) continue;
      const kind = GAZETTEER_KINDS[bit] as string;
      for (let k = 0; k < best; k++) {
        const pos = best === 1 ? 'U' : k === 0 ? 'B' : k === best - 1 ? 'L' : 'I';
        (found[i + k] ??= []).push(`${kind}-${pos}`);
      }
    }
  }
  return found;
}
