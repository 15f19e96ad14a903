/**
 * Grouping mentions into entities within one article: "Trump", "President Trump" and "Mr. Trump" are one
 * person, "Putin" joins "Vladimir Putin", and a bare "Kim" goes to the Kim the article was just talking
 * about, while "Kim Jong Un" and "Kim Yong Chol" stay two people. A first name that is also a common noun
 * ("Bill") never pulls a different name into a person ("the Data Retention Bill" is not Bill Shorten).
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { Entity, EntityType, Mention, RecognizedSpan } from '../types';
import { canonicalPlace, COMPANY_SUFFIX, isAcronymOf, nameTokens, plain, slug } from './names';
import { DEMONYMS, KNOWN_ORGS, PARTY_OF_MEMBER, PLACES } from '../ner/lexicon';
import { isCommonNounFirstName, key, leadingTitleCount } from './roles';

interface Draft {
  type: EntityType;
  name: string;
  /** The name's words as compared: lower case, so "van Dijk" and "Van Dijk" are one name. */
  keys: string[];
  mentions: Mention[];
  surfaces: Map<string, number>;
}

/** Group recognised spans (any order) into entities. Entity ids are stable for the same article. */
export function groupMentions(spans: readonly RecognizedSpan[]): Entity[] {
  return runToEnd(groupMentionsSteps(spans));
}

/** Mentions grouped between two chances to pause. */
const MENTIONS_PER_STEP = 256;

