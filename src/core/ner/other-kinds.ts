/**
 * Works, products, software, technical terms, ideologies and peoples are never shown as a person,
 * organisation, place or event: a reader who sees "Blockrealm" highlighted as a company, "Quiet Harbour" (a
 * film) as a person or "Nevadan" as a place stops trusting every highlight. Backstory leaves them
 * unhighlighted (the tagger's MISC is dropped the same way), so this step removes them from the spans.
 *
 * A name is taken for such a kind by what it is (the lists in `other-kinds-lexicon.ts`, the model's
 * nationality words, a place name with a people's suffix, an "-ism") or by how the article writes it:
 * - a kind noun before it: "the film Quiet Harbour", "the online game Blockrealm", "the third-generation Corvane";
 * - a kind noun after it: "the Lantern musical", "the QBX format", "the Heron mission";
 * - quotation marks around it and nothing else: “Lowtide,”;
 * - a known company's name with more after it: "Sony Vista", "Uber Wallet", "Toyota Link";
 * - a list opened by a plural of works or products: "games like Skyreach and Pong";
 * - a noun of such a kind before "called", "named" or "known as": "a mutagen called X", "a race known as the X".
 *
 * What a name is holds for all its mentions. What the article writes around one mention also holds for
 * the others, unless the lists know the name as a person, organisation or place: “Dublin” the song
 * leaves Dublin the city highlighted.
 */
