/**
 * The card's text: a Wikipedia lead as plain text, cut near 500 characters at a sentence boundary.
 * `explaintext` extracts should contain no markup; anything tag-shaped is removed anyway, so a
 * hostile or broken page can never put `<script>` or `<img onerror>` into a card, even as text.
 */

import { closesAbbreviation } from '../../core/text/abbreviations';

/** Wikipedia's leads write "circa" short ("c. 1450"), which news text, and so the shared list, never does. */
const CIRCA = /\bca?$/;

/** No card shows more than this of any one text; the rest is never processed. */
export const MAX_TEXT_IN = 4000;

/**
 * Remove tags and tag-like fragments, the empty brackets explaintext leaves behind, extra space.
 * Linear in the input, which is cut to `MAX_TEXT_IN` first: every pattern is bounded or matches
 * a run once, so a 100,000-space answer cannot make one backtrack.
 */
export function toPlainText(text: string): string {
  return text
    .slice(0, MAX_TEXT_IN)
    .replace(/<\/?[a-z!][^<>]{0,300}>?/gi, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .replace(/\( ?[;,]? ?\)/g, '')
    .replace(/\( ?[;,] ?/g, '(')
    .replace(/ ([,.;:])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Cut `text` at the last sentence end before `max` characters; at a word, with "…", if there is none. */
export function cutAtSentence(text: string, max = 500): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  let cut = -1;
  for (const match of head.matchAll(/[.!?]["”’)]?(?=\s)/g)) {
    const end = match.index + match[0].length;
    if (end > max) break;
    const before = head.slice(0, match.index);
    if (!closesAbbreviation(head, match.index) && !CIRCA.test(before)) cut = end;
  }
  if (cut >= max / 3) return text.slice(0, cut);
  const space = head.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > 0 ? space : max).replace(/[\s,;:]+$/, '')}…`;
}

/** Plain text, first paragraph(s) only, cut near `max`. */
export function cardExtract(raw: string | undefined, max = 500): string {
  if (!raw) return '';
  return cutAtSentence(toPlainText(raw).replace(/\n+/g, ' '), max);
}

/** `text` cut to `max` characters at a word, with "…": labels and descriptions at card size. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).trimEnd()}…`;
}
