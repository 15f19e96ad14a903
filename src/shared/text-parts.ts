/**
 * A long article's text, cut into the pieces it is sent in (`TEXT_PART_CHARS` at most each). A cut
 * never falls between the two halves of a surrogate pair, so each piece is well-formed text whatever
 * the browser's messaging does with it, and the pieces joined are the text.
 */
import { TEXT_PART_CHARS } from './protocol';

export function textParts(text: string, most = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + most);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && to - 1 > from && last >= 0xd800 && last <= 0xdbff) to--;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts;
}

/** An id for one upload of a tab's text: unique enough within a tab, and never page-chosen. */
export const uploadId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
