/**
 * Two names the tagger reads as one, because nothing but a hyphen or a space stands between them:
 *
 * - a pair joined by a hyphen ("the Oslo-Bergen talks", "traded Ada Lind-Tom Moreau"): the tokenizer keeps a hyphenated word whole, as it should for "Rose-Anne" or "Indo-Pacific",
 *   so the two names come back as one span;
 * - a place before a party named by its members ("Ohio Democrats won"): the place and the party;
 * - two names joined by "and" ("Orvex and Google said"), when each is a name the lists or the article
 *   know by itself and the lists do not know the whole ("Trinidad and Tobago", "Simon and Schuster").
 *
 * A hyphenated span is split only on evidence that each side is a name of its own: both sides are places
 * the lists know, or the article names each side on its own elsewhere. A hyphenated name the lists
 * know whole ("Guinea-Bissau", "Austria-Hungary") stays one.
 */
import type { EntityType, RecognizedSpan } from '../../types';
import { PARTY_NAMES, PLACES } from '../lexicon';
import { kindMask, listedType, type Gazetteer } from './gazetteer';

/** Countries and towns: the places a hyphen pairs; not LOC's regions and seas that compound ("Indo-Pacific"). */
const TOWN_KINDS = kindMask(['PLACE']);
/** Any place the lists know, states and regions too ("Ohio Democrats"). */
const PLACE_KINDS = kindMask(['PLACE', 'LOC']);
/** Wikidata's most-viewed one-word labels no list types: a name, of the type the tagger gave the whole. */
const UNTYPED_NAME = kindMask(['WIKIX']);
/** A capitalised word, a hyphen, a capitalised word: where a pair may be joined. */
const JOINING_HYPHEN = /(?<=\p{L})-(?=\p{Lu})/gu;

export function splitNamePairs(spans: readonly RecognizedSpan[], gazetteer: Gazetteer): RecognizedSpan[] {
  // The names the article writes on their own, with the type the tagger gave them most.
  const seen = new Map<string, EntityType>();
  for (const s of spans) if (!seen.has(s.text)) seen.set(s.text, s.type);
  // A person's surname or family name alone ("the Lind-Moreau talks" after "Ada Lind" and "Tom Moreau").
  for (const s of spans) {
    const words = s.text.split(' ');
    if (s.type !== 'person' || words.length < 2) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) if (!seen.has(w)) seen.set(w, 'person');
  }
  const kinds = (name: string): number => gazetteer.entries.get(name) ?? 0;
  const isTown = (name: string): boolean => (kinds(name) & TOWN_KINDS) !== 0;
  const isPlace = (name: string): boolean => PLACES.has(name) || (kinds(name) & PLACE_KINDS) !== 0;

  const out: RecognizedSpan[] = [];
  for (const span of spans) {
    const parts =
      hyphenPair(span, gazetteer, seen, isTown) ??
      placeAndParty(span, isPlace) ??
      coordination(span, gazetteer, seen);
    out.push(...(parts ?? [span]));
  }
  return out;
}

function hyphenPair(
  span: RecognizedSpan,
  gazetteer: Gazetteer,
  seen: ReadonlyMap<string, EntityType>,
  isPlace: (name: string) => boolean,
): RecognizedSpan[] | undefined {
  for (const m of span.text.matchAll(JOINING_HYPHEN)) {
    const at = m.index;
    const left = span.text.slice(0, at);
    // "the Oslo-Bergen talks", read as an event with its noun: the names are the pair, without the noun.
    const right = span.text.slice(at + 1).replace(/(?: \p{Ll}+)+$/u, '');
    const joined = hyphenatedWord(span.text, at);
    if (gazetteer.entries.has(joined) || PLACES.has(joined)) continue;
    const leftType = seen.get(left) ?? (isPlace(left) ? 'place' : undefined);
    const rightType = seen.get(right) ?? (isPlace(right) ? 'place' : undefined);
    if (!leftType || !rightType) continue;
    return [
      { start: span.start, end: span.start + at, type: leftType, text: left },
      { start: span.start + at + 1, end: span.start + at + 1 + right.length, type: rightType, text: right },
    ];
  }
  return undefined;
}

/** The whole hyphenated word around the hyphen at `at` ("Oslo-Bergen" in "the Oslo-Bergen"). */
function hyphenatedWord(text: string, at: number): string {
  const from = text.lastIndexOf(' ', at) + 1;
  const space = text.indexOf(' ', at);
  return text.slice(from, space < 0 ? text.length : space);
}

/** "Ohio Democrats": the place, then the party its members stand for. */
function placeAndParty(
  span: RecognizedSpan,
  isPlace: (name: string) => boolean,
): RecognizedSpan[] | undefined {
  const space = span.text.lastIndexOf(' ');
  if (space < 0) return undefined;
  const place = span.text.slice(0, space);
  const party = span.text.slice(space + 1);
  if (!PARTY_NAMES.has(party) || !isPlace(place)) return undefined;
  return [
    { start: span.start, end: span.start + space, type: 'place', text: place },
    { start: span.start + space + 1, end: span.end, type: 'organization', text: party },
  ];
}

/** "Orvex and Google": two names, each typed as the article or the lists type it. */
function coordination(
  span: RecognizedSpan,
  gazetteer: Gazetteer,
  seen: ReadonlyMap<string, EntityType>,
): RecognizedSpan[] | undefined {
  const at = span.text.indexOf(' and ');
  if (at < 0 || gazetteer.entries.has(span.text) || PLACES.has(span.text)) return undefined;
  const left = span.text.slice(0, at);
  const right = span.text.slice(at + 5);
  const typeOf = (name: string): EntityType | undefined =>
    seen.get(name) ??
    listedType(gazetteer, name) ??
    ((gazetteer.entries.get(name) ?? 0) & UNTYPED_NAME ? span.type : undefined);
  const [leftType, rightType] = [typeOf(left), typeOf(right)];
  if (!leftType || !rightType) return undefined;
  return [
    { start: span.start, end: span.start + at, type: leftType, text: left },
    { start: span.start + at + 5, end: span.end, type: rightType, text: right },
  ];
}
