/**
 * Document-level consistency: a name the article writes several times is found at all its mentions.
 *
 * A tagger reads one sentence at a time, so a name it has never seen ("the Vesklo camp", "the planet
 * Orrin IV") may be missed at every mention, and a name it tags in one sentence may be missed in the
 * next. The article as a whole says more: the same capitalised run, written mid-sentence (where a
 * capital means a name, not a sentence's first word), again and again.
 *
 * - A run the tagger tagged somewhere is added at its untagged mid-sentence mentions, with the type
 *   most of its tagged mentions have.
 * - A run never tagged, written mid-sentence at least once and twice or more in all, is added only
 *   with a cue in the article that says its type: a place noun around one mention ("the planet X",
 *   "the X camp", "the X crossing"), a place's head word at its end ("X Crater"), or inner capitals
 *   of a one-word brand ("ZenTrax"), a kind noun before one mention ("the record label X") or a
 *   company's head word ("X Technologies") for an organisation. Without a cue nothing is guessed: a repeated
 *   capitalised run may as well be a work, a product or a people, which are no highlight.
 * Common words (the gazetteer's, or a word the article also writes in lower case) are never names here.
 */
import { distinctMatchesSteps, pacer, runToEnd, type Steps } from '../steps';
import { overlapsAnyOf } from '../text/span-reach';
import type { EntityType, RecognizedSpan } from '../types';
import { headWords, headWordsOfKind } from './head-words';
import { LEXICON_NAMES, type KnownNames } from './other-kinds';

/** A capitalised word: "Vesklo", "K-9T", "ZenTrax"; a Roman numeral counts ("IV"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}\-.'’@#/])${WORD}(?: ${WORD})*(?![\p{L}\p{N}\-])`, 'gu');
/** Before a run that opens a sentence, a heading or a quotation: its capital says nothing. */
export const SENTENCE_START = /(?:^|[.!?:;"“”‘'(\[]\s*|\n\s*|[—–]\s*)$/u;
/** Place nouns before a name: "the planet X", "the planets X and Y", "the holy planet of X". */
const PLACE_BEFORE =
  /\b(?:planets?|moons?|(?:city|town|village|island|region|province|district)\s+of)\s+(?:of\s+)?$/i;
/** Place nouns after a name: "the X camp", "the X refugee camp", "the X crossing". */
const PLACE_AFTER = /^\s+(?:refugee\s+)?(?:camp|crossing|crater|oasis|valley|settlement)\b/;
/** Last words of a place's name: "Ember Crater", "Dunmore Camp", "Tarn Pass": every head word of one kind. */
const PLACE_LAST = headWordsOfKind('place');
/** Kind nouns before an organisation's name: "the record label X", "the publication X", "the start-up X". */
const ORG_BEFORE =
  /\b(?:label|publication|website|site|firm|start-?up|company|outlet|newspaper|broadcaster|retailer|carmaker|airline|studio|publisher),?\s+$/i;
/** Last words of a company's name: "Pellmore Technologies", "The Us Company". */
const COMPANY_LAST = headWords('organization', 'company');
/** A one-word brand in inner capitals ("ZenTrax"), not a surname's prefix ("McCain", "DeSantis"). */
const INNER_CAPITALS = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
const NAME_PREFIX = /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von)\p{Lu}/u;
/** At least this many mentions before a never-tagged run counts as a name the article keeps naming. */
const MIN_MENTIONS = 2;

interface Mention {
  start: number;
  end: number;
  midSentence: boolean;
}

export function findRepeatedNames(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): RecognizedSpan[] {
  return runToEnd(findRepeatedNamesSteps(text, spans, known));
}

/** Names or runs read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `findRepeatedNames` as steps (`core/steps.ts`): it reads every capitalised run and word of the article. */
export function* findRepeatedNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const taken = overlapsAnyOf(spans);
  const free = (start: number, end: number): boolean => !taken(start, end);

  // The types the tagger gave each surface, to carry over to its untagged mentions.
  const taggedTypes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    if (pause()) yield;
    const surface = text.slice(s.start, s.end);
    const counts = taggedTypes.get(surface) ?? new Map<EntityType, number>();
    counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
    taggedTypes.set(surface, counts);
  }

  const untagged = new Map<string, Mention[]>();
  for (const m of text.matchAll(RUN)) {
    if (pause()) yield;
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const midSentence = !SENTENCE_START.test(text.slice(Math.max(0, start - 3), start));
    const list = untagged.get(m[0]) ?? [];
    list.push({ start, end, midSentence });
    untagged.set(m[0], list);
  }

  const lowerCaseWords = yield* distinctMatchesSteps(text, /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*/gu);
  const isCommon = (word: string): boolean => known.common(word) || lowerCaseWords.has(word.toLowerCase());

  const found: RecognizedSpan[] = [];
  for (const [name, mentions] of untagged) {
    if (pause()) yield;
    const mid = mentions.filter((x) => x.midSentence);
    if (mid.length === 0) continue;
    const words = name.split(' ');
    if (words.length === 1 && isCommon(name)) continue;
    const tagged = taggedTypes.get(name);
    const type = tagged
      ? majorityType(tagged)
      : cueType(
          text,
          name,
          mentions,
          known,
          isCommon,
          (w) => majorityType(taggedTypes.get(w) ?? new Map()) === 'place',
        );
    if (!type) continue;
    // A tagged name is added only where it stands mid-sentence: a sentence's first word is the tagger's call.
    for (const x of tagged ? mid : mentions) found.push({ start: x.start, end: x.end, type, text: name });
  }
  return [...spans, ...found];
}

function majorityType(counts: Map<EntityType, number>): EntityType | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // A tie says the tagger is unsure: leave the untagged mentions alone.
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

function cueType(
  text: string,
  name: string,
  mentions: readonly Mention[],
  known: KnownNames,
  isCommon: (word: string) => boolean,
  taggedPlace: (word: string) => boolean,
): EntityType | undefined {
  const words = name.split(' ');
  // A company's head word is cue enough at one mid-sentence mention ("suppliers Pellmore Technologies").
  const last = words[words.length - 1] as string;
  if (words.length > 1 && COMPANY_LAST.has(last) && !known.person(name)) return 'organization';
  if (mentions.length < MIN_MENTIONS) return undefined;
  if (known.person(name) || known.organization(name)) return undefined;
  const orgCue = mentions.some((x) => ORG_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)));
  // A run of common words is a heading or a phrase ("Special Report"), unless a kind noun says it names
  // something ("the record label Blue Engine") or a place's head word ends it.
  if (orgCue && !known.place(name)) return 'organization';
  const headed = words.length > 1 && PLACE_LAST.has(last);
  if (!headed && words.every(isCommon)) return undefined;
  if (headed) return 'place';
  const placeCue = mentions.some(
    (x) =>
      PLACE_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)) ||
      PLACE_AFTER.test(text.slice(x.end, x.end + 20)),
  );
  if (placeCue) return 'place';
  // A part of a place the article names: "Old Vesklo" (a common word before a place it tags), "Vesklo-NCR"
  // (a known place with a region's acronym).
  const first = words[0] as string;
  if (words.length === 2 && isCommon(first) && taggedPlace(last)) return 'place';
  const hyphenated = /^([\p{L}]+)-(\p{Lu}{2,4})$/u.exec(name);
  if (hyphenated && known.place(hyphenated[1] as string)) return 'place';
  if (words.length === 1 && INNER_CAPITALS.test(name) && !NAME_PREFIX.test(name)) return 'organization';
  return undefined;
}
