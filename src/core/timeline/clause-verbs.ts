/**
 * The finite verbs of a stretch of news text, read from word lists rather than a parser: enough to
 * tell a clause that reports a happening ("the council voted on Tuesday") from a stamp, a caption
 * or a fragment with no verb at all ("Updated Dec. 7", "A worker repairing cables this month").
 */
import {
  FIXTURE_VERBS,
  IRREGULAR_PAST,
  NOT_PAST,
  PLANNING_VERBS,
  REPORTING_PRESENT,
} from '../dates/tense-words';

export interface FiniteVerb {
  /** Lower-cased, as written. */
  word: string;
  tense: 'past' | 'present' | 'future';
  /** Offset of the word in the text given. */
  start: number;
}

const WORD = /[\p{L}’']+(?:-[\p{L}]+)*/gu;

/** Auxiliaries that are finite by themselves ("was ousted", "has left", "is capped"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "hadn't", "wasn't", "weren't", "didn't"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "isn't", "aren't", "hasn't"]);
const FUTURE_AUX = new Set(['will', 'shall', "won't", 'wo']);
/** Modals: finite, but they say a plan or a possibility rather than a tense. */
const MODAL_AUX = new Set(['would', 'could', 'might', 'should', 'must', 'can', "can't", "couldn't"]);
/** Irregular past forms that are only ever participles ("been", "taken"): finite only after an auxiliary. */
const PARTICIPLE_ONLY = new Set(
  'given taken done seen been known shown written spoken chosen broken gone driven eaten fallen forgotten hidden ridden risen shaken stolen sworn thrown torn worn woken beaten bitten begun drawn flown frozen grown'.split(
    ' ',
  ),
);
/** Words after which a verb-looking word is a noun or an adjective ("the vote", "a planned visit"). */
const NOUN_BEFORE = new Set(
  'the a an its his her their our your this that these those my no to of in on at for by with from as than every each some any'.split(
    ' ',
  ),
);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Subjects after which a bare verb is a present tense ("I remember", "they meet"). */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'you', 'they']);
/** Adverbs that may stand between a subject and its verb ("I still remember"). */
const ADVERBS = new Set(
  'still also just now only never always often already even really then first later once'.split(' '),
);
/** Words that open what follows a verb ("Obama lands in Kenya"), not a noun ("Reality headsets launching"). */
const OBJECT_START = new Set(
  'the a an in on at to for with from his her its their that this up out off back into about over'.split(' '),
);
/** Words after which a past form is a participle whose tense the auxiliary gives ("has been eclipsed"). */
const AUXILIARY_BEFORE = new Set(
  "is are am was were be been being has have had 's 're 've get gets got remain remains remained seem seems seemed".split(
    ' ',
  ),
);

/**
 * The finite verbs of `text`, left to right. A past form counts when something stands before it that
 * can be a subject (a clause-initial "Posted on …" or "Published in 1963, …" is a participle); a
 * present form counts after a subject pronoun or a name, or when it is an auxiliary.
 */
export function finiteVerbs(text: string): FiniteVerb[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase().replace(/’/g, "'"),
    raw: m[0],
    start: m.index,
  }));
  const out: FiniteVerb[] = [];
  let modalAt = -10;
  words.forEach((w, i) => {
    const prev = words[i - 1];
    const gap = prev ? text.slice(prev.start + prev.raw.length, w.start) : '';
    // The first word, or one after an opening quote, bracket or colon, has no subject before it.
    const clauseStart = !prev || /[:(;"“]/.test(gap);
    const p = prev?.word ?? '';
    let k = i - 1;
    while (k >= 0 && ADVERBS.has(words[k]!.word)) k--;
    const subject = words[k]?.word ?? '';
    const lower = /^\p{Ll}/u.test(w.raw);
    let tense: FiniteVerb['tense'] | undefined;
    if (FUTURE_AUX.has(w.word) || /'ll$/.test(w.word)) tense = 'future';
    else if (MODAL_AUX.has(w.word) && w.raw !== 'May') tense = 'future';
    else if (
      i - modalAt <= 3 &&
      (w.word === 'have' || w.word === 'be' || w.word === 'been' || isPastForm(w.word))
    )
      tense = undefined; // "would have been listed": the modal governs the group
    else if (w.word === 'were' && words[i - 2]?.word === 'if')
      tense = 'future'; // "if this were": a supposition
    else if (PAST_AUX.has(w.word)) tense = 'past';
    else if (PRESENT_AUX.has(w.word) || /^(?:it|he|she|that|there|what)'s$/.test(w.word)) tense = 'present';
    else if (/'(?:re|ve)$/.test(w.word)) tense = 'present';
    else if (
      lower &&
      isPastForm(w.word) &&
      !clauseStart &&
      !NOUN_BEFORE.has(p) &&
      !AUXILIARY_BEFORE.has(p) &&
      !PARTICIPLE_ONLY.has(w.word)
    )
      tense = 'past';
    else if (ADVERBS.has(w.word)) tense = undefined;
    else if (lower && !clauseStart && PLURAL_SUBJECTS.has(subject) && k >= 0 && !NOUN_BEFORE.has(w.word))
      tense = 'present';
    else if (
      !clauseStart &&
      lower &&
      (REPORTING_PRESENT.has(w.word) || FIXTURE_VERBS.has(w.word) || isThirdPerson(w.word)) &&
      (SUBJECT_PRONOUNS.has(subject) ||
        (k > 0 && /^\p{Lu}/u.test(words[k]?.raw ?? '') && OBJECT_START.has(words[i + 1]?.word ?? '')) ||
        FIXTURE_VERBS.has(w.word))
    )
      tense = 'present';
    if (tense === 'future') modalAt = i;
    if (tense) out.push({ word: w.word, tense, start: w.start });
  });
  return out;
}

function isPastForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word) && !PLANNING_VERBS.has(word);
}

/** "lands", "travels", "ships": a third-person verb form (nouns in -ss and -us are not). */
function isThirdPerson(word: string): boolean {
  return word.length > 3 && /[^su]s$/.test(word) && !/(?:ous|ics|ness)$/.test(word);
}

/** The lemma-ish stem of a verb, to tell whether two sentences tell the same happening ("published"). */
export function verbStem(word: string): string {
  return word.replace(/(?:ied|ies)$/, 'y').replace(/(?:ed|es|s)$/, '');
}
