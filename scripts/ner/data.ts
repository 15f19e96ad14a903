/**
 * Readers for the training and evaluation data in ../shared/data: CoNLL-2003 (IOB1 → IOB2),
 * GUM's named mentions (from CoNLL-U `Entity=` annotations) and the gazetteer sources.
 * Nothing read here is committed; only what the model learns from it is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GazetteerKind } from '../../src/core/ner/model/gazetteer';
import { iob1ToIob2, spansToTags, type NerType, type TokenSpan } from '../../src/core/ner/model/tags';
import { normalizeToken, tokenizeText } from '../../src/core/ner/model/tokenizer';

export const DATA_DIR = resolve(
  process.env.BACKSTORY_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);

export interface Sentence {
  tokens: string[];
  tags: string[];
}
export interface Doc {
  id: string;
  sentences: Sentence[];
}

export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Reads a CoNLL-2003 file (token POS chunk NER, IOB1) into documents with IOB2 tags. */
export function readConll2003(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let sentence: Sentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (sentence.tokens.length > 0) {
      if (!doc) docs.push((doc = { id: `${path}#${docs.length}`, sentences: [] }));
      doc.sentences.push({ tokens: sentence.tokens, tags: iob1ToIob2(sentence.tags) });
    }
    sentence = { tokens: [], tags: [] };
  };
  for (const line of readText(path).split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      docs.push((doc = { id: `${path}#${docs.length}`, sentences: [] }));
    } else {
      sentence.tokens.push(cols[0] as string);
      sentence.tags.push(cols[cols.length - 1] as string);
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

interface GumToken {
  form: string;
  upos: string;
  xpos: string;
  head: number;
  deprel: string;
}
interface GumMention {
  start: number;
  end: number;
  type: string;
}

const GUM_TYPES: Record<string, NerType> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  abstract: 'MISC',
  object: 'MISC',
  substance: 'MISC',
};
/** Lowercase words a name may contain between capitalised ones ("Bank of America", "Daughters of the …"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  '&',
  'de',
  'du',
  'la',
  'von',
  'van',
  'der',
  'for',
  'on',
  '-',
]);
/** Titles are not part of a person's name in CoNLL ("President [Trump]"). */
const TITLES = new Set(
  (
    'president mr. mrs. ms. mr mrs ms dr. dr prof. professor sir dame lord lady king queen prince princess ' +
    'secretary minister senator sen. gov. governor general gen. pope saint chancellor judge justice rep. ' +
    'chairman ceo captain capt. coach director premier prime vice chief emperor archbishop bishop rev. father ' +
    'sister brother uncle aunt officer lt. col. colonel sergeant sgt. detective dictator leader mayor ambassador'
  ).split(' '),
);
const isCap = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);

