/**
 * A post-pass over one document's tagged sentences: a name is labelled the same way everywhere in
 * an article. Newswire names a thing in full once and shortly after; the tagger sees each sentence
 * alone, so it sometimes types one mention differently or misses a repeat.
 */
import { pacer, runToEnd, type Steps } from '../../steps';
import { headWordsOfKind, lowerCase } from '../head-words';
import { NER_TYPES, type NerType, type TokenSpan } from './tags';

const isCapitalized = (word: string): boolean => {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
};

/** Titles CoNLL leaves outside a person's name: "Mr [Obama]", "President [Trump]". */
const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor president senator sen. governor gov. rep. ' +
    'gen. general lt. col. capt. sgt. secretary minister chancellor premier judge justice rev. mayor'
  ).split(' '),
);

/**
 * Last words that make a "person" a place ("Kelp Island") or an organisation ("Marwick Company"): every head
 * word of one kind (a word naming two, "Center", says nothing here); a place's head word tagged apart is
 * joined to the name before it ("Korean" + "Peninsula").
 */
const PLACE_HEADS = lowerCase(headWordsOfKind('place'));
const ORGANIZATION_HEADS = lowerCase(headWordsOfKind('organization'));

/**
 * Fixes what a name's own words make plain: leading titles are not part of a person's name,
 * "Leeds-based" is not part of a company's, and a "person" ending in "Island" or "Company" is not one.
 */
function fixByWords(sentence: readonly string[], spans: TokenSpan[]): void {
  for (const span of spans) {
    if (span.type === 'PER')
      while (span.end - span.start > 1 && TITLES.has((sentence[span.start] as string).toLowerCase()))
        span.start++;
    while (span.end - span.start > 1 && /-based$/i.test(sentence[span.start] as string)) span.start++;
    const last = (sentence[span.end - 1] as string).toLowerCase();
    if (span.type === 'PER' && span.end - span.start > 1 && PLACE_HEADS.has(last)) span.type = 'LOC';
    if (span.type === 'PER' && span.end - span.start > 1 && ORGANIZATION_HEADS.has(last)) span.type = 'ORG';
  }
  // "Korean" + "Peninsula" tagged apart: a geographic word right after a name makes one place.
  for (let i = spans.length - 2; i >= 0; i--) {
    const name = spans[i] as TokenSpan;
    const head = spans[i + 1] as TokenSpan;
    const word = sentence[head.start] as string;
    if (name.end !== head.start || head.end - head.start !== 1 || name.type === 'PER' || name.type === 'ORG')
      continue;
    if (!PLACE_HEADS.has(word.toLowerCase()) || word[0] === word[0]?.toLowerCase()) continue;
    name.end = head.end;
    name.type = 'LOC';
    spans.splice(i + 1, 1);
  }
}

/**
 * Makes the document's spans consistent, in place:
 * 0. titles are dropped from the front of person names ("Mr Okafor" → "Okafor"), and types the name's
 *    own last word contradicts are fixed ("Kelp Island" is a place);
 * 1. every occurrence of a name string gets the type most of its occurrences got (ties keep their own);
 * 2. a capitalised, untagged repeat of a name found elsewhere in the document is tagged too,
 *    as is the surname of a person named in full ("Pompeo" after "Mike Pompeo"); but a one-word
 *    name the tagger found only once is not spread (too little evidence: unknown brands such as
 *    "Fetchly" look like surnames).
 * @param words the document's sentences (tokens as written)
 * @param spans per sentence, the spans the tagger found; replaced by the consistent ones
 */
export function harmonizeDocument(words: readonly (readonly string[])[], spans: TokenSpan[][]): void {
  runToEnd(harmonizeDocumentSteps(words, spans));
}

/** Sentences read between two chances to pause. */
const SENTENCES_PER_STEP = 256;

/** `harmonizeDocument` as steps (`core/steps.ts`): it reads every sentence of the document three times. */
export function* harmonizeDocumentSteps(
  words: readonly (readonly string[])[],
  spans: TokenSpan[][],
): Steps<void> {
  const pause = pacer(SENTENCES_PER_STEP);
  for (const [s, list] of spans.entries()) {
    if (pause()) yield;
    fixByWords(words[s] as string[], list);
  }
  const votes = new Map<string, number[]>();
  const keyOf = (s: number, span: TokenSpan): string =>
    (words[s] as string[]).slice(span.start, span.end).join(' ');
  for (const [s, list] of spans.entries()) {
    if (pause()) yield;
    for (const span of list) {
      const key = keyOf(s, span);
      const v = votes.get(key) ?? [0, 0, 0, 0];
      v[NER_TYPES.indexOf(span.type)]! += 1;
      votes.set(key, v);
    }
  }
  yield;
  const majority = new Map<string, NerType>();
  for (const [key, v] of votes) {
    const max = Math.max(...v);
    if (v.filter((x) => x === max).length === 1) majority.set(key, NER_TYPES[v.indexOf(max)] as NerType);
  }
  // Surnames of people named in full ("Okafor" after "Ruth Okafor") are people too, unless the
  // document mostly calls that word a place ("Washington" after "George Washington").
  const surnames = new Set<string>();
  for (const [key] of votes) {
    const parts = key.split(' ');
    if (parts.length < 2 || majority.get(key) !== 'PER') continue;
    const last = parts[parts.length - 1] as string;
    if (last.length > 1 && isCapitalized(last) && majority.get(last) !== 'LOC') {
      majority.set(last, 'PER');
      surnames.add(last);
    }
  }
  // Names by first word, longest first, so each token is compared only with names that could start there.
  const byFirstWord = new Map<string, string[][]>();
  for (const key of majority.keys()) {
    const name = key.split(' ');
    if (!name.every(isCapitalized)) continue;
    // One word tagged only once is weak evidence (an unknown brand looks like a surname, a caption
    // word like a name): it is not spread to the word's untagged repeats. Surnames of people named
    // in full still are.
    if (name.length === 1 && !surnames.has(key) && (votes.get(key) ?? [0]).reduce((a, b) => a + b, 0) < 2)
      continue;
    const list = byFirstWord.get(name[0] as string) ?? [];
    list.push(name);
    byFirstWord.set(name[0] as string, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  yield;
  for (const [s, list] of spans.entries()) {
    if (pause()) yield;
    const sentence = words[s] as string[];
    for (const span of list) {
      const type = majority.get(keyOf(s, span));
      if (type) span.type = type;
    }
    // Untagged capitalised repeats, longest names first; never inside or across an existing span.
    const taken = new Uint8Array(sentence.length);
    for (const span of list) taken.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const candidates = taken[i] ? undefined : byFirstWord.get(sentence[i] as string);
      if (!candidates) continue;
      for (const name of candidates) {
        if (i + name.length > sentence.length) continue;
        let match = true;
        for (let k = 0; k < name.length && match; k++) match = sentence[i + k] === name[k] && !taken[i + k];
        if (!match) continue;
        // Only whole capitalised runs: "Korea" inside "North Korea" is not a repeat of "Korea".
        const before = sentence[i - 1];
        const after = sentence[i + name.length];
        if (
          (i > 0 && before !== undefined && isCapitalized(before)) ||
          (after !== undefined && isCapitalized(after))
        )
          continue;
        added.push({ start: i, end: i + name.length, type: majority.get(name.join(' ')) as NerType });
        taken.fill(1, i, i + name.length);
        break;
      }
    }
    if (added.length > 0) {
      list.push(...added);
      list.sort((a, b) => a.start - b.start);
    }
  }
}