import { distinctMatchesSteps, pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';
import { listKindsSteps } from './kind-lists';
import { DEMONYMS, HOLIDAYS, KNOWN_ORGS, PARTY_NAMES, PLACES } from './lexicon';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from './head-words';
import {
  COMPANY_PARTS,
  DEMONYM_SUFFIXES,
  KIND_AFTER,
  KIND_AFTER_MODIFIED,
  KIND_BEFORE,
  KIND_MODIFIERS,
  PEOPLES_LANGUAGES_RELIGIONS,
  PRODUCT_TAILS,
  PRODUCTS,
  TERMS,
} from './other-kinds-lexicon';

/** What the recogniser's name lists know a name to be. */
export interface KnownNames {
  person(name: string): boolean;
  organization(name: string): boolean;
  place(name: string): boolean;
  /** A nationality or people's word ("Texan", "Afghans"). */
  demonym(name: string): boolean;
  /** A word running text mostly writes in lower case ("Republic", "East"). */
  common(name: string): boolean;
}

/** The hand-kept lists alone, for the rule-based recogniser and for tests. */
export const LEXICON_NAMES: KnownNames = {
  person: () => false,
  organization: (name) => KNOWN_ORGS.has(name),
  place: (name) => PLACES.has(name),
  demonym: (name) => DEMONYMS.has(name) && !PARTY_NAMES.has(name),
  common: () => false,
};

/** What joins the words of a title: "Nora Tell in the Harbor", "Shadow of the Raider", "Attack on Vell". */
const TITLE_JOINER = /^ (?:in|of|on)(?: the)? $/;
/** A contraction read as a name at the start of a quote: "I’m", "We’re", "They’ve". */
const CONTRACTION = /^\p{Lu}\p{Ll}*['’](?:m|re|ve|ll|d)$/u;
const IDEOLOGY = /\p{L}{3,}isms?$/u;

/** The name as the lists know it: single spaces, no possessive, no leading "The". */
export function bareName(surface: string): string {
  return surface
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .replace(/^The /, '');
}

export function dropOtherKinds(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): RecognizedSpan[] {
  return runToEnd(dropOtherKindsSteps(text, spans, known));
}

/** `dropOtherKinds` as steps (`core/steps.ts`). */
export function* dropOtherKindsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<RecognizedSpan[]> {
  const other = yield* otherKindsSteps(text, spans, known);
  return spans.filter((s) => !other.has(s));
}

/** Why a name is not one of the four kinds. */
export type OtherReason =
  | 'contraction'
  | 'ticker'
  | 'common-word'
  | 'by-name'
  | 'product-of-company'
  | 'written-as-work'
  | 'shaped-as-work'
  | 'same-name'
  | 'title-word';

/** The spans that name something other than a person, organisation, place or event, and why. */
export function otherKinds(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Map<RecognizedSpan, OtherReason> {
  return runToEnd(otherKindsSteps(text, spans, known));
}

/** Names judged between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `otherKinds` as steps (`core/steps.ts`). */
export function* otherKindsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<Map<RecognizedSpan, OtherReason>> {
  const pause = pacer(NAMES_PER_STEP);
  const knownAsEntity = (name: string): boolean =>
    known.person(name) || known.organization(name) || known.place(name);
  // What the whole article tells, read once: its lower-case words, its organisations' names, the
  // words of its people's full names.
  const lowerWords = yield* distinctMatchesSteps(text, /(?<!\p{L})\p{Ll}+(?!\p{L})/gu);
  const orgNames = new Set(spans.filter((s) => s.type === 'organization').map((s) => bareName(s.text)));
  const personWords = new Set(
    spans.filter((s) => s.type === 'person' && /\s/.test(s.text)).flatMap((s) => s.text.split(/\s+/)),
  );
  // Names that are another kind wherever they stand, and mentions that are one where they stand.
  const otherNames = new Set<string>();
  const found = new Map<RecognizedSpan, OtherReason>();
  const listed = yield* listKindsSteps(text, spans);
  const spanEnds = new Set(spans.map((s) => s.end));
  for (const span of spans) {
    if (pause()) yield;
    const name = bareName(span.text);
    if (CONTRACTION.test(span.text)) found.set(span, 'contraction');
    else if (isTickerCode(text, span)) found.set(span, 'ticker');
    // "Banks" after "Ada Banks" is his short form, whatever "banks" elsewhere says.
    else if (isCommonWord(span.text, lowerWords, known) && !personWords.has(span.text))
      found.set(span, 'common-word');
    else if (isOtherByName(name, known)) found.set(span, 'by-name');
    else if (isProductOfCompany(name, orgNames, known)) found.set(span, 'product-of-company');
    else if (listed.get(span) === 'other' || writtenAsWork(text, span, name, known))
      found.set(span, 'written-as-work');
    else if (shapedAsWork(text, span, name, known, spanEnds, lowerWords)) found.set(span, 'shaped-as-work');
    else continue;
    if (found.get(span) !== 'ticker' && !knownAsEntity(name)) {
      otherNames.add(name);
      // "Lunar Cargo Services program (LCS)": the initials the article brackets are its short form.
      const initials = initialsOf(name);
      if (initials && text.includes(`(${initials})`) && !knownAsEntity(initials)) otherNames.add(initials);
    }
    // "Vue" after "Sonora Vue": the short form of a product is the product.
    const last = name.split(' ').slice(1).pop();
    if (found.get(span) === 'by-name' && last && !knownAsEntity(last) && !known.common(last))
      otherNames.add(last);
  }
  yield;
  for (const span of workListSpans(text, spans))
    if (!found.has(span) && !knownAsEntity(bareName(span.text))) {
      found.set(span, 'written-as-work');
      otherNames.add(bareName(span.text));
    }
  for (const span of spans)
    if (!found.has(span) && otherNames.has(bareName(span.text))) found.set(span, 'same-name');
  // "Nora Tell in the Harbor, her debut": a name joined to the work after it by "in the", "of" or "on"
  // is a word of the same title. Only this mention (Nora Tell may be a person elsewhere), and not a
  // name the lists know ("Jo Reyes on Minecraft"); the other way round, "Minecraft in Dunmore" is a place.
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    if (pause()) yield;
    const [prev, next] = [ordered[i - 1] as RecognizedSpan, ordered[i] as RecognizedSpan];
    if (found.has(prev) || !found.has(next) || found.get(next) === 'ticker') continue;
    if (TITLE_JOINER.test(text.slice(prev.end, next.start)) && !knownAsEntity(bareName(prev.text)))
      found.set(prev, 'title-word');
  }
  return found;
}

/** "LCS" of "Lunar Cargo Services": the capitals of a name of two words or more, or nothing. */
function initialsOf(name: string): string | undefined {
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}

/**
 * "Museum", "Machine", "Click": one word that running text mostly writes in lower case, and that this
 * article writes in lower case too, is a capitalised common word (a heading, a caption, a button), not
 * a name. A word the lists know as a name ("Apple", "Bush") is kept.
 */
function isCommonWord(name: string, lowerWords: ReadonlySet<string>, known: KnownNames): boolean {
  if (name.includes(' ') || !known.common(name)) return false;
  if (known.person(name) || known.organization(name) || known.place(name) || known.demonym(name))
    return false;
  const lower = name.toLowerCase();
  const stem = lower.replace(/s$/, '');
  return lowerWords.has(lower) || lowerWords.has(stem) || lowerWords.has(`${stem}s`);
}

/** Market codes in financial copy: "the Oslo index .OSLX", "spot gold XAU=". */
function isTickerCode(text: string, span: RecognizedSpan): boolean {
  return (
    (text[span.start - 1] === '.' && /\s/.test(text[span.start - 2] ?? ' ')) ||
    /^=/.test(text.slice(span.end))
  );
}

/** A product, term, people's word or ideology by the name alone. */
function isOtherByName(name: string, known: KnownNames): boolean {
  // "Republican" voters are the party's, "Easter" a feast: the recogniser's lexicon types those.
  if (PARTY_NAMES.has(name) || HOLIDAYS.has(name)) return false;
  if (PRODUCTS.has(name) || TERMS.has(name) || PEOPLES_LANGUAGES_RELIGIONS.has(name)) return true;
  if (IDEOLOGY.test(name)) return true;
  if (known.demonym(name) && !known.organization(name) && !known.place(name)) return true;
  return isPlaceDemonym(name, known);
}

/**
 * "Nevadan", "Tokyoite", "Rwandans", "Ohioans": a place's name with a people's suffix. The place must
 * be one the lists know, and the word itself no person's or place's name ("Adrian", "Indiana").
 */
export function isPlaceDemonym(name: string, known: KnownNames): boolean {
  if (known.person(name) || known.place(name) || known.organization(name)) return false;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!name.endsWith(suffix) || name.length - suffix.length < 4) continue;
    const stem = name.slice(0, -suffix.length);
    // Kenya+n, Delhi+ite, Canad(a)+ian, Ital(y)+ian, Mexic(o)+an, Texa(s)+n.
    const candidates = /[aeiou]$/.test(stem)
      ? [stem]
      : [stem, `${stem}a`, `${stem}y`, `${stem}o`, `${stem}e`, `${stem}s`];
    if (candidates.some((c) => known.place(c) && !known.common(c))) return true;
  }
  return false;
}