/** The named part of a mention, in CoNLL's convention, or null if the mention is not a name. */
function namedSpan(tokens: GumToken[], m: GumMention, all: readonly GumMention[]): TokenSpan | null {
  const type = GUM_TYPES[m.type];
  if (!type) return null;
  let head = -1;
  for (let i = m.start; i < m.end; i++) {
    const h = (tokens[i] as GumToken).head - 1;
    if (h < m.start || h >= m.end) {
      head = i;
      break;
    }
  }
  if (head < 0) return null;
  // "Facebook creator Mark Zuckerberg", "US President Barack Obama": GUM attaches the name to the
  // title or role noun with `flat` or `appos`; the name is then the mention's name.
  const isTitle = (i: number): boolean => TITLES.has((tokens[i] as GumToken).form.toLowerCase());
  if ((tokens[head] as GumToken).upos !== 'PROPN' || (type === 'PER' && isTitle(head))) {
    let named = -1;
    for (let i = m.start; i < m.end && named < 0; i++) {
      const t = tokens[i] as GumToken;
      if (
        t.head - 1 === head &&
        t.upos === 'PROPN' &&
        (t.deprel === 'flat' || t.deprel === 'appos') &&
        !isTitle(i)
      )
        named = i;
    }
    if (named < 0) return null;
    m = { ...m, start: Math.max(m.start, named) };
    head = named;
  }
  // A person's name never takes in a nested place or organisation ("the US ambassador [Hamdullah Mohib]").
  const blocked = new Uint8Array(tokens.length);
  if (type === 'PER') {
    for (const other of all) {
      if (
        other !== m &&
        other.start >= m.start &&
        other.end <= m.end &&
        (head < other.start || head >= other.end)
      )
        blocked.fill(1, other.start, other.end);
    }
  }
  const inName = (i: number): boolean => {
    const t = tokens[i] as GumToken;
    if (blocked[i]) return false;
    if (type === 'PER' && TITLES.has(t.form.toLowerCase())) return false;
    return isCap(t.form) || CONNECTORS.has(t.form.toLowerCase());
  };
  let start = head;
  let end = head + 1;
  while (start - 1 >= m.start && inName(start - 1)) start--;
  while (end < m.end && inName(end)) end++;
  while (start < end && !isCap((tokens[start] as GumToken).form)) start++;
  while (end > start && !isCap((tokens[end - 1] as GumToken).form)) end--;
  if (start >= end) return null;
  // A leading "The" is not part of the name in CoNLL ("The [New York Times]").
  if ((tokens[start] as GumToken).form === 'The' && end - start > 1) start++;
  // "Americans", "Democrats": CoNLL calls groups named by nationality MISC.
  const only = tokens[start] as GumToken;
  if (end - start === 1 && only.xpos === 'NNPS' && type !== 'LOC') return { start, end, type: 'MISC' };
  return { start, end, type };
}

/** Parses a CoNLL-U `Entity=` value into openings (with type) and closings by mention id. */
function* entityEvents(value: string): Generator<{ open?: { id: string; type: string }; close?: string }> {
  const pattern = /\(([^()]+)(\))?|(\d+)\)/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(value)) !== null) {
    if (m[1]) {
      const [id, type] = m[1].split('-');
      yield { open: { id: id as string, type: type as string } };
      if (m[2]) yield { close: id as string };
    } else if (m[3]) yield { close: m[3] };
  }
}

/** Reads one GUM CoNLL-U document into sentences with IOB2 tags for its named mentions. */
export function readGumDocument(path: string): Doc {
  const sentences: Sentence[] = [];
  let tokens: GumToken[] = [];
  let mentions: GumMention[] = [];
  let open = new Map<string, { start: number; type: string }[]>();
  const flush = (): void => {
    if (tokens.length === 0) return;
    const spans: TokenSpan[] = [];
    const taken = new Uint8Array(tokens.length);
    const candidates = mentions
      .map((m) => namedSpan(tokens, m, mentions))
      .filter((s): s is TokenSpan => s !== null)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const s of candidates) {
      if (taken.subarray(s.start, s.end).some((x) => x === 1)) continue;
      taken.fill(1, s.start, s.end);
      spans.push(s);
    }
    // Nationality adjectives are MISC in CoNLL ("German", "North Korean" officials).
    // "North Korean" takes its capitalised modifier with it, as in CoNLL.
    tokens.forEach((t, i) => {
      if (i > 0 && !taken[i] && t.xpos === 'JJ' && isCap(t.form) && /\p{Ll}/u.test(t.form)) {
        let start = i;
        while (
          start > 0 &&
          !taken[start - 1] &&
          /^(?:North|South|East|West|Central|New)$/.test((tokens[start - 1] as GumToken).form)
        )
          start--;
        taken.fill(1, start, i + 1);
        spans.push({ start, end: i + 1, type: 'MISC' });
      }
    });
    spans.sort((a, b) => a.start - b.start);
    sentences.push({ tokens: tokens.map((t) => t.form), tags: spansToTags(spans, tokens.length) });
    tokens = [];
    mentions = [];
    open = new Map();
  };
  for (const line of readText(path).split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue; // multiword-token ranges and empty nodes
    const index = tokens.length;
    tokens.push({
      form: cols[1] ?? '',
      upos: cols[3] ?? '',
      xpos: cols[4] ?? '',
      head: Number(cols[6]),
      deprel: cols[7] ?? '',
    });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9] ?? '')?.[1];
    if (!entity) continue;
    for (const e of entityEvents(entity)) {
      if (e.open) {
        const list = open.get(e.open.id) ?? [];
        list.push({ start: index, type: e.open.type });
        open.set(e.open.id, list);
      }
      if (e.close) {
        const opened = open.get(e.close)?.pop();
        if (opened) mentions.push({ start: opened.start, end: index + 1, type: opened.type });
      }
    }
  }
  flush();
  return { id: path, sentences };
}

