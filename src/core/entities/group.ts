/**
 * Grouping mentions into entities within one article: "Trump" and "President Trump" are one person,
 * "Putin" joins "Vladimir Putin", and a bare "Kim" goes to the Kim the article was just talking about,
 * while "Kim Jong Un" and "Kim Yong Chol" stay two people.
 */
import type { Entity, EntityType, Mention, RecognizedSpan } from '../types';
import { canonicalPlace, isAcronymOf, nameTokens, plain, slug } from './names';

interface Draft {
  type: EntityType;
  name: string;
  tokens: string[];
  mentions: Mention[];
  surfaces: Map<string, number>;
}

/** Group recognised spans (any order) into entities. Entity ids are stable for the same article. */
export function groupMentions(spans: readonly RecognizedSpan[]): Entity[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const types = majorityTypes(ordered);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();

  const add = (draft: Draft, span: RecognizedSpan): void => {
    draft.mentions.push({ start: span.start, end: span.end, text: span.text });
    const surface = plain(span.text);
    draft.surfaces.set(surface, (draft.surfaces.get(surface) ?? 0) + 1);
  };
  const create = (type: EntityType, name: string): Draft => {
    const draft: Draft = { type, name, tokens: nameTokens(name), mentions: [], surfaces: new Map() };
    drafts.push(draft);
    byKey.set(`${type}:${name}`, draft);
    return draft;
  };

  // Full names first, so that short forms anywhere in the article can find them.
  const isShort = (s: RecognizedSpan, type: EntityType): boolean =>
    type === 'person' && nameTokens(s.text).length === 1;
  for (const span of ordered) {
    const type = types.get(plain(span.text)) ?? span.type;
    if (isShort(span, type)) continue;
    const name = type === 'place' ? canonicalPlace(plain(span.text)) : plain(span.text);
    const existing = byKey.get(`${type}:${name}`) ?? findContaining(drafts, type, name);
    add(existing ?? create(type, name), span);
  }
  for (const span of ordered) {
    const type = types.get(plain(span.text)) ?? span.type;
    if (!isShort(span, type)) continue;
    const word = plain(span.text);
    const draft =
      resolveShortName(drafts, word, span.start) ?? byKey.get(`${type}:${word}`) ?? create(type, word);
    add(draft, span);
  }
  mergeAcronyms(drafts);

  const used = new Set<string>();
  return drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => {
      let id = `${d.type}-${slug(d.name)}`;
      for (let n = 2; used.has(id); n++) id = `${d.type}-${slug(d.name)}-${n}`;
      used.add(id);
      d.mentions.sort((a, b) => a.start - b.start);
      const aliases = [...d.surfaces.keys()].sort(
        (a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length,
      );
      if (!aliases.includes(d.name)) aliases.unshift(d.name);
      return {
        id,
        type: d.type,
        name: d.name,
        aliases,
        mentions: d.mentions,
        descriptions: [],
        firstContext: '',
      };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Document-level consistency: one surface string gets the type most of its mentions got. */
function majorityTypes(spans: readonly RecognizedSpan[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const key = plain(s.text);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const out = new Map<string, EntityType>();
  for (const [key, v] of votes) out.set(key, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** "Vladimir Putin" after "Russian President Vladimir Putin": a name contained in a longer one of the same type. */
function findContaining(drafts: Draft[], type: EntityType, name: string): Draft | undefined {
  const tokens = nameTokens(name);
  if (type !== 'person' || tokens.length < 2) return undefined;
  return drafts.find((d) => d.type === type && isSubsequence(tokens, d.tokens));
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((t, j) => long[i + j] === t)) return true;
  return false;
}

/**
 * A one-word person name goes to the full name that contains it. When several do ("Kim"), the most
 * recently mentioned one wins, the way a reader resolves it; before any is mentioned, the most mentioned.
 */
function resolveShortName(drafts: Draft[], word: string, at: number): Draft | undefined {
  const candidates = drafts.filter(
    (d) => d.type === 'person' && d.tokens.length > 1 && d.tokens.includes(word),
  );
  if (candidates.length <= 1) return candidates[0];
  // Western names are usually shortened to the surname: prefer candidates ending with the word.
  const bySurname = candidates.filter((d) => d.tokens[d.tokens.length - 1] === word);
  if (bySurname.length === 1) return bySurname[0];
  const lastBefore = (d: Draft): number =>
    Math.max(-1, ...d.mentions.filter((m) => m.start < at).map((m) => m.start));
  const recent = [...candidates].sort((a, b) => lastBefore(b) - lastBefore(a));
  if (lastBefore(recent[0]!) >= 0) return recent[0];
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** "UN" and "United Nations" in one article are one organisation. */
function mergeAcronyms(drafts: Draft[]): void {
  for (const short of drafts) {
    if (!short.mentions.length) continue;
    const long = drafts.find(
      (d) => d !== short && d.type === short.type && d.mentions.length && isAcronymOf(short.name, d.name),
    );
    if (!long) continue;
    long.mentions.push(...short.mentions);
    for (const [s, n] of short.surfaces) long.surfaces.set(s, (long.surfaces.get(s) ?? 0) + n);
    short.mentions = [];
  }
}
