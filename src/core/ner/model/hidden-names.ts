/**
 * Names the tagger cannot see because of how they are written, found where the lists or the article
 * itself know them:
 *
 * - inside a compound with a lower-case word ("a Norland-based firm", "the Orvex-owned site", "Hong
 *   Kong-born"): the tokenizer keeps the compound one word, as it should, so the name in it is no token
 *   of its own;
 * - a dateline in capitals opening a block ("OSLO — The talks…"): the tagger reads capitals poorly;
 * - an organisation or a planet everyone knows ("turned to Twitter", "Saturn's moon"), which the tagger
 *   leaves out in some sentences: the product's own lists name them wherever they stand alone, as the
 *   lexicon spotter does (not inside a longer capitalised run: "Orvex Cloud Suite" is a product).
 */
import { pacer, runToEnd, type Steps } from '../../steps';
import { overlapsAnyOf } from '../../text/span-reach';
import { stretchesOf } from '../../text/stretches';
import type { EntityType, RecognizedSpan } from '../../types';
import { KNOWN_ORGS, SKY_PLACES } from '../lexicon';
import { standsAlone } from '../lexicon-spotter';
import { kindMask, listedType, type Gazetteer } from './gazetteer';

const PLACE_KINDS = kindMask(['PLACE', 'LOC']);

/** Capitalised words, then a hyphen and a lower-case word: "Hong Kong-based", "Kremlin-backed". */
const COMPOUND = /((?:\p{Lu}[\p{L}\p{M}.]*[ ]){0,3}\p{Lu}[\p{L}\p{M}.]*)-\p{Ll}/gu;
/** A block opening with capitals, then a dash, a comma or an agency in brackets: "OSLO —", "OSLO, Norland". */
const DATELINE = /(?:^|\n)(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})(?= ?[—–-]|, | \()/gu;

export function findHiddenNames(
  text: string,
  spans: readonly RecognizedSpan[],
  gazetteer: Gazetteer,
): RecognizedSpan[] {
  return runToEnd(findHiddenNamesSteps(text, spans, gazetteer));
}

/** Matches (compounds, datelines, known names' occurrences) read between two chances to pause. */
const MATCHES_PER_STEP = 256;
/** Characters of whole lines searched for compounds between two chances to pause. */
const CHARS_PER_SEARCH = 16_384;

/** `findHiddenNames` as steps (`core/steps.ts`): each known name is looked for in the whole article. */
export function* findHiddenNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  gazetteer: Gazetteer,
): Steps<RecognizedSpan[]> {
  const pause = pacer(MATCHES_PER_STEP);
  const seen = new Map<string, EntityType>();
  for (const s of spans) if (!seen.has(s.text)) seen.set(s.text, s.type);
  const typeOf = (name: string): EntityType | undefined => seen.get(name) ?? listedType(gazetteer, name);
  // One sorted pass, not a scan of every span per candidate: a long article has tens of thousands.
  const taken = overlapsAnyOf(spans);
  const free = (start: number, end: number): boolean => !taken(start, end);

  const found: RecognizedSpan[] = [];
  // One search of the whole article for compounds ran ~60 ms at 200,000 words without a pause, most
  // of it where no hyphen is; a compound never spans a line, so the lines are searched a stretch at a
  // time, with a pause between two, and stretches without a hyphen are skipped.
  for (const [from, to] of stretchesOf(text, CHARS_PER_SEARCH, '\n')) {
    yield;
    const stretch = text.slice(from, to);
    if (!stretch.includes('-')) continue;
    for (const m of stretch.matchAll(COMPOUND)) {
      if (pause()) yield;
      const at = from + m.index;
      if (/[\p{L}\p{M}\d-]/u.test(text[at - 1] ?? '')) continue;
      // The longest run of words ending at the hyphen that is a name: "Hong Kong", not "Kong".
      const words = m[1]!.split(' ');
      for (let i = 0; i < words.length; i++) {
        const name = words.slice(i).join(' ');
        const type = typeOf(name);
        const start = at + m[1]!.length - name.length;
        const end = at + m[1]!.length;
        if (!type || !free(start, end)) continue;
        found.push({ start, end, type, text: name });
        break;
      }
    }
  }
  for (const m of text.matchAll(DATELINE)) {
    if (pause()) yield;
    const caps = m[1]!;
    const start = m.index + m[0].length - caps.length;
    const name = caps.toLowerCase().replace(/(?:^| )\p{L}/gu, (c) => c.toUpperCase());
    if ((gazetteer.entries.get(name) ?? 0) & PLACE_KINDS && free(start, start + caps.length))
      found.push({ start, end: start + caps.length, type: 'place', text: caps });
  }
  for (const [name, type] of KNOWN_NAMES) {
    // A search of the whole article for each name: a chance to pause after every one too.
    yield;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (pause()) yield;
      const end = at + name.length;
      if (/[\p{L}\p{M}\d]/u.test((text[at - 1] ?? '') + (text[end] ?? ''))) continue;
      // The lexicon spotter's test: "Intel Core", "the Twitter Files" are longer names (or products).
      if (!standsAlone(text, at, end)) continue;
      if (free(at, end) && !found.some((f) => f.start < end && at < f.end))
        found.push({ start: at, end, type, text: name });
    }
  }
  return found.length ? [...spans, ...found].sort((a, b) => a.start - b.start) : [...spans];
}

/**
 * Known names written in mixed case ("Twitter", not "WHO" or "AP", which a capitals headline also
 * writes); not "Amazon", which is as often the river.
 */
const KNOWN_NAMES: readonly [string, EntityType][] = [
  ...[...KNOWN_ORGS]
    .filter((n) => /\p{Ll}/u.test(n) && n !== 'Amazon')
    .map((n): [string, EntityType] => [n, 'organization']),
  ...[...SKY_PLACES].map((n): [string, EntityType] => [n, 'place']),
];
