/**
 * Word keys for comparing what an article says about a name with what Wikipedia and Wikidata say
 * about a candidate. Pure and light: no dictionary, three steps.
 *   1. Inflections go: a possessive ("the army’s", "the ministers’") and a plural ("armies",
 *      "officials") are the same word as the bare noun.
 *   2. A five-letter prefix joins the derivations news and encyclopedias swap freely: "Russian"
 *      and "Russia", "Korean" and "Korea", "ministry" and "minister", "diplomacy" and "diplomat".
 *   3. Except the families where that prefix joins words that name different things: an officer
 *      commands troops, an official serves a government and an office is a post or a room, so each
 *      keeps a longer stem of its own. The list holds only such collisions, never a page's words.
 */

/** Longer stems for words whose five-letter prefix would meet a word of another meaning. */
const DISTINCT_STEMS = [
  'officer', // offic-: an army or police officer …
  'official', // … is not a government official …
  'generat', // gener-: a generation or generator is not a general
  'generic',
  'national', // natio-: "a French national" is a citizen, not the nation
  'secretar', // secre-: a secretary is not a secret
  'statement', // state-: a statement is not a state
  'republican', // repub-: a party's member, not the republic
  'democrat', // democ-: a party's member, not democracy
  'commit', // commi-: a committee or commitment is not a commission(er)
].sort((a, b) => b.length - a.length);

const PREFIX_LENGTH = 5;

/** "army’s" → "army", "ministers’" → "ministers"; applied to text before it is split into words. */
export function withoutPossessives(text: string): string {
  return text.replace(/(\p{L})['’]s(?!\p{L})/gu, '$1').replace(/(\p{L}s)['’](?!\p{L})/gu, '$1');
}

/** "armies" → "army", "officials" → "official", "bosses" → "boss"; "Paris", "status" and "press" stay. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The key a lower-case word is compared by (see the module comment). */
export function wordStem(word: string): string {
  const bare = singular(word);
  const distinct = DISTINCT_STEMS.find((stem) => bare.startsWith(stem));
  return distinct ?? bare.slice(0, PREFIX_LENGTH);
}
