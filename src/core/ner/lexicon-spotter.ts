/**
 * Names the hand-kept lexicon is sure of, found where the tagger found nothing: "turned to Twitter",
 * "studied Saturn and its moons". A model trained on 1996 newswire has never seen most platforms and
 * misses a one-word name in an unusual frame; the lexicon lists only names that are that kind almost
 * wherever they are written.
 *
 * A lexicon name counts only standing alone: not inside a recognised name, and with no capitalised
 * word right before or after it that would make it part of a longer name ("Apple Music", "the
 * Twitter Files"; a sentence's first word does not count). Planets and moons count only in an article
 * that names at least two of them ("Mercury" is a car, an element or a singer in most news).
 */
import { pacer, runToEnd, type Steps } from '../steps';
import { overlapsAnyOf } from '../text/span-reach';
import type { EntityType, RecognizedSpan } from '../types';
import { KNOWN_ORGS, PLACES, SKY_PLACES } from './lexicon';
import { LEXICON_NAMES, type KnownNames } from './other-kinds';

/** Lexicon names that are also common words when written in capitals ("WHO", "AP" in a credit). */
const NOT_SPOTTED = new Set(['WHO', 'AP', 'US']);

/** One-word and multi-word lexicon names with their type, longest first so "South Korea" wins over "Korea". */
const ENTRIES: [string, EntityType][] = [
  ...[...KNOWN_ORGS].filter((n) => !NOT_SPOTTED.has(n)).map((n): [string, EntityType] => [n, 'organization']),
  ...[...PLACES].filter((n) => !NOT_SPOTTED.has(n)).map((n): [string, EntityType] => [n, 'place']),
].sort((a, b) => b[0].length - a[0].length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.&-])(?:${ENTRIES.map(([n]) => escape(n)).join('|')})(?![\\p{L}\\p{N}&-]|\\.\\p{L})`,
  'gu',
);
const SKY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...SKY_PLACES].map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
const TYPE = new Map(ENTRIES);
/**
 * A US state's news abbreviation after a town and a comma ("ALBANY, N.Y.", "Austin, Tex."): only
 * forms that are no English word, and only in that frame.
 */
const STATE_AFTER_TOWN =
  /(?<=\p{Lu}[\p{L}.'’-]*,\s)(?:N\.Y\.|N\.J\.|N\.C\.|S\.C\.|N\.H\.|N\.M\.|N\.D\.|S\.D\.|R\.I\.|D\.C\.|W\.Va\.|Calif\.|Fla\.|Ariz\.|Tenn\.|Conn\.|Colo\.|Minn\.|Mich\.|Okla\.|Tex\.|Ky\.|Ga\.|Va\.)(?![\p{L}\p{N}])/gu;
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+$/u;
const CAPITALISED_WORD_AFTER = /^(?:['’]s)?\s+\p{Lu}/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?:;"“”]\s+|\n\s*)\p{Lu}[\p{L}.'’-]*\s+$/u;

/**
 * A list's name at `[start, end)` is that name only standing alone: no capitalised word right before it
 * (a sentence's first word aside) or right after it, which would make it part of a longer name ("Apple
 * Music", "the Twitter Files"), and not the agency of a dateline ("(AP) —").
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 4);
  if (CAPITALISED_WORD_BEFORE.test(before) && !SENTENCE_START_BEFORE.test(before)) return false;
  if (CAPITALISED_WORD_AFTER.test(after)) return false;
  return !(before.endsWith('(') && /^\)\s*[—–-]/.test(after));
}

export function spotLexiconNames(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): RecognizedSpan[] {
  return runToEnd(spotLexiconNamesSteps(text, spans, known));
}

/** Matches read between two chances to pause. */
const MATCHES_PER_STEP = 256;

/** `spotLexiconNames` as steps (`core/steps.ts`). */
export function* spotLexiconNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<RecognizedSpan[]> {
  const pause = pacer(MATCHES_PER_STEP);
  const taken = overlapsAnyOf(spans);
  const free = (start: number, end: number): boolean => !taken(start, end);
  const found: RecognizedSpan[] = [];
  const consider = (start: number, name: string, type: EntityType): void => {
    const end = start + name.length;
    // "Chad", "Jordan", "Georgia": also people's names.
    if (!free(start, end) || known.person(name) || !standsAlone(text, start, end)) return;
    found.push({ start, end, type, text: name });
  };
  for (const m of text.matchAll(NAME_PATTERN)) {
    if (pause()) yield;
    consider(m.index, m[0], TYPE.get(m[0]) ?? 'place');
  }
  yield;
  for (const m of text.matchAll(STATE_AFTER_TOWN)) {
    if (pause()) yield;
    if (free(m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, type: 'place', text: m[0] });
  }
  yield;
  const sky = [...text.matchAll(SKY_PATTERN)];
  yield;
  if (new Set(sky.map((m) => m[0])).size >= 2) for (const m of sky) consider(m.index, m[0], 'place');
  return [...spans, ...found];
}