/** GUM documents split deterministically: within each genre, every fifth document (sorted by name) is dev. */
export function readGum(): { train: Doc[]; dev: Doc[] } {
  const dir = join(DATA_DIR, 'ner', 'gum', 'dep_conllu');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.conllu.gz'))
    .sort();
  const seen = new Map<string, number>();
  const train: Doc[] = [];
  const dev: Doc[] = [];
  for (const f of files) {
    const genre = f.split('_')[1] ?? '';
    const n = seen.get(genre) ?? 0;
    seen.set(genre, n + 1);
    (n % 5 === 2 ? dev : train).push(readGumDocument(join(dir, f)));
  }
  return { train, dev };
}

/** Tokenises a name the way the tagger will see it, tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenizeText(name)
    .flat()
    .map((t) => normalizeToken(t.text))
    .join(' ');
}

/** Populated places of at least `minPopulation` and all countries (Wikidata via wikitrivia). */
export function readPlaces(minPopulation: number): string[] {
  const dir = join(DATA_DIR, 'gazetteer', 'wikitrivia_places');
  const names = new Set<string>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.jsonl') && !f.endsWith('.jsonl.gz')) continue;
    const countries = f.startsWith('countries');
    for (const line of readText(join(dir, f)).split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { label?: string; population?: number };
      if (!item.label || (!countries && (item.population ?? 0) < minPopulation)) continue;
      if (item.label.includes(',')) continue;
      names.add(nameKey(item.label));
    }
  }
  return [...names];
}

/** Labels and aliases of the most-viewed Wikidata items that are written like names. */
export function readWikidataNames(): string[] {
  const path = join(DATA_DIR, 'gazetteer', 'qrank_top10k', 'qrank_top10000_with_aliases.csv.gz');
  const names = new Set<string>();
  for (const line of readText(path).split('\n').slice(1)) {
    const m = /^\d+,Q\d+,\d+,"(.*)"$/.exec(line.trim());
    const label = m?.[1]?.replace(/""/g, '"');
    if (!label) continue;
    const key = nameKey(label);
    const parts = key.split(' ');
    if (parts.length > 4 || !isCap(parts[0] as string) || !isCap(parts[parts.length - 1] as string)) continue;
    names.add(key);
  }
  return [...names];
}

