/**
 * The first, rule-based recogniser: capitalised runs classified with small lexicons and context
 * (titles before a name, head words of organisations and events). The trained model in ./model
 * replaces it wherever a model is available; this one keeps Backstory working without one.
 */
import { splitSentences } from '../text/sentences';
import { isCapitalized, stripPossessive, tokenize, type Token } from '../text/tokens';
import type { EntityType, RecognizedSpan, Recognizer } from '../types';
import {
  DEMONYMS,
  KNOWN_ORGS,
  NEVER_ALONE,
  PERSON_TITLES,
  PLACES,
  ROLE_NOUNS,
  SENTENCE_STARTERS,
} from './lexicon';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from './head-words';

const CONNECTORS = new Set(['of', 'de', 'del', 'bin', 'al', 'van', 'von', 'la']);

interface Run {
  tokens: Token[];
  atSentenceStart: boolean;
  /** A lower-case role noun ("dictator") stands right before the run. */
  afterRoleNoun: boolean;
}

interface Candidate {
  tokens: Token[];
  type: EntityType | null;
}

export function createRulesRecognizer(): Recognizer {
  return { recognize: recognizeWithRules };
}

export function recognizeWithRules(text: string): RecognizedSpan[] {
  const candidates: Candidate[] = [];
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text, sentence.start);
    const headline = !/[.!?]["”’)]*$/.test(sentence.text) && isHeadline(tokens);
    for (const run of capitalisedRuns(text, tokens)) candidates.push(...classifyRun(run, headline));
  }
  // Second pass: a lone surname ("Pompeo") is a person when the article named that person in full.
  const personWords = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'person') for (const t of c.tokens) if (t.text.length > 2) personWords.add(t.text);
  }
  const spans: RecognizedSpan[] = [];
  for (const c of candidates) {
    let type = c.type;
    if (!type && c.tokens.length === 1 && personWords.has(c.tokens[0]!.text)) type = 'person';
    if (!type) continue;
    const start = c.tokens[0]!.start;
    const end = c.tokens[c.tokens.length - 1]!.end;
    spans.push({ start, end, type, text: text.slice(start, end) });
  }
  return spans;
}

/** Title-case lines (headlines) make capitals meaningless; only known names count there. */
function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => isCapitalized(t.text)).length / words.length >= 0.7;
}

function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!.text)) {
      i++;
      continue;
    }
    const startIndex = i;
    const run: Token[] = [tokens[i]!];
    i++;
    while (i < tokens.length && !/[’']s$/.test(run[run.length - 1]!.text)) {
      const prev = run[run.length - 1]!;
      const tok = tokens[i]!;
      if (!/^ $/.test(text.slice(prev.end, tok.start))) break;
      if (isCapitalized(tok.text)) {
        run.push(tok);
        i++;
      } else if (
        CONNECTORS.has(tok.text) &&
        tokens[i + 1] &&
        isCapitalized(tokens[i + 1]!.text) &&
        /^ $/.test(text.slice(tok.end, tokens[i + 1]!.start))
      ) {
        run.push(tok, tokens[i + 1]!);
        i += 2;
      } else break;
    }
    const last = run.length - 1;
    run[last] = stripPossessive(run[last]!);
    const before = tokens[startIndex - 1];
    runs.push({
      tokens: run,
      atSentenceStart: startIndex === 0,
      afterRoleNoun:
        !!before && ROLE_NOUNS.has(before.text) && /^ $/.test(text.slice(before.end, run[0]!.start)),
    });
  }
  return runs;
}

const joined = (tokens: Token[]): string => tokens.map((t) => t.text).join(' ');

function classifyRun(run: Run, headline: boolean): Candidate[] {
  let tokens = run.tokens;
  if (run.atSentenceStart && SENTENCE_STARTERS.has(tokens[0]!.text)) tokens = tokens.slice(1);
  while (tokens.length && NEVER_ALONE.has(tokens[0]!.text)) tokens = tokens.slice(1);
  while (tokens.length && NEVER_ALONE.has(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  if (!tokens.length) return [];
  if (headline) return knownNamesWithin(tokens);

  const known = knownType(joined(tokens));
  if (known) return [{ tokens, type: known }];

  // Titles and nationalities before a name are context, not part of it.
  let personHint = run.afterRoleNoun;
  for (;;) {
    const prefix = longestPrefix(tokens, (s) => PERSON_TITLES.has(s) || DEMONYMS.has(s));
    if (!prefix) break;
    if (PERSON_TITLES.has(joined(tokens.slice(0, prefix)))) personHint = true;
    tokens = tokens.slice(prefix);
  }
  if (!tokens.length) return [];
  const name = joined(tokens);
  const first = tokens[0]!.text;
  const last = tokens[tokens.length - 1]!.text;
  if (DEMONYMS.has(name)) return [];

  const type = knownType(name);
  if (type && !(personHint && type === 'place')) return [{ tokens, type }];
  if (ORG_HEADS.has(last) || ['Ministry', 'Department', 'University', 'Bank'].includes(first))
    return [{ tokens, type: 'organization' }];
  if (tokens.length > 1 && EVENT_HEADS.has(last)) return [{ tokens, type: 'event' }];
  if (tokens.length > 1 && PLACE_HEADS.has(last)) return [{ tokens, type: 'place' }];
  if (personHint) return [{ tokens: withoutConnectors(tokens), type: 'person' }];
  if (/^\p{Lu}{3,5}$/u.test(name)) return [{ tokens, type: 'organization' }];
  if (tokens.length === 1) return [{ tokens, type: null }];
  if (tokens.some((t) => CONNECTORS.has(t.text))) return [];
  if (
    tokens.length <= 4 &&
    tokens.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$/u.test(t.text) && !DEMONYMS.has(t.text))
  )
    return [{ tokens, type: 'person' }];
  return [];
}

function withoutConnectors(tokens: Token[]): Token[] {
  const i = tokens.findIndex((t) => CONNECTORS.has(t.text));
  return i > 0 ? tokens.slice(0, i) : tokens;
}

function knownType(name: string): EntityType | null {
  if (KNOWN_ORGS.has(name)) return 'organization';
  if (PLACES.has(name)) return 'place';
  return null;
}

/** Length of the longest prefix of `tokens` whose words satisfy `test`, or 0. */
function longestPrefix(tokens: Token[], test: (s: string) => boolean): number {
  for (let n = Math.min(4, tokens.length); n > 0; n--) if (test(joined(tokens.slice(0, n)))) return n;
  return 0;
}

/** In a headline, pick out only the names we know (countries, cities, well-known organisations). */
function knownNamesWithin(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = 0;
    for (let n = Math.min(4, tokens.length - i); n > 0; n--) {
      if (knownType(joined(tokens.slice(i, i + n)))) {
        found = n;
        break;
      }
    }
    if (found) {
      const slice = tokens.slice(i, i + found);
      out.push({ tokens: slice, type: knownType(joined(slice)) });
      i += found;
    } else i++;
  }
  return out;
}
