import { pacer, runToEnd, type Steps } from '../steps';
import type { Span } from '../types';
import { closesAbbreviation } from './abbreviations';

/** A sentence of an article, with its offsets into the article's text. */
export interface Sentence extends Span {
  text: string;
  /** Index of the block (paragraph) it belongs to. */
  block: number;
}

// After "U.S." these words start a new sentence; otherwise the abbreviation runs on ("U.S. President").
const STRONG_STARTERS = /^(The|He|She|It|They|We|I|But|And|In|On|A|An|This|That|There|His|Her|Their)\b/;

/**
 * Split an article into sentences. Blocks (separated by blank lines) always end a sentence, so a
 * headline or caption never runs into the body.
 */
export function splitSentences(text: string): Sentence[] {
  return runToEnd(splitSentencesSteps(text));
}

/** Blocks split between two chances to pause. */
const BLOCKS_PER_STEP = 64;

/** `splitSentences` as steps (`core/steps.ts`). */
export function* splitSentencesSteps(text: string): Steps<Sentence[]> {
  const pause = pacer(BLOCKS_PER_STEP);
  const sentences: Sentence[] = [];
  const blockRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let block = 0;
  for (const blockMatch of text.matchAll(blockRe)) {
    if (pause()) yield;
    const blockStart = blockMatch.index ?? 0;
    const blockText = blockMatch[0];
    if (!blockText.trim()) continue;
    let start = 0;
    const boundary = /[.!?]+["”’')\]]*(?=\s+)/g;
    for (const m of blockText.matchAll(boundary)) {
      const end = (m.index ?? 0) + m[0].length;
      const rest = blockText.slice(end).trimStart();
      if (!isSentenceEnd(blockText, m.index ?? 0, rest)) continue;
      push(sentences, text, blockStart + start, blockStart + end, block);
      start = end;
    }
    push(sentences, text, blockStart + start, blockStart + blockText.length, block);
    block++;
  }
  return sentences;
}

function isSentenceEnd(blockText: string, periodAt: number, rest: string): boolean {
  if (!rest) return true;
  // A sentence starts with a capital, a digit or an opening quote.
  if (!/^["“‘'(\[]?[\p{Lu}\d]/u.test(rest)) return false;
  if (blockText[periodAt] !== '.') return true;
  if (closesAbbreviation(blockText, periodAt)) return STRONG_STARTERS.test(rest);
  return true;
}

function push(out: Sentence[], text: string, start: number, end: number, block: number): void {
  // Trim whitespace so offsets point at the first and last characters of the sentence.
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), block });
}

/** The sentence containing an offset, by binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
