/**
 * An organisation's initials, written after its full name, are that organisation: "Pacific Gas &
 * Electric Co." and then "PG&E" seven times. The tagger reads "PG&E" as three tokens and finds none of
 * them; an acronym the tagger has never seen may be missed as well. Initials that match an
 * organisation the article names in full are added at every mention no name covers, unless the
 * initials are a place's ("US") or the tagger gave them another type somewhere.
 */
import { isAcronymOf } from '../entities/names';
import { overlapsAnyOf } from '../text/span-reach';
import type { RecognizedSpan } from '../types';
import type { KnownNames } from './other-kinds';

/**
 * Capitals with an "&" between ("PG&E", "AT&T"), or three or more ("CPUC"): two capitals alone are as
 * often a position, a unit or a ticker ("CB", "HD") as a company's initials.
 */
const ACRONYM = /(?<![\p{L}\p{N}&.])(?:\p{Lu}+&\p{Lu}+|\p{Lu}{3,6})(?![\p{L}\p{N}&])/gu;

export function withAcronymMentions(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
): RecognizedSpan[] {
  const longForms = [
    ...new Set(spans.filter((s) => s.type === 'organization' && s.text.includes(' ')).map((s) => s.text)),
  ];
  if (longForms.length === 0) return [...spans];
  const taken = overlapsAnyOf(spans);
  const otherTyped = new Set(spans.filter((s) => s.type !== 'organization').map((s) => s.text));
  const verdicts = new Map<string, boolean>();
  const isInitials = (acronym: string): boolean => {
    let v = verdicts.get(acronym);
    if (v === undefined) {
      v =
        !otherTyped.has(acronym) &&
        !known.place(acronym) &&
        longForms.some((long) => isAcronymOf(acronym, long));
      verdicts.set(acronym, v);
    }
    return v;
  };
  const found: RecognizedSpan[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!taken(start, end) && isInitials(m[0])) found.push({ start, end, text: m[0], type: 'organization' });
  }
  return [...spans, ...found];
}
