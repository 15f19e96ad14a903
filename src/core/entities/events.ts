/**
 * Unnamed events the story turns on. News rarely names a meeting ("the Singapore Summit"); it says
 * "the June 12 summit in Singapore" once and "the summit" after. Each such noun, anchored once by a
 * place or date, becomes one event entity whose mentions are every "summit" in the article.
 */
import type { RecognizedSpan } from '../types';
import { PLACES } from '../ner/lexicon';

const EVENT_NOUNS = 'summit|election|referendum|inauguration|olympics|conference|trial|ceasefire|talks';
const ANCHORED = new RegExp(
  `\\b(${EVENT_NOUNS})\\b(?:\\s+(?:in|at)\\s+((?:\\p{Lu}[\\p{L}.’'-]*)(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*))?`,
  'gu',
);

export interface EventNoun {
  /** The event's name as Backstory shows it, e.g. "Singapore summit". */
  name: string;
  mentions: RecognizedSpan[];
}

/**
 * Find event nouns that the article anchors to a place ("summit in Singapore") or a date
 * ("the June 12 summit"), and every later mention of the same noun. "talks" alone never anchors: it
 * is too common to be one event.
 */
export function findEventNouns(text: string, places: readonly RecognizedSpan[]): EventNoun[] {
  const byNoun = new Map<string, { place?: string; dated: boolean; mentions: RecognizedSpan[] }>();
  for (const m of text.matchAll(ANCHORED)) {
    const noun = m[1]!.toLowerCase();
    const start = m.index ?? 0;
    const span: RecognizedSpan = { start, end: start + m[1]!.length, type: 'event', text: m[1]! };
    const entry = byNoun.get(noun) ?? { dated: false, mentions: [] };
    entry.mentions.push(span);
    const before = text.slice(Math.max(0, start - 40), start);
    const place = m[2] && (PLACES.has(m[2]) || places.some((p) => p.text === m[2])) ? m[2] : undefined;
    if (place && !entry.place) entry.place = place;
    if (
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s+$/.test(
        before,
      )
    )
      entry.dated = true;
    byNoun.set(noun, entry);
  }
  const out: EventNoun[] = [];
  for (const [noun, entry] of byNoun) {
    if (noun === 'talks' || (!entry.place && !entry.dated) || entry.mentions.length < 2) continue;
    out.push({ name: entry.place ? `${entry.place} ${noun}` : noun, mentions: entry.mentions });
  }
  return out;
}
