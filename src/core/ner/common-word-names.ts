/**
 * "their Empire", "a Bounty Hunter", "the Hunter came back": a run of capitalised common words after an
 * article or a possessive is a role or a thing the writer capitalised, not a name, when the article
 * itself writes each of its words in lower case elsewhere ("the empire grew", "a bounty hunter's
 * ship"). A name the lexicon or the gazetteer knows ("the White House", "the Supreme Court") stays,
 * whatever its words.
 *
 * So does a title-case phrase after "a" or "an" that ends its noun phrase ("a Grocery Store.", "a
 * Senior Advocate of …", "a good Samaritan who"), and an all-caps stat unit after a number ("1 sack,
 * 1 TFL"), whatever the article writes elsewhere: names take "the" or no article. And a name inside
 * a common noun: an eponym ("an Achilles' injury", "Varga's disease") or a species' genus ("Vexinia
 * pestilis").
 */
import { distinctMatchesSteps, pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';
import { headWords } from './head-words';
import type { KnownNames } from './other-kinds';

/**
 * Head words that name an institution, a place or an event out of common words ("the Transportation
 * Department", "the Glass Crater", "the Spring Festival"): a run ending in one stays a name.
 */
const NAME_HEADS = headWords(undefined);

/**
 * "a Grocery Store.", "a Senior Advocate of …", "a good Samaritan who": "a" or "an", maybe capitalised
 * words of the same phrase or an idiom's adjective, before the name. Names take "the" or nothing; a
 * name after "a" is a kind of thing ("a Tesla"), or a role or label the writer capitalised.
 */
const INDEFINITE =
  /(?:^|[^\p{L}])[Aa]n?\s+(?:(?:\p{Lu}[\p{L}'’-]*|good|true|real|fellow|proper|modern-day|latter-day|self-styled|so-called)\s+){0,2}$/u;
/** "1 TFL", "2 QH": a number before an all-caps unit of a stat line. */
const NUMBER_BEFORE = /(?:^|[\s(,])\d{1,3}\s+$/u;
/**
 * The noun phrase ends right after the name: a stop or a comma, or a preposition, a conjunction or a
 * relative pronoun ("a Grocery Store.", "a Senior Advocate of", "a good Samaritan who"); "an Orvane
 * spokesperson" goes on with its noun.
 */
const PHRASE_ENDS =
  /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:of|in|on|at|for|with|from|to|by|as|and|or|but|who|that|which|whose|is|was|are|were)\b)/u;
const HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+$/u;

/**
 * "Varga's disease", "Torvin syndrome": a name in a condition's common noun is the condition's, not a
 * person or a company of the article. "Achilles" is the one body part news names after a person
 * ("an Achilles' injury", "his Achilles tendon"); "Burnett's injury" is Burnett's.
 */
const CONDITION_AFTER = /^(?:['’]s?)?\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|ataxia|dystrophy)\b/u;
const BODY_PART_AFTER = /^(?:['’]s?)?\s+(?:injury|injuries|tendon|heel|tear|rupture|surgery)\b/u;
const BODY_PART_EPONYMS = new Set(['Achilles']);
/**
 * "Vexinia pestilis": a genus and a lower-case Latin epithet, a species name; "the Orvane era" has an
 * English word after the name (the lists know it as a common word).
 */
const LATIN_EPITHET = /^\s+(\p{Ll}{2,}(?:us|um|a|is|ae|ii|i|ensis|oides|ata|ica|alis|ens|ans))(?=[\s.,;:)])/u;

/** Words that make the run after them a noun phrase: articles and possessives. */
const DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|their|his|her|its|our|your|my)\s+$/iu;

export function dropCommonWordNames(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
): RecognizedSpan[] {
  return runToEnd(dropCommonWordNamesSteps(text, spans, known));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `dropCommonWordNames` as steps (`core/steps.ts`): it reads every lower-case word of the article. */
export function* dropCommonWordNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const lowerWords = yield* distinctMatchesSteps(text, /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*/gu);
  const isCommonWord = (word: string): boolean => lowerWords.has(word.toLowerCase());
  const verdicts = new Map<string, boolean>();
  const commonRun = (name: string): boolean => {
    let v = verdicts.get(name);
    if (v === undefined) {
      const words = name.split(/\s+/);
      v =
        words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w)) &&
        !NAME_HEADS.has(words[words.length - 1] ?? '') &&
        !known.person(name) &&
        !known.organization(name) &&
        !known.place(name);
      verdicts.set(name, v);
    }
    return v;
  };
  const knownName = (name: string): boolean =>
    known.person(name) || known.organization(name) || known.place(name);
  // "a Grocery Store.", "1 TFL,": a title-case or all-caps phrase after "a"/"an" or a number.
  const phraseAfterArticle = (span: RecognizedSpan, name: string): boolean => {
    if (span.type === 'event' || name !== span.text || !PHRASE_ENDS.test(text.slice(span.end, span.end + 12)))
      return false;
    if (knownName(name) || !/^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,5})(?: \p{Lu}[\p{Ll}'’-]+){0,3}$/u.test(name))
      return false;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    if (HONORIFIC.test(before)) return false;
    return INDEFINITE.test(before) || (/^\p{Lu}{2,4}$/u.test(name) && NUMBER_BEFORE.test(before));
  };
  // "Achilles' injury", "Varga's disease", "Vexinia pestilis": a common noun's or a species' word.
  const inCommonNoun = (span: RecognizedSpan, name: string): boolean => {
    const after = text.slice(span.end, span.end + 40);
    if (CONDITION_AFTER.test(after)) return true;
    if (BODY_PART_EPONYMS.has(name) && BODY_PART_AFTER.test(after)) return true;
    const epithet = LATIN_EPITHET.exec(after)?.[1];
    return (
      epithet !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(name) &&
      !knownName(name) &&
      !known.common(`${epithet[0]?.toUpperCase() ?? ''}${epithet.slice(1)}`)
    );
  };
  // A name goes only when every one of its mentions is such a run: "the Hunter" once and "Ada Hunter"
  // elsewhere keeps both.
  const byName = new Map<string, boolean>();
  for (const span of spans) {
    if (pause()) yield;
    const name = span.text.replace(/[’']s$/, '');
    const isRun =
      (commonRun(name) && DETERMINER.test(text.slice(Math.max(0, span.start - 8), span.start))) ||
      phraseAfterArticle(span, name) ||
      inCommonNoun(span, name);
    byName.set(name, (byName.get(name) ?? true) && isRun);
  }
  const kept: RecognizedSpan[] = [];
  for (const span of spans) {
    if (pause()) yield;
    if (!byName.get(span.text.replace(/[’']s$/, ''))) kept.push(span);
  }
  return kept;
}
