import type { Span } from '../types';
import { TITLE_WORDS } from './abbreviations';

export interface Token extends Span {
  text: string;
}

// Dotted acronyms (U.S., U.N.), titles with their stop (the shared list), then words with inner
// apostrophes, hyphens or stops.
const TOKEN_RE = new RegExp(
  `(?:\\p{Lu}\\.){2,}|(?:${TITLE_WORDS.join('|')})\\.|[\\p{L}\\p{N}]+(?:[’'\\-.][\\p{L}\\p{N}]+)*`,
  'gu',
);

/** Word tokens of a text with their offsets. Punctuation is skipped; what lies between tokens is recoverable from offsets. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = base + (m.index ?? 0);
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** "Beijing’s" → "Beijing": the possessive is not part of the name. */
export function stripPossessive(token: Token): Token {
  const m = /[’']s$/.exec(token.text);
  if (!m) return token;
  return { text: token.text.slice(0, -2), start: token.start, end: token.end - 2 };
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