/** Small words a Title Case headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
  'as',
]);

/** "MINISTER WILL VISIT NORTH KOREA" → "Minister Will Visit North Korea", the way news sites write headlines. */
export function toTitleCase(tokens: readonly string[]): string[] {
  return tokens.map((t, i) => {
    const lower = t.toLowerCase();
    if (i > 0 && HEADLINE_SMALL_WORDS.has(lower)) return lower;
    // Initialisms stay in capitals ("U.S.", "UN").
    if (t.length <= 3 && !/[aeiou]/i.test(t.replace(/\./g, '').slice(1))) return t;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/**
 * Adds a Title Case copy of every all-capitals headline sentence of a CoNLL document (same tags),
 * so the tagger learns headlines as news sites write them today.
 */
export function withTitleCaseHeadlines(doc: Doc): Doc {
  const extra = doc.sentences
    .filter(
      (s) =>
        s.tokens.length >= 3 &&
        s.tokens.join('') === s.tokens.join('').toUpperCase() &&
        /[A-Z]{2}/.test(s.tokens.join('')),
    )
    // Web headlines have no full stop at the end.
    .map((s) =>
      s.tokens[s.tokens.length - 1] === '.'
        ? { tokens: s.tokens.slice(0, -1), tags: s.tags.slice(0, -1) }
        : s,
    )
    .map((s) => ({ tokens: toTitleCase(s.tokens), tags: s.tags }));
  return extra.length === 0 ? doc : { id: doc.id, sentences: [...doc.sentences, ...extra] };
}

/** Capitalises each word of a lower-case lexicon entry: "20th century fox" → "20th Century Fox". */
function capitalizeWords(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Name lists from compromise's lexicon (MIT): first names, surnames, organisations and sports teams,
 * famous people, places and nationality words. Entries are lower case there; they are stored
 * capitalised (and in capitals too when short, for acronyms like "IBM").
 */
export function readCompromiseNames(
  lexicon: Record<string, string | string[]>,
): Partial<Record<GazetteerKind, string[]>> {
  const kindOf: Record<string, GazetteerKind> = {
    FemaleName: 'FIRST',
    MaleName: 'FIRST',
    FirstName: 'FIRST',
    LastName: 'LAST',
    Organization: 'ORGX',
    SportsTeam: 'ORGX',
    Person: 'PERX',
    City: 'PLACE',
    Country: 'PLACE',
    Region: 'PLACE',
    Demonym: 'DEMONYM',
  };
  const lists: Partial<Record<GazetteerKind, Set<string>>> = {};
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const kind = kindOf[tag];
      if (!kind || !/^\p{L}/u.test(word) || word.length < 2) continue;
      const set = (lists[kind] ??= new Set());
      set.add(nameKey(capitalizeWords(word)));
      if (kind === 'ORGX' && word.length <= 4 && !word.includes(' ')) set.add(word.toUpperCase());
    }
  }
  return Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, [...v].sort()]));
}

/** A common word must be seen in lower case at least this often… */
const COMMON_MIN_LOWER = 2;
/** …and this many times as often as capitalised in mid-sentence. */
const COMMON_RATIO = 4;

/**
 * Words the running text of `docs` mostly writes in lower case, capitalised as they would be at a
 * sentence start ("Written", "Museum"). Only case counts are used (labels are not read), so a
 * capitalised common word can be told from an unknown name. Sentence starts and headlines (no
 * lower-case letters, or Title Case) are not counted as capitalised evidence.
 */
export function commonWords(docs: readonly Doc[]): string[] {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const doc of docs) {
    for (const { tokens } of doc.sentences) {
      const letters = tokens.join('');
      if (letters === letters.toUpperCase()) continue;
      let longCaps = 0;
      for (const t of tokens) if (t.length >= 4 && /^\p{Lu}/u.test(t)) longCaps++;
      if (longCaps >= 3) continue;
      tokens.forEach((raw, i) => {
        const t = normalizeToken(raw);
        if (/^\p{Ll}+$/u.test(t)) lower.set(t, (lower.get(t) ?? 0) + 1);
        else if (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t)) {
          const key = t.toLowerCase();
          capital.set(key, (capital.get(key) ?? 0) + 1);
        }
      });
    }
  }
  const words: string[] = [];
  for (const [w, n] of lower) {
    if (w.length < 2 || n < COMMON_MIN_LOWER || n < COMMON_RATIO * (capital.get(w) ?? 0)) continue;
    words.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return words.sort();
}

/**
 * Modern organisations, companies, platforms and news outlets (scripts/ner/organisations.txt, compiled
 * by hand), tokenised like the other lists; words that are mostly common nouns ("Apple", "Target") are
 * left out of the file, so the list does not fire on ordinary sentence starts.
 */
export function readOrganisations(): string[] {
  const text = readFileSync(join(import.meta.dirname, 'organisations.txt'), 'utf8');
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const name = line.trim();
    if (name && !name.startsWith('#')) names.add(nameKey(name));
  }
  return [...names].sort();
}