/**
 * "Sony Vista", "Uber Wallet", "Toyota Link": a known company's name and a word after it that is no
 * part of a company's, a place's or an event's name ("Microsoft Research", "Apple Park", "Google I/O
 * Conference" stay).
 */
function isProductOfCompany(name: string, orgNames: ReadonlySet<string>, known: KnownNames): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const brand = words[0] as string;
  const rest = words.slice(1);
  // Every word a capitalised word, not an acronym ("Government of Peru", "Lumo VR" stay).
  if (!rest.every((w) => /^\p{Lu}[\p{Ll}\d]/u.test(w))) return false;
  const partOfAName = (w: string): boolean =>
    COMPANY_PARTS.has(w) ||
    ORG_HEADS.has(w) ||
    PLACE_HEADS.has(w) ||
    EVENT_HEADS.has(w) ||
    known.person(w) ||
    known.place(w);
  if (rest.some(partOfAName)) return false;
  if (known.organization(name) || known.place(name) || known.person(name)) return false;
  if (known.place(brand) || known.person(brand) || /^(?:North|South|East|West|New)$/.test(brand))
    return false;
  return known.organization(brand) || orgNames.has(brand);
}

/** The article says, around this mention, that it names a work or a product. */
function writtenAsWork(text: string, span: RecognizedSpan, name: string, known: KnownNames): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 60);
  // A quoted name alone may be someone's name quoted (“Edna Marsh”); a known person or place inside a
  // longer quoted run is a title's only when names are joined by "and" (“Otto and Clara”), not in a
  // nickname or greeting (“the Napoleon of Peru”, “Welcome Marta”).
  const quoted = quotedTitle(text, span);
  if (quoted !== undefined) {
    const knownName = known.person(name) || (quoted !== span.text && known.place(name));
    if (!knownName || (quoted !== span.text && / (?:and|&) /.test(quoted))) return true;
  }
  // "Casa Rio® Salsa": a registered or trade mark is a product's.
  if (/^[®™]/.test(after)) return true;
  if (kindNounBefore(before)) return true;
  return (
    kindNounAfter(after) &&
    span.type !== 'event' &&
    !known.organization(name) &&
    !known.person(name) &&
    determinedBefore(before)
  );
}

