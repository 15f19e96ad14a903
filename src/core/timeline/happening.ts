/**
 * Whether a dated sentence tells a happening of the story, the way an editor building a timeline
 * reads it. A date is not an item when its sentence has no finite verb (stamps, bylines, captions'
 * fragments), when the date is a range's end ("since 2015", "until July"), a baseline ("than in
 * 2017", "down from 1.9% on Monday"), inside a condition ("even if it runs into 2020") or a question,
 * part of a name ("the 2009 Pulitzer Prize", "Act of 1940", "the Sunday Times"), anchored on
 * another date of the text ("the next morning", "that day"), rough ("a decade ago"), generic ("in
 * winter", a present-tense "today"), or a characterisation in the present tense ("a symbol of the
 * 20th century", a caption's "Workers remove a sign … in 1989").
 */
import { GRANULARITIES, type DateMention, type Granularity } from '../types';
import { finiteVerbs, type FiniteVerb } from './clause-verbs';

export interface DatedSentence {
  /** The whole article text. */
  text: string;
  sentence: { start: number; end: number };
  /** The clause of the sentence that holds the date. */
  clause: { start: number; end: number };
  mention: DateMention;
  granularity: Granularity;
}

/** Granularities coarser than a month (a season, a quarter, a half, a year and coarser). */
const COARSE: ReadonlySet<Granularity> = new Set(GRANULARITIES.slice(GRANULARITIES.indexOf('month') + 1));
const WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH =
  /^(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** Why this date does not make a timeline item, or undefined when it does. */
export function notAHappening(d: DatedSentence): string | undefined {
  const { text, sentence, mention } = d;
  const expression = mention.text.trim();
  const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 30));
  const verbs = finiteVerbs(text.slice(sentence.start, sentence.end));
  if (verbs.length === 0) return 'no finite verb';

  if (/\b(?:since|until|till|through|as of)\s+(?:the\s+)?$/i.test(before)) return 'range';
  if (/\bfrom\s+(?:the\s+)?$/i.test(before) && /^\s*(?:to|through|until|-|–)\s/.test(after)) return 'range';
  if (/\b(?:from|between)\s+(?:the\s+)?[\w\s'’-]{1,25}?\s+(?:to|and)\s+(?:the\s+)?$/i.test(before))
    return 'range';
  if (
    /\b(?:than|compared (?:with|to)|up from|down from|the number)\s+(?:in\s+|on\s+)?(?:the\s+)?$/i.test(
      before,
    )
  )
    return 'comparison';
  // A date that dates a figure compared with ("yields fell to 1.7%, down from 1.9% late on Monday", "up
  // to $12 from $9 in 2018"): the happening is the change now, not the old figure's day.
  if (
    /\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|[mb]n|[mb]illion|trillion|million)?\s+(?:(?:late|early)\s+)?(?:in\s+|on\s+)?(?:the\s+)?$/i.test(
      before,
    )
  )
    return 'comparison';
  // What did not happen but might ("even if it stretches into 2020", "as if it had failed in 2015",
  // "if the council approves it on Monday, …"): a date inside a condition is no happening.
  if (
    /(?:^|[^\p{L}])(?<!\b(?:ask|asks|asked|asking|wonder|wonders|wondered|know|see)\s+)(?:if|unless|as though)\s+[^,;:—–]*$/iu.test(
      before,
    )
  )
    return 'condition';
  // A question asks rather than tells: "What happened in 2009?". Only when the date's own sentence is
  // the question: no full stop or closing quote between them ("…in 2024,” he said. “Why not?”").
  if (/^[^.!?“”"]*\?\W*$/.test(text.slice(mention.end, sentence.end).trimEnd())) return 'question';

  if (/^\d{4}$/.test(expression) && /(?:\b(?:the|a|an|his|her|its|their|our)|['’]s)\s+$/.test(before)) {
    if (/^\s+\p{Lu}/u.test(after)) return 'part of a name';
    // "the 2018 model suggests", "ahead of their 2020 session that starts": a year that labels a thing
    // in a present-tense clause says which thing, not when anything happened. In the past or future
    // tense it may date the happening ("sought to win the 2016 campaign", "will take it up in their
    // 2020 session").
    if (
      /^\s+\p{Ll}/u.test(after) &&
      !finiteVerbs(text.slice(d.clause.start, d.clause.end)).some((v) => v.tense !== 'present')
    )
      return 'modifies a noun';
  }
  if (/\p{Lu}[\p{L}.]*\s+of\s+(?:the\s+)?$/u.test(before) && /\d/.test(expression)) return 'part of a name';
  if (WEEKDAY.test(expression) && /\bthe\s+$/i.test(before)) return 'part of a name';
  if (/^(?:Today|Tomorrow|Tonight|Yesterday)$/.test(expression) && !/^\W*$/.test(before))
    return 'part of a name';
  if (/\bof\s+$/i.test(before) && /^\d{4}$/.test(expression) && /^\s+\p{Ll}/u.test(after))
    return 'modifies a noun';

  const bare = expression.replace(/^the\s+/i, '');
  if (/^(?:next|following|previous|same)\b/i.test(bare) && (bare !== expression || /\bthe\s+$/i.test(before)))
    return 'anchored on another date';
  if (
    /^(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|week|month|year|morning|night|evening|afternoon|weekend)$/i.test(
      expression,
    )
  )
    return 'anchored on another date';
  // Told from another date or a happening: "ten days later", "the day after [his death]", "in the weeks
  // before [the vote]". A reader cannot resolve them against the publication date alone.
  if (/\s(?:earlier|later|before|after|following|preceding|prior\s+to|leading\s+up\s+to)$/i.test(expression))
    return 'anchored on another date';
  if (/\b(?:decades?|centur(?:y|ies)|generations?)\s+ago$/i.test(expression)) return 'rough';
  // "a 1980s sitcom": a decade that qualifies a noun says what kind of thing, not when it happened.
  if (
    (d.granularity === 'decade' || d.granularity === 'century') &&
    /^\s+\p{Ll}[\p{Ll}-]+(?!\w)/u.test(after)
  )
    if (
      !/^\s+(?:and|or|to|as|when|with|in|on|at|by|for|from|of|but|after|before|that|which|until|while)\b/.test(
        after,
      ) &&
      finiteVerbs(`It${after}`)[0]?.start !== 3
    )
      return 'modifies a noun';

  if (/^(?:the\s+)?(?:winter|summer|spring|fall|autumn)$/i.test(expression)) return 'generic season';
  if (d.granularity === 'century' && (/\bof\s+(?:the\s+)?$/i.test(before) || /^-/.test(after)))
    return 'characterises';
  if (/^\d{1,2}(?:st|nd|rd|th)$/i.test(expression.split(/[\s-]/)[0] ?? '') && /^-\p{L}/u.test(after))
    return 'characterises';

  if (/\b(?:percent|per cent|totall?ed|amounted)\b|%/i.test(text.slice(sentence.start, sentence.end)))
    if (/^(?:in\s+)?\d{4}$/.test(expression)) return 'statistic';
  if (/^\W*there\s+(?:was|were)\s+no\b/i.test(text.slice(mention.end, sentence.end)))
    return 'nothing happened';

  // "Sign up today", "go out and vote today,” he said": a call to act is no happening.
  if (/^(?:today|tonight|now|this\s+(?:week|weekend))$/i.test(expression) && IMPERATIVE.test(openingOf(d)))
    return 'imperative';
  if (/^(?:today|now|tonight|these days|nowadays)$/i.test(expression)) {
    // "Today" is a happening's day only in a past or will-future clause: "Neon signs exist today,
    // though they have been eclipsed" and "Today, the theory is taught" are generic. Its own clause
    // decides, else the verbs after it ("who, today, would be listed").
    const own = finiteVerbs(text.slice(d.clause.start, d.clause.end));
    const next = finiteVerbs(text.slice(mention.end, sentence.end)).slice(0, 1);
    const near = own.length ? own : next.length ? next : verbs;
    if (!near.some((v) => v.tense === 'past' || (v.tense === 'future' && !isModal(v))))
      return 'generic today';
  }
  return tenseReasons(d, verbs, expression, before);
}

function tenseReasons(
  d: DatedSentence,
  verbs: readonly FiniteVerb[],
  expression: string,
  before: string,
): string | undefined {
  const { mention } = d;
  const past = verbs.some((v) => v.tense === 'past');
  const presentOnly = !past && !verbs.some((v) => v.tense === 'future' && v.word !== 'can');
  if (presentOnly && !reports(verbs)) {
    if (COARSE.has(d.granularity) && mention.direction !== 'future' && !/^this\b/i.test(expression))
      return 'present-tense characterisation';
    if (mention.direction === 'past' && d.granularity === 'day') return 'present-tense caption';
    if (MONTH.test(expression)) return 'habitual';
  }
  if (/\bfor\s+$/i.test(before) && /^\p{Lu}\p{Ll}+(?:['’]s)?(?:\s+(?:Day|Eve))?$/u.test(expression))
    if (!WEEKDAY.test(expression) && !MONTH.test(expression)) return 'purpose';
  return undefined;
}

/** Verbs a call to act opens with ("Sign up…", "Go out and vote…", "Call your MP…"). */
const IMPERATIVE =
  /^(?:sign up|subscribe|register|join|go|come|vote|call|write|tell|get|grab|download|order|buy|book|shop|click|tap|visit|follow|share|watch|listen|read|try|check out|don['’]t miss|make sure)\b/i;

/** The words the date's clause opens with, after an opening quote or a conjunction. */
function openingOf(d: DatedSentence): string {
  return d.text
    .slice(d.clause.start, d.mention.start)
    .replace(/^[\s"“‘'(]+/, '')
    .replace(/^(?:and|but|so|then|please|just)\s+/i, '');
}

const isModal = (v: FiniteVerb): boolean =>
  !['will', 'shall', "won't", 'wo'].includes(v.word) && !/'ll$/.test(v.word);
const reports = (verbs: readonly FiniteVerb[]): boolean =>
  verbs.some((v) =>
    /^(?:says|tells|reports|announces|confirms|adds|notes|remember|remembers|recall|recalls)$/.test(v.word),
  );
