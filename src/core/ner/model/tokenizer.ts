/**
 * Splits an article into sentences of tokens with exact UTF-16 offsets, tokenised the way the
 * training data (CoNLL-2003, GUM) is: punctuation apart, possessive 's apart, "U.S." and "Mr." whole.
 */
import { SENTENCE_STARTERS } from '../lexicon';

import { pacer, runToEnd, type Steps } from '../../steps';
import { ABBREVIATIONS } from '../../text/abbreviations';

/** One token of the text: `text` is exactly `source.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    // Degrees written with a lower-case letter inside: Ph.D., M.Sc.
    String.raw`(?:Ph|Ed|Sc|Th|Psy)\.D\.|[MB]\.Sc\.`,
    // Initialisms with dots: U.S., U.N., e.g., Washington D.C.
    String.raw`\p{L}(?:\.\p{L})+\.?`,
    // Numbers with separators, ordinals and plurals: 1,000  3.5  1990s  12th  9/11
    String.raw`\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?`,
    // Words, with inner hyphens and apostrophes (O'Brien, Anglo-Dutch, rock'n'roll); an initialism after
    // a hyphen is a token of its own ("Peruvian-U.S." is "Peruvian", "-", "U.S.")
    String.raw`[\p{L}\p{M}\d]+(?:[-'’](?!\p{L}\.\p{L})[\p{L}\p{M}\d]+)*`,
    // Repeated punctuation kept together: ... -- ''
    String.raw`\.{2,}|-{2,}|'{2}|\x60{2}`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const POSSESSIVE = /^(.+?)(['’][sS])$/u;
const NEGATION = /^(.+?)(n['’]t)$/iu;

/** Tokenises `source[from, to)` (one line), appending to `out`. */
function tokenizeLine(source: string, from: number, to: number, out: Token[]): void {
  TOKEN_PATTERN.lastIndex = from;
  let m: RegExpExecArray | null;
  // No alternative matches a line break, so a match past `to` belongs to the next line.
  while ((m = TOKEN_PATTERN.exec(source)) !== null && m.index < to) {
    let text = m[0];
    const start = m.index;
    // A word followed by a full stop that is a known abbreviation or an initial takes the stop with it.
    if (/^\p{L}+$/u.test(text) && source[start + text.length] === '.' && start + text.length < to) {
      if (ABBREVIATIONS.has(text.toLowerCase()) || (text.length === 1 && isInitial(source, start, to))) {
        text += '.';
        TOKEN_PATTERN.lastIndex = start + text.length;
      }
    }
    const split = POSSESSIVE.exec(text) ?? NEGATION.exec(text);
    if (split && split[1] && split[2]) {
      out.push({ text: split[1], start, end: start + split[1].length });
      out.push({ text: split[2], start: start + split[1].length, end: start + text.length });
    } else out.push({ text, start, end: start + text.length });
  }
}

/**
 * A capital letter before a full stop is an initial ("John F. Kennedy"), unless it is the end of a
 * sentence: a unit glued to a number ("on 5G."), a letter that ends its line ("the Lumo Pro S."), or
 * a letter the next sentence follows ("rated it B. When they…", where a word that opens sentences comes next).
 */
function isInitial(source: string, start: number, to: number): boolean {
  if (!/^\p{Lu}$/u.test(source[start] ?? '')) return false;
  if (start > 0 && /[\p{L}\p{N}]/u.test(source[start - 1] ?? '')) return false;
  const next = /^\.\s+([\p{L}]+)/u.exec(source.slice(start + 1, Math.min(to, start + 40)))?.[1];
  return next !== undefined && !SENTENCE_STARTERS.has(next);
}

const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', "''"]);

/** True if a sentence may start at this token (capital, digit, opening quote or bracket). */
function canStartSentence(token: Token | undefined): boolean {
  return token !== undefined && /^[\p{Lu}\d"“‘'(\[]/u.test(token.text);
}

/**
 * Splits `text` into sentences of tokens. Every line is at least its own sentence (headlines,
 * captions and bylines have no full stop); within a line, sentences end at . ! ? before a capital.
 */
export function tokenizeText(text: string): Token[][] {
  return runToEnd(tokenizeTextSteps(text));
}

/** Lines tokenised between two chances to pause. */
const LINES_PER_STEP = 64;

/** `tokenizeText` as steps. */
export function* tokenizeTextSteps(text: string): Steps<Token[][]> {
  const pause = pacer(LINES_PER_STEP);
  const sentences: Token[][] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    if (pause()) yield;
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const tokens: Token[] = [];
    tokenizeLine(text, lineStart, lineEnd, tokens);
    let current: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      current.push(token);
      if (!SENTENCE_END.has(token.text)) continue;
      while (i + 1 < tokens.length && CLOSERS.has((tokens[i + 1] as Token).text))
        current.push(tokens[++i] as Token);
      if (i + 1 < tokens.length && canStartSentence(tokens[i + 1])) {
        sentences.push(current);
        current = [];
      }
    }
    if (current.length > 0) sentences.push(current);
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return sentences;
}

/** Maps typographic quotes, apostrophes and dashes to the ASCII forms the training data uses. */
export function normalizeToken(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text.replace(/[’‘`]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...');
}
