/**
 * The page's own text, cleaned for the recogniser, with a way back to the page's offsets.
 *
 * Pages carry characters a reader never sees as breaks in a name: soft hyphens ("Vladi\u00admir"),
 * zero-width spaces and joiners, non-breaking spaces, and line breaks that HTML source formatting leaves
 * inside a paragraph. The recogniser reads every line as its own sentence and every odd character as a
 * token boundary, so left in, they cut one name into two. Highlights must still land on the page's own
 * characters, so every offset found in the cleaned text maps back to the page text.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan, Recognizer } from '../types';

/** Invisible characters that never separate words: soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
/** Spaces that are spaces to a reader: no-break, figure, narrow no-break, tab, form feed and the like. */
const SPACE_LIKE = /[\u00a0\u2007\u202f\t\f\v\u2000-\u200a\u3000]/;

export interface RecognizerText {
  /** The text the recogniser reads. */
  text: string;
  /** The page-text offset of a start offset in `text`. */
  startOnPage(offset: number): number;
  /** The page-text offset of an end (exclusive) offset in `text`. */
  endOnPage(offset: number): number;
}

/**
 * Cleans `pageText`: invisible characters are dropped, space-like characters become a space, and a line
 * break inside a block (a whitespace run holding fewer than two line breaks) becomes a space. Blocks,
 * separated by a blank line, stay blocks.
 */
export function recognizerText(pageText: string): RecognizerText {
  return runToEnd(recognizerTextSteps(pageText));
}

/** Characters cleaned between two chances to pause. */
const CHARS_PER_STEP = 8192;

/** `recognizerText` as steps. */
function* recognizerTextSteps(pageText: string): Steps<RecognizerText> {
  const pause = pacer(CHARS_PER_STEP);
  let out = '';
  // kept[i]: the page offset of the i-th character of `out`; only built once a character is dropped.
  let kept: number[] | undefined;
  for (let i = 0; i < pageText.length; i++) {
    if (pause()) yield;
    const c = pageText[i] as string;
    if (INVISIBLE.test(c)) {
      kept ??= Array.from({ length: out.length }, (_, k) => k);
      continue;
    }
    let mapped = c;
    if (SPACE_LIKE.test(c)) mapped = ' ';
    else if (c === '\n' || c === '\r') mapped = lineBreakInBlock(pageText, i) ? ' ' : c;
    out += mapped;
    kept?.push(i);
  }
  if (!kept) return { text: out, startOnPage: (o) => o, endOnPage: (o) => o };
  const map = kept;
  return {
    text: out,
    startOnPage: (o) => (o < map.length ? (map[o] as number) : pageText.length),
    endOnPage: (o) => (o <= 0 ? 0 : (map[o - 1] as number) + 1),
  };
}

/** True when the line break at `i` sits in a whitespace run with no other line break: a break inside a paragraph. */
function lineBreakInBlock(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && /\s/.test(text[from - 1] as string)) from--;
  let to = i + 1;
  while (to < text.length && /\s/.test(text[to] as string)) to++;
  // Text that starts or ends here has no paragraph around the break.
  if (from === 0 || to === text.length) return false;
  const run = text.slice(from, to).replace(/\r\n/g, '\n');
  return (run.match(/[\n\r]/g) ?? []).length < 2;
}

/**
 * Runs `recognizer` on the cleaned text and gives its spans in page offsets. A span's `text` is the
 * cleaned form with single spaces ("Vladimir Putin", never with the soft hyphen or a line break), so the same name groups as one.
 */
export function recognizeOnPage(recognizer: Recognizer, pageText: string): RecognizedSpan[] {
  return runToEnd(recognizeOnPageSteps(recognizer, pageText));
}

/** `recognizeOnPage` as steps: the recogniser's own steps where it has them. */
export function* recognizeOnPageSteps(recognizer: Recognizer, pageText: string): Steps<RecognizedSpan[]> {
  const clean = yield* recognizerTextSteps(pageText);
  yield;
  const found = recognizer.recognizeSteps
    ? yield* recognizer.recognizeSteps(clean.text)
    : recognizer.recognize(clean.text);
  yield;
  return found.map((s) => ({
    ...s,
    text: s.text.replace(/\s+/g, ' '),
    start: clean.startOnPage(s.start),
    end: clean.endOnPage(s.end),
  }));
}