/** "(LCS) program": an acronym in brackets between a name and its kind noun. */
const BRACKETED_ACRONYM = /^\s+\(\p{Lu}{2,}\)/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\d'’-]*$/u;

/**
 * "the Lantern musical", "the Corvane sports sedan", "Lantern and Alaska TV series": the kind noun
 * after the name, maybe after one modifier, maybe after the other names of "A and B TV series".
 * "series", "show" and "game" count only after a screen or game word ("TV series", "video game"):
 * "the Harbor Hawks game" is a team's.
 */
function kindNounAfter(after: string): boolean {
  // The words up to the first punctuation, which ends the phrase ("the Kestrel mission.").
  const phrase = /^[^,.;:!?()\n]*[\p{L}\d]/u.exec(after.replace(BRACKETED_ACRONYM, ''))?.[0] ?? '';
  // "the QBX format's nesting": the kind noun may own what follows.
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/u, ''));
  const kindAt = (i: number): boolean => {
    const [first, second] = [words[i], words[i + 1]];
    if (first === undefined) return false;
    if (KIND_AFTER.has(first)) return true;
    return (
      second !== undefined &&
      KIND_MODIFIERS.has(first) &&
      (KIND_AFTER.has(second) || KIND_AFTER_MODIFIED.has(second))
    );
  };
  if (kindAt(0)) return true;
  if (!/^(?:and|or|&)$/.test(words[0] ?? '')) return false;
  // The next name is one to three capitalised words.
  for (let n = 1; n <= 3 && CAPITALISED_WORD.test(words[n] ?? ''); n++) if (kindAt(n + 1)) return true;
  return false;
}

/**
 * "the ", "the state's new ", "a wireless ", "Corvid's Lantern and ": a determiner or a possessive before
 * the name, maybe with modifiers, and maybe the names coordinated with it between.
 */
