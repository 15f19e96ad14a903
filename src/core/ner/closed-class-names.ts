/**
 * Closed-class words (pronouns, articles, prepositions, conjunctions, auxiliaries) and names.
 *
 * Some surnames are spelled like one ("He", "An", "Do"), and the tagger's document features then read
 * every sentence-opening "He" as a short form of "Zhao He". A capital at a sentence's start says
 * nothing, so a closed-class word alone there is the word, never a name; written mid-sentence with its
 * capital ("said He", "Mr He") it is still a name. The reverse also happens: the tagger leaves the
 * surname off "He Minglu", reading it as the pronoun. English never puts a subject pronoun straight
 * before a person's name, so "He" or "She" glued to one is the name's first word.
 */
import type { RecognizedSpan } from '../types';
import { SENTENCE_START } from './repeated-names';

/** Closed-class words as written at a sentence's start (so "US" and "IT" are not among them). */
const CLOSED_CLASS = new Set(
  (
    'He|She|It|We|They|You|I|Me|Him|Her|Us|Them|His|Its|Our|Their|Your|My|' +
    'The|A|An|This|That|These|Those|' +
    'In|On|At|By|For|From|To|Of|With|Into|Onto|Upon|As|' +
    'And|But|Or|Nor|If|So|' +
    'Is|Are|Was|Were|Be|Been|Do|Does|Did|Has|Have|Had'
  ).split('|'),
);
/** Subject pronouns that are also surnames: in English a pronoun never stands straight before a name. */
const SUBJECT_PRONOUN = /^(?:He|She)$/;

const atSentenceStart = (text: string, start: number): boolean =>
  SENTENCE_START.test(text.slice(Math.max(0, start - 3), start));

export function fixClosedClassNames(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  const out: RecognizedSpan[] = [];
  for (const span of spans) {
    if (CLOSED_CLASS.has(span.text) && atSentenceStart(text, span.start)) continue;
    out.push(withPronounSurname(text, span, spans));
  }
  return out;
}

/** "He Minglu" the tagger cut to "Minglu" at a sentence's start: the pronoun is the surname. */
function withPronounSurname(
  text: string,
  span: RecognizedSpan,
  spans: readonly RecognizedSpan[],
): RecognizedSpan {
  if (span.type !== 'person') return span;
  const before = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}*) $/u.exec(
    text.slice(Math.max(0, span.start - 6), span.start),
  );
  const word = before?.[1];
  if (!word || !SUBJECT_PRONOUN.test(word)) return span;
  const start = span.start - word.length - 1;
  if (spans.some((s) => s.start < span.start && s.end > start)) return span;
  return { ...span, start, text: text.slice(start, span.end) };
}