/** `groupMentions` as steps. */
export function* groupMentionsSteps(spans: readonly RecognizedSpan[]): Steps<Entity[]> {
  const pause = pacer(MENTIONS_PER_STEP);
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const types = majorityTypes(ordered);
  yield;
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const lookup = (type: EntityType, name: string): Draft | undefined =>
    byKey.get(`${type}:${nameTokens(name).map(key).join(' ')}`);

  const add = (draft: Draft, span: RecognizedSpan): void => {
    draft.mentions.push({ start: span.start, end: span.end, text: span.text });
    const surface = plain(span.text);
    draft.surfaces.set(surface, (draft.surfaces.get(surface) ?? 0) + 1);
  };
  const create = (type: EntityType, name: string): Draft => {
    const draft: Draft = { type, name, keys: nameTokens(name).map(key), mentions: [], surfaces: new Map() };
    drafts.push(draft);
    byKey.set(`${type}:${draft.keys.join(' ')}`, draft);
    return draft;
  };

  // Full names first, so that short forms anywhere in the article can find them.
  const named: { span: RecognizedSpan; type: EntityType; name: string }[] = [];
  for (const span of ordered) {
    if (pause()) yield;
    const type = types.get(plain(span.text)) ?? span.type;
    named.push({ span, type, name: entityName(span.text, type) });
  }
  const isShort = (type: EntityType, name: string): boolean =>
    type === 'person' && nameTokens(name).length === 1;
  yield;
  for (const { span, type, name } of named) {
    if (pause()) yield;
    if (isShort(type, name)) continue;
    const existing = lookup(type, name) ?? findContaining(drafts, type, name);
    add(existing ?? create(type, name), span);
  }
  for (const { span, type, name } of named) {
    if (pause()) yield;
    if (!isShort(type, name)) continue;
    add(resolveShortName(drafts, name, span.start) ?? lookup(type, name) ?? create(type, name), span);
  }
  yield;
  mergeInto(drafts, shorterFormOf);
  mergeInto(drafts, personNamedShort);
  mergeInto(drafts, otherwiseWritten);
  mergeAcronyms(drafts);
  yield;

  const used = new Set<string>();
  return drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => {
      d.mentions.sort((a, b) => a.start - b.start);
      const aliases = [...d.surfaces.keys()].sort(
        (a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length,
      );
      // A dateline's capitals ("ALBANY") are not the name; the article's ordinary spelling is.
      if (isAllCaps(d.name))
        d.name = aliases.find((a) => !isAllCaps(a) && keysOf(a) === d.keys.join(' ')) ?? d.name;
      if (!aliases.includes(d.name)) aliases.unshift(d.name);
      let id = `${d.type}-${slug(d.name)}`;
      for (let n = 2; used.has(id); n++) id = `${d.type}-${slug(d.name)}-${n}`;
      used.add(id);
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

/** The name an entity goes by: a place's usual name; a person's name without "Mr" or "President-elect". */
function entityName(surface: string, type: EntityType): string {
  const name = plain(surface);
  if (type === 'place') return canonicalPlace(name);
  if (type === 'organization') return PARTY_OF_MEMBER[name] ?? name;
  if (type !== 'person') return name;
  const words = name.split(' ');
  return words.slice(leadingTitleCount(words)).join(' ');
}

/** Document-level consistency: one surface string gets the type most of its mentions got. */
function majorityTypes(spans: readonly RecognizedSpan[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const k = plain(s.text);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(k, v);
  }
  const out = new Map<string, EntityType>();
  for (const [k, v] of votes) out.set(k, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** "Vladimir Putin" after "Russian President Vladimir Putin": a name contained in a longer one of the same type. */
function findContaining(drafts: Draft[], type: EntityType, name: string): Draft | undefined {
  const keys = nameTokens(name).map(key);
  if (type !== 'person' || keys.length < 2) return undefined;
  return drafts.find((d) => d.type === type && isContiguousPart(keys, d.keys));
}

const GENERATION = /^(jr|sr|ii|iii|iv)$/;

/** "Maria de la Cruz" contains "de la Cruz"; "Donald Trump Jr." does not contain his father "Donald Trump". */
function isContiguousPart(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || differInGeneration(short, long)) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((t, j) => long[i + j] === t)) return true;
  return false;
}

function differInGeneration(a: readonly string[], b: readonly string[]): boolean {
  return GENERATION.test(a[a.length - 1]!) !== GENERATION.test(b[b.length - 1]!);
}

/** "Ana Reyes" for "Ana Lucia Reyes", "John Smith" for "John Q. Smith": first and last name kept, middle dropped. */
function isMiddleDropped(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length || differInGeneration(short, long)) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const t of long) if (t === short[j]) j++;
  return j === short.length;
}

/**
 * A one-word person name goes to the full name that contains it. When several do ("Kim"), the most
 * recently mentioned one wins, the way a reader resolves it; before any is mentioned, the most mentioned.
 * A word that is also a common noun ("Bill", "Rose") only stands for a surname, never a first name.
 */
function resolveShortName(drafts: Draft[], word: string, at: number): Draft | undefined {
  const k = key(word);
  const asFirstName = !isCommonNounFirstName(word);
  const candidates = drafts.filter(
    (d) =>
      d.type === 'person' &&
      d.keys.length > 1 &&
      (d.keys[d.keys.length - 1] === k || (asFirstName && d.keys.includes(k))),
  );
  if (candidates.length <= 1) return candidates[0];
  // Western names are usually shortened to the surname: prefer candidates ending with the word.
  const bySurname = candidates.filter((d) => d.keys[d.keys.length - 1] === k);
  if (bySurname.length === 1) return bySurname[0];
  const lastBefore = (d: Draft): number =>
    Math.max(-1, ...d.mentions.filter((m) => m.start < at).map((m) => m.start));
  const recent = [...candidates].sort((a, b) => lastBefore(b) - lastBefore(a));
  if (lastBefore(recent[0]!) >= 0) return recent[0];
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

const PLACE_DESIGNATORS =
  /^(autonomous|region|province|county|district|prefecture|oblast|governorate|municipality|territory)$/;

/**
 * Whether `short` is another way the article writes `long`, whatever came first:
 * - a person's name with the middle dropped or the first name left off ("de la Cruz", "Ana Reyes");
 * - an organisation's leading words ("Halvorsen" for "Halvorsen Group Corp", "Green Larder" for "Green Larder Market");
 * - a place without its designation ("Upper Vessa" for "Upper Vessa Autonomous Region");
 * - a datelined capital-letters form ("ALBANY" for "Albany");
 * - a publication's name without its web address ("Newsline" for "Newsline.info");
 * - a one-word "person" that is the first word of a company's name and of no person's ("Brennan" for
 *   "Brennan Motor Car Company");
 * - a one-word "place" that is a company's name without its legal or group suffix ("Geneva" for
 *   "Geneva Holdings").
 */
function shorterFormOf(short: Draft, long: Draft, all: readonly Draft[]): boolean {
  const s = short.keys;
  const l = long.keys;
  if (isAllCaps(short.name) && !isAllCaps(long.name) && s.join(' ') === l.join(' ')) return true;
  if (isWebAddressOf(s, l)) return true;
  if (s.length >= l.length) return false;
  if (short.type === 'person' && long.type === 'person')
    return s.length > 1 && (isContiguousPart(s, l) || isMiddleDropped(s, l));
  const isPrefix = s.every((t, i) => l[i] === t);
  if (!isPrefix) return false;
  // "Sony" is not "Sony Vista Pro": one word joins a longer organisation only by a legal or group suffix.
  if (short.type === 'organization' && long.type === 'organization')
    return s.length > 1 || l.slice(s.length).every((t) => COMPANY_SUFFIX.test(t));
  if (short.type === 'place' && long.type === 'place')
    return l.slice(s.length).every((t) => PLACE_DESIGNATORS.test(t));
  // "Geneva" for "Geneva Holdings": a place's name alone is the company only when just a suffix follows.
  if (short.type === 'place' && long.type === 'organization')
    return s.length === 1 && l.length === 2 && COMPANY_SUFFIX.test(l[1]!);
  return (
    short.type === 'person' &&
    long.type === 'organization' &&
    s.length === 1 &&
    COMPANY_SUFFIX.test(l[l.length - 1]!) &&
    !isCommonNounFirstName(short.name) &&
    !all.some((d) => d.type === 'person' && d !== short && d.keys.includes(s[0]!))
  );
}

/**
 * "Pell" or "Rose-Anne" typed an organisation or a place, after the article has named "Rose-Anne
 * Pell": a person's first name or surname alone, whatever type the tagger gave it, unless it is a
 * place or an organisation everyone knows ("Washington" after "Denzel Washington").
 */
function personNamedShort(short: Draft, long: Draft): boolean {
  if (short.type === 'person' || long.type !== 'person' || short.name.includes(' ')) return false;
  if (PLACES.has(short.name) || KNOWN_ORGS.has(short.name)) return false;
  const [s, l] = [short.keys.join(' '), long.keys];
  if (l.length <= short.keys.length) return false;
  const first = l.slice(0, short.keys.length).join(' ') === s;
  const last = l.slice(-short.keys.length).join(' ') === s;
  if (!first && !last) return false;
  if (!last && isCommonNounFirstName(short.name)) return false;
  return long.mentions[0]!.start < short.mentions[0]!.start;
}

/**
 * The same name written another way:
 * - an organisation without the country before it ("Senate" for "US Senate", "Parliament" for
 *   "British Parliament") or without a founder's first name and a suffix ("Halvorsen" for "Erik Halvorsen Co.");
 * - a person by initials ("B. U. Okoro" for "Benjamin Okoro") or by a short first name ("Josh Lind" for
 *   "Joshua Lind").
 */
function otherwiseWritten(short: Draft, long: Draft): boolean {
  if (short.type !== long.type) return false;
  const [s, l] = [short.keys, long.keys];
  if (short.type === 'organization') {
    const country = long.name.split(' ')[0]!;
    const countryFirst =
      l.length === s.length + 1 &&
      s.every((t, i) => l[i + 1] === t) &&
      (PLACES.has(country) || DEMONYMS.has(country) || canonicalPlace(country) !== country);
    const named = COMPANY_SUFFIX.test(l[l.length - 1]!) ? l.slice(0, -1) : [];
    return countryFirst || (s.length === 1 && named.length >= 2 && named[named.length - 1] === s[0]);
  }
  if (short.type !== 'person' || s.length < 2 || l.length < 2) return false;
  if (s[s.length - 1] !== l[l.length - 1]) return false;
  const given = s.slice(0, -1);
  const byInitials = given.every((t) => t.length === 1) && l[0]!.startsWith(given[0]!) && l[0]!.length > 1;
  const byShortName =
    s.length === 2 &&
    l.length === 2 &&
    s[0]!.length >= 3 &&
    s[0]!.length < l[0]!.length &&
    l[0]!.startsWith(s[0]!);
  return byInitials || byShortName;
}

/** "Newsline" and "Newsline.info": a publication and its web address are one name. */
function isWebAddressOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length !== 1) return false;
  const [name, address] = [short[0]!, long[0]!];
  return address.startsWith(`${name}.`) && /^[a-z]{2,4}$/.test(address.slice(name.length + 1));
}

function keysOf(name: string): string {
  return nameTokens(name).map(key).join(' ');
}

function isAllCaps(name: string): boolean {
  return /\p{Lu}{4,}/u.test(name.replace(/[^\p{L}]/gu, '')) && !/\p{Ll}/u.test(name);
}

/** Move each draft's mentions into the one longer draft it is a shorter form of; ambiguous forms stay apart. */
function mergeInto(
  drafts: Draft[],
  isFormOf: (short: Draft, long: Draft, all: readonly Draft[]) => boolean,
): void {
  for (const short of drafts) {
    if (!short.mentions.length) continue;
    const longs = drafts.filter((d) => d !== short && d.mentions.length && isFormOf(short, d, drafts));
    if (longs.length !== 1) continue;
    const long = longs[0]!;
    long.mentions.push(...short.mentions);
    for (const [s, n] of short.surfaces) long.surfaces.set(s, (long.surfaces.get(s) ?? 0) + n);
    short.mentions = [];
  }
}

/** "UN" and "United Nations" in one article are one organisation. */
function mergeAcronyms(drafts: Draft[]): void {
  mergeInto(drafts, (short, long) => long.type === short.type && isAcronymOf(short.name, long.name));
}