function determinedBefore(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.split(/\s+/).filter(Boolean);
  const modifier = (w: string): boolean => KIND_MODIFIERS.has(w) || KIND_MODIFIERS.has(w.toLowerCase());
  const determinerAt = (end: number): boolean => {
    let i = end;
    while (i >= 0 && modifier(words[i] as string)) i--;
    const determiner = (words[i] ?? '').replace(/^[“"‘'(]/u, '');
    return /^(?:the|a|an|its|their|his|her)$/i.test(determiner) || /\p{L}['’]s$/u.test(determiner);
  };
  if (determinerAt(words.length - 1)) return true;
  const last = words.length - 1;
  if (!/^(?:and|or|&)$/.test(words[last] ?? '')) return false;
  // The previous name is one to three capitalised words, itself after a determiner or a possessive.
  for (let n = 1; n <= 3 && CAPITALISED_WORD.test(words[last - n] ?? ''); n++)
    if (determinerAt(last - n - 1)) return true;
  return false;
}

/**
 * Last words of an edition, a model or a concept car ("Collector's Edition", "Corvo Convertible"), and of
 * a model line the tagger keeps whole ("Zenbook Pro"); the first three are no name on their own either.
 */
const PRODUCT_WORDS_ALONE = new Set(['Edition', 'Convertible', 'Concept']);
const PRODUCT_LAST_WORDS = new Set([...PRODUCT_WORDS_ALONE, ...PRODUCT_TAILS]);
/** Head words of a programme, a plan or a scheme: a government's or a company's, not a body. */
const PROGRAMME_HEADS = new Set(['Initiative', 'Program', 'Programme', 'Plan', 'Roadmap', 'Scheme']);
/** Words of an international body's name: "World Food Programme", "UN Development Programme" are agencies. */
const BODY_WORDS = new Set(['United', 'Nations', 'UN', 'U.N.', 'World', 'Global', 'International']);
/**
 * A version or a model code: "2", "500", "2K21", "X5". Four digits alone are a year ("Tokyo 2020",
 * "Farming 2019" are left to other cues).
 */
const VERSION = /^(?:\d{1,3}|\p{Lu}{1,3}\d+\p{L}*\d*|\d+\p{Lu}+\d*)$/u;
/** Words a number follows in a place's or an event's name: "Building 24", "Terminal 5", "Area 51". */
const NUMBERED_PLACE_WORDS = new Set(
  'Building|Terminal|Gate|Route|Highway|Interstate|Road|Pier|Platform|Area|Zone|Sector|Camp|Station|Ward|District|Block|Hall|Room|Level|Floor|Lot|Site|Base|Exit|Junction|Runway|Hangar|Studio|Stage|Channel|Radio|Unit|Precinct|Quarter'.split(
    '|',
  ),
);
/** A lower-case word that joins the words of a title: "Attack on Titan", "Shadow of the Tomb". */
const TITLE_JOINER_BEFORE = /\p{Lu}[\p{L}'’]*\s+(?:on|of|in|at|to|for|and)(?:\s+the)?\s+$/u;

/**
 * The name is shaped like a work, a model or a programme, whatever its context says of its type:
 * - a version or model code in it or right after it: "Skyreach 2", "NBA 2K21", "Orvane QX 300";
 * - a colon subtitle after it, or it is the subtitle: "Quillborn: Ashes", "Siege of Varn: Last Light";
 * - a last word of an edition or a model: "Collector's Edition", "Corvo Convertible";
 * - a programme's head word: "SunRise Initiative", "Rural Broadband Program" (not "World Food
 *   Programme", an agency, nor the "Pell Initiative", a foundation named after a person).
 * A known person, organisation or place keeps its mention unless a title's words run into it.
 */
function shapedAsWork(
  text: string,
  span: RecognizedSpan,
  name: string,
  known: KnownNames,
  spanEnds: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
): boolean {
  if (span.type === 'event') return false;
  const words = name.split(' ');
  const last = words[words.length - 1] as string;
  // Asked only when a number or a colon calls for it: the pass asks the lists a few questions a name.
  let knownCache: boolean | undefined;
  const isKnown = (): boolean =>
    (knownCache ??= known.person(name) || known.organization(name) || known.place(name));
  const inTitle = TITLE_JOINER_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
  if (words.length === 1 ? PRODUCT_WORDS_ALONE.has(last) : PRODUCT_LAST_WORDS.has(last)) return true;
  if (PROGRAMME_HEADS.has(last) && !known.organization(name)) {
    if (words.length === 1) return true;
    const body = words.some((w) => BODY_WORDS.has(w));
    const founder = last === 'Initiative' && words.slice(0, -1).some((w) => known.person(w));
    if (!body && !founder) return true;
  }
  // "Skyreach 2": the tagger kept the number (the model drops an organisation or a person with one).
  const nameNumbered =
    words.length >= 2 &&
    /^\d{1,3}$/.test(last) &&
    !NUMBERED_PLACE_WORDS.has(words[words.length - 2] as string) &&
    !isKnown();
  if (nameNumbered) return true;
  if (!NUMBERED_PLACE_WORDS.has(last) && versionAfter(text, span, isKnown)) return true;
  if (!/^\p{Lu}+$/u.test(name) && subtitleAfter(text, span, known, lowerWords) && (inTitle || !isKnown()))
    return true;
  return isSubtitle(text, span, name, known, spanEnds, lowerWords) && !isKnown();
}

/**
 * "NBA 2K21", "Orvane QX 300 Roadster", "Grimhold 2.": a version or a model code right after the name,
 * then the end of the phrase. Not a score ("Kestrel 2, Alder Town 1") nor a stat line ("Jon Marsk 63
 * 85%"); after a known name only a code with letters in it ("Nissan 3" may be a score).
 */
function versionAfter(text: string, span: RecognizedSpan, knownName: () => boolean): boolean {
  const m = /^ ((?:\p{Lu}{1,3} )?)([\p{L}\d]+)(?=([\s\S]{0,40}))/u.exec(text.slice(span.end, span.end + 50));
  if (!m) return false;
  const [, code = '', token = '', rest = ''] = m;
  if (!VERSION.test(token) || (code !== '' && !/^\d/.test(token))) return false;
  if (code === '' && /^\d+$/.test(token) && knownName()) return false;
  // A number alone then ends the phrase: a stop, a comma, a colon, "and"/"or", or a model word
  // ("300 Roadster"); a code with letters is one wherever it stands ("the 2K21 edition").
  if (/^\d+$/.test(token) && !/^(?:[,.;:!?)]|\s+(?:and|or)\s|\s+\p{Lu}|\s*$)/u.test(rest)) return false;
  // A score goes on with another name and its number.
  return !/^,?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\d/u.test(rest);
}

/** Title-case words after a colon, up to a comma, a bracket, "and"/"or" or a line's end. */
const SUBTITLE =
  /^:\s+((?:(?:\p{Lu}[\p{L}\d'’-]*|\d+|of|the|a|an|in|on|and|to|for)\s?){1,6}?)(?=[,;)]|\s+(?:and|or)\s|\n|$)/u;

/**
 * A subtitle is title-case words, and not all of them words the article or the lists keep in lower
 * case: "REYNA: Yes, we did" is a speaker's answer.
 */
function isSubtitleRun(run: string, known: KnownNames, lowerWords: ReadonlySet<string>): boolean {
  const words = run
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{Lu}|^\d/u.test(w) && w !== 'The');
  return (
    words.length > 0 &&
    !words.every((w) => !/\d/.test(w) && (known.common(w) || lowerWords.has(w.toLowerCase())))
  );
}

/** "Quillborn: Ashes,": the name is the title before a colon subtitle. */
function subtitleAfter(
  text: string,
  span: RecognizedSpan,
  known: KnownNames,
  lowerWords: ReadonlySet<string>,
): boolean {
  const m = SUBTITLE.exec(text.slice(span.end, span.end + 80));
  return m !== null && isSubtitleRun(m[1] as string, known, lowerWords);
}

/** "Quillborn: Ashes,", "Siege of Varn: Last Light 2,": the name is the subtitle after another name's colon. */
function isSubtitle(
  text: string,
  span: RecognizedSpan,
  name: string,
  known: KnownNames,
  spanEnds: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const m = /(\p{Lu}[\p{L}\d'’]*|\d{1,3}): (?:The )?$/u.exec(before);
  if (!m) return false;
  const colonAt = span.start - m[0].length + (m[1] as string).length;
  if (!spanEnds.has(colonAt) && !/^\d/.test(m[1] as string)) return false;
  const rest = SUBTITLE.exec(text.slice(colonAt, colonAt + 80));
  return (
    rest !== null && (rest[1] as string).includes(name) && isSubtitleRun(rest[1] as string, known, lowerWords)
  );
}

/**
 * An item of a list that says it is a work or a model: a colon subtitle ("Quillborn: Ashes"), a model
 * code ("Velto 2K21"), a Roman numeral ("Saga XV") or a year ("Pitch Manager 2020") at its end.
 */
const WORK_ITEM =
  /(?::\s+\p{Lu}|\s(?:\p{Lu}{1,3}\d+\p{L}*\d*|\d+\p{Lu}+\d*|II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|(?:19|20)\d\d)$)/u;

/**
 * "They include: Quillborn: Ashes, Saga XV, Pitch Manager 2020, Gorse, Tallow": a paragraph's list of
 * four or more short title-case items, two or more of them shaped like works, is a list of works, and
 * so is every name in it. Scores ("Kestrel 2, Alder Town 1") have no such item; a list of known places
 * with years ("Sydney 2000, Athens 2004") keeps its places, as every rule here does.
 */
function workListSpans(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  const inList: RecognizedSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if ((line.match(/,/g) ?? []).length < 3) continue;
    const items: [number, number, string][] = [];
    for (const m of line.matchAll(/[^,]+/g)) {
      const item = (m[0] as string).replace(/^\s*(?:and|or)\s+/, '').trim();
      const at = start + (m.index ?? 0) + (m[0] as string).indexOf(item);
      const words = item.split(/\s+/);
      if (
        /^\p{Lu}/u.test(item) &&
        words.length <= 8 &&
        words.every((w) => TITLE_WORD.test(w.replace(/:$/, '')))
      )
        items.push([at, at + item.length, item]);
    }
    if (items.length < 4 || items.filter(([, , item]) => WORK_ITEM.test(item)).length < 2) continue;
    for (const span of spans)
      if (items.some(([from, to]) => span.start >= from && span.end <= to)) inList.push(span);
  }
  return inList;
}

/** A title-case word, or a short word titles keep in lower case. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\d'’.&-]*|\d+|and|or|of|the|a|an|in|on|at|to|for|with|from|by|&)$/u;

/**
 * “Lowtide,”, “Otto and Clara” star: the span stands in double quotes that hold a short run of
 * title-case words and nothing else, the way a title is quoted; a quoted sentence has lower-case words.
 */
function quotedTitle(text: string, span: RecognizedSpan): string | undefined {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[”\n]/.test(before.slice(open + 1))) return undefined;
  const after = text.slice(span.end, span.end + 40);
  const close = after.search(/[”"\n]/);
  if (close < 0 || after[close] === '\n') return undefined;
  const quoted = `${before.slice(open + 1)}${span.text}${after.slice(0, close)}`.replace(/[,.!?]$/, '');
  const words = quoted.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => TITLE_WORD.test(w)) ? quoted : undefined;
}

/** "… the film ", "… the online game ", "… the all-new ": a kind noun, maybe after modifiers, right before. */
function kindNounBefore(before: string): boolean {
  const words = before.split(/\s+/).filter(Boolean);
  if (/\s$/.test(before) === false) return false;
  let i = words.length - 1;
  const noun = words[i]?.toLowerCase();
  // "the all-new Corvane", "the eighth-generation Tessa": only a model is new or of a generation.
  const modelWord = noun !== undefined && /^(?:all-new|[\p{L}\d]+-generation)$/u.test(noun);
  if (noun === undefined || (!KIND_BEFORE.has(noun) && !modelWord)) return false;
  i--;
  while (i >= 0 && KIND_MODIFIERS.has(words[i] as string)) i--;
  const determiner = words[i]?.toLowerCase() ?? '';
  return /^(?:the|a|an|its|their|his|her|this|new|hit)$/.test(determiner) || /[’']s$/.test(determiner);
}
