/**
 * The tag set of the trained recogniser: CoNLL's four types in IOB2 (BIO), plus helpers to
 * convert between IOB1 (the CoNLL-2003 files), IOB2 and spans.
 */

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Index 0 is `O`; then `B-X`, `I-X` for each type in NER_TYPES order. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** A typed run of tokens `[start, end)` (token indices). */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerType;
}

/** True if `tag` can follow `prev` in IOB2 (an `I-X` must continue a `B-X` or `I-X`). */
export function isAllowedTransition(prev: string | null, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  if (prev === null) return false;
  return prev.slice(2) === tag.slice(2) && prev !== 'O';
}

/** Converts one sentence's IOB1 tags (I-X starts a span unless it continues an X) to IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    if (tag.startsWith('I-')) {
      const prev = out[i - 1];
      const type = tag.slice(2);
      out.push(prev !== undefined && prev !== 'O' && prev.slice(2) === type ? tag : `B-${type}`);
    } else out.push(tag);
  }
  return out;
}

/** Reads IOB2 tags into spans; a stray `I-X` starts a span (conlleval does the same). */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const type = tag === 'O' ? null : (tag.slice(2) as NerType);
    const continues = open !== null && tag.startsWith('I-') && open.type === type;
    if (open && !continues) {
      spans.push(open);
      open = null;
    }
    if (type && !continues) open = { start: i, end: i + 1, type };
    else if (open && continues) open.end = i + 1;
  }
  if (open) spans.push(open);
  return spans;
}

/** Writes spans back as IOB2 tags for a sentence of `length` tokens. */
export function spansToTags(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill('O');
  for (const s of spans)
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
