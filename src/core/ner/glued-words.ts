/**
 * The last word of a name glued to what follows it is one word to the tagger, which then stops before
 * it: "a Mercer Bay-based firm" comes back as "Mercer", "Fans of Palm Beach’s hotels" as "Palm". That
 * word is the name's own:
 *
 * - before "-based", the capitalised word ends the name of the place something is based in, and the
 *   name is a place (unless the word is an institution's: "a Velmora University-based team");
 * - before a possessive, a place's head word ("Beach’s", "River’s") ends the place's name;
 * - a name glued to a script's file extension ("Ember.js", "Vue.js") is a code library, a product by
 *   the guidelines: no highlight.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';
import { HEAD_WORDS, ORG_HEADS } from './head-words';

/** A possessive can hide any place's head word ("Palm Beach’s", "Orrin Locks’s"). */
const POSSESSED_HEADS = new Set(HEAD_WORDS.filter((h) => h.type === 'place').map((h) => h.word));

const GLUED = /^ (\p{Lu}[\p{Ll}\p{M}]+)(-based\b|[’']s\b)/u;

/** A script's file extension right after a name: the name is a code library's. */
const SCRIPT_EXTENSION = /^\.(?:js|ts|jsx|tsx|py|rb)\b/;

export function withGluedWords(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(withGluedWordsSteps(text, spans));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `withGluedWords` as steps (`core/steps.ts`): it reads after every name of the article. */
export function* withGluedWordsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const out: RecognizedSpan[] = [];
  for (const span of spans) {
    if (pause()) yield;
    if (SCRIPT_EXTENSION.test(text.slice(span.end, span.end + 5))) continue;
    const m = GLUED.exec(text.slice(span.end, span.end + 40));
    if (!m?.[1] || !m[2]) {
      out.push(span);
      continue;
    }
    const based = m[2] === '-based';
    if (!based && (span.type !== 'place' || !POSSESSED_HEADS.has(m[1]))) {
      out.push(span);
      continue;
    }
    const end = span.end + 1 + m[1].length;
    const type = based && !ORG_HEADS.has(m[1]) ? 'place' : span.type;
    out.push({ ...span, end, text: text.slice(span.start, end), type });
  }
  return out;
}
