/**
 * A headline written in title case ("How Winter Wreaks Havoc on the Pipes") capitalises every word, so
 * the tagger reads its verbs and nouns as names. A name in such a line is kept only when the article
 * also writes it outside title-case lines: a real subject of the story is named again in its body,
 * while "Wreaks Havoc" or "High Demand" is not.
 */
import { distinctMatchesSteps, pacer, runToEnd, type Steps } from '../steps';
import { prefixLength } from '../text/span-reach';
import type { RecognizedSpan } from '../types';

/** Words a title-case headline leaves lower case; every other word of three letters or more is capitalised. */
const SMALL_WORDS = new Set(
  'a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|via|per|into|onto|over|up'.split('|'),
);

interface Line {
  start: number;
  end: number;
  titleCase: boolean;
}

export function dropHeadlineOnlyNames(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(dropHeadlineOnlyNamesSteps(text, spans));
}

/** Lines or names read between two chances to pause. */
const LINES_PER_STEP = 256;
const NAMES_PER_STEP = 256;

/** `dropHeadlineOnlyNames` as steps (`core/steps.ts`): it reads every word, line and name of the article. */
export function* dropHeadlineOnlyNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
): Steps<RecognizedSpan[]> {
  const lowerWords = yield* distinctMatchesSteps(text, /(?<!\p{L})\p{Ll}[\p{Ll}’'-]*/gu);
  const lines = yield* linesOfSteps(text, lowerWords);
  if (!lines.some((l) => l.titleCase)) return [...spans];
  const bodyText = lines
    .filter((l) => !l.titleCase)
    .map((l) => text.slice(l.start, l.end))
    .join('\n');
  // A long article has thousands of lines and tens of thousands of names: each name's line is found by
  // a binary search (not a scan of every line per name), and each way a name is written is looked for
  // in the body once.
  const written = new Map<string, boolean>();
  const pause = pacer(NAMES_PER_STEP);
  yield;
  const kept: RecognizedSpan[] = [];
  for (const span of spans) {
    if (pause()) yield;
    if (!lineAt(lines, span.start)?.titleCase) {
      kept.push(span);
      continue;
    }
    let found = written.get(span.text);
    // A search of the whole body: a chance to pause after it.
    if (found === undefined) {
      written.set(span.text, (found = writtenIn(bodyText, span.text)));
      yield;
    }
    if (found) kept.push(span);
  }
  return kept;
}

/** The line holding `offset`, if any: `lines` are in text order and do not overlap. */
function lineAt(lines: readonly Line[], offset: number): Line | undefined {
  const line = lines[prefixLength(lines.length, (i) => (lines[i] as Line).end <= offset)];
  return line && offset >= line.start && offset < line.end ? line : undefined;
}

function* linesOfSteps(text: string, lowerWords: ReadonlySet<string>): Steps<Line[]> {
  const pause = pacer(LINES_PER_STEP);
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (pause()) yield;
    lines.push({ start, end: start + part.length, titleCase: isTitleCase(part, lowerWords) });
    start += part.length + 1;
  }
  return lines;
}

/**
 * Four words or more, every long word capitalised, no sentence's full stop at the end (an abbreviation's
 * dot is no full stop), and at least one of the words a common one the article also writes in lower case:
 * a line listing names ("Ana Gil, Tom Rudd and Ola Bey") is not a headline.
 */
function isTitleCase(line: string, lowerWords: ReadonlySet<string>): boolean {
  const trimmed = line.trim();
  if (/[.;]$/u.test(trimmed) && !/(?:^|\s)(?:\p{Lu}\.)+$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).filter((w) => /^[\p{L}’'-]+[,:?!]?$/u.test(w));
  const long = words
    .map((w) => w.replace(/[,:?!]$/u, ''))
    .filter((w) => w.length >= 3 && !SMALL_WORDS.has(w));
  if (long.length < 4 || !long.every((w) => /^\p{Lu}/u.test(w))) return false;
  return long.filter((w) => lowerWords.has(w.toLowerCase())).length >= 1;
}

function writtenIn(body: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(body);
}
