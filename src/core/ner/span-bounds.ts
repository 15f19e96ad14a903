/**
 * Where a name begins and ends, corrected on any recogniser's spans before the product rules run:
 *
 * - an office written after an organisation is the person's title, not the organisation's name
 *   ("former Harbour Board Chairman, Ana Gil", "the Assembly Rt. Hon. Ola Bey"): the title words go;
 * - a title alone ("the Speaker said") is no one's name;
 * - a name with a lower-case particle inside ("Luca di Sarno", "Ada van Dijk") is one person, though the
 *   tagger may leave the particle out and return two names;
 * - an institution the tagger cut at its "of" ("Museum" and "Modern Art") is one name;
 * - a run of capitalised words ending in an institution's or an event's head word is one name, though the
 *   tagger cut it into a person and the rest ("Ana B. Gil Marine Biology Institute") or left the head off
 *   ("the Baltic Nations Ocean Summit"); so is a university's campus after a comma ("University of
 *   Norland, Eastport");
 * - "The" opening a sentence is no part of a name everyone knows without it ("The Pentagon said");
 * - a name written as its web address ("Newsline.info said") is the whole address;
 * - an organisation "of" two things ends after the second ("Department of Parks and Recreation"), where
 *   the word after "and" is no name of its own;
 * - a credit ("(Artist: Ana Gil)", "Photo Credit: Orvex File Photo", "Source: Ana Gil and Tom Rudd") names
 *   who made a picture, not someone the story is about;
 * - a pronoun's contraction ("I’m", "We’re") is never a name;
 * - "Mr", "Mrs", "Ms", "Mx" or "Dr", with or without its full stop, says the capitalised words after it
 *   are a person's name, whatever type the tagger gave them, and is no part of it ("Mrs Orla Dunne" is
 *   "Orla Dunne"); the name is found even where the tagger missed it ("Dr Varga agreed");
 * - a unit glued to a number ("at 3GHz") and the acronym of a common noun ("8GB of RAM", "PTSD") are not
 *   names;
 * - a product is no organisation, though its maker's name opens it: a name that runs on, through a model's
 *   name or number, into a computer part ("an Orvex Zephyr 9 GPU", "a Kestrel X5 CPU"), and a name a
 *   trademark sign marks or follows ("a jar of Meadow Gold® Clover Honey") are products, `other` by the
 *   guidelines.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { EntityType, RecognizedSpan } from '../types';
import { isCommonNounFirstName, isHonorific, isTitleWord } from '../entities/roles';
import { KNOWN_ORGS, PLACES } from './lexicon';
import { HEAD_WORDS } from './head-words';

const words = (s: string): Set<string> => new Set(s.split('|'));

/** Offices that end a person's title, never an organisation's name ("Harbour Board Chairman"). */
const OFFICES = words(
  'speaker|president|chairman|chairwoman|chairperson|ceo|cfo|minister|secretary|governor|mayor|senator|ambassador|spokesman|spokeswoman|spokesperson',
);
/** Words that keep a title inside an organisation's name ("Office of the President"). */
const BEFORE_TITLE_IN_NAME = words('of|the|for|and|to');

/** Acronyms of common nouns, capitalised but no one's name: conditions, computer parts, formats, units. */
const COMMON_ACRONYMS = words(
  'PTSD|ADHD|OCD|HIV|AIDS|DNA|RNA|MRI|ICU|RAM|ROM|CPU|GPU|SSD|HDD|USB|HDMI|HDR|LED|LCD|OLED|FPS|VOD|SMS|PDF|FAQ|DIY|GDP|VAT|IPO|ETF|ATM|PIN|URL|API|SUV|GPS|AI|VR|AR|MPH|KPH|RPM|GHz|MHz|KB|MB|GB|TB|MP',
);

export function trimSpans(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(trimSpansSteps(text, spans));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `trimSpans` as steps (`core/steps.ts`). */
export function* trimSpansSteps(text: string, spans: readonly RecognizedSpan[]): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const out: RecognizedSpan[] = [];
  const particles = joinParticleNames(text, withHonorificNames(text, spans));
  yield;
  const headed = yield* joinHeadedRunsSteps(text, particles);
  const joined = joinCampus(text, headed);
  yield;
  for (const found of joined) {
    if (pause()) yield;
    const span = withoutKnownThe(withConjoinedHead(text, withWebAddress(text, found), joined));
    if (COMMON_ACRONYMS.has(span.text) || gluedToNumber(text, span) || CONTRACTION.test(span.text)) continue;
    if (inCredit(text, span) || isProduct(text, span)) continue;
    const trimmed = span.type === 'person' ? personSpan(span) : withoutTrailingTitle(span);
    if (trimmed) out.push(...splitAcronymBeforeKnownOrg(trimmed));
  }
  return out;
}

/**
 * "the RTV Pentagon correspondent", "a CBC Kremlin source": an outlet's acronym glued to the known
 * organisation it covers is two organisations. A country's acronym ("US Congress") is left whole.
 */
function splitAcronymBeforeKnownOrg(span: RecognizedSpan): RecognizedSpan[] {
  const space = span.text.indexOf(' ');
  if (span.type !== 'organization' || space < 0) return [span];
  const acronym = span.text.slice(0, space);
  const rest = span.text.slice(space + 1);
  if (!/^\p{Lu}{2,5}$/u.test(acronym) || PLACES.has(acronym) || !KNOWN_ORGS.has(rest)) return [span];
  return [
    { ...span, end: span.start + space, text: acronym },
    { ...span, start: span.start + space + 1, text: rest },
  ];
}

/** Computer parts a product's name ends with. */
const PARTS = String.raw`(?:GPUs?|CPUs?|SSDs?|APUs?|chips?|chipsets?|processors?|graphics cards?)`;
/** Up to three more words of the name (capitalised, or a model's number: "GTX", "i7", "4790k"), then a part. */
const RUNS_INTO_PART = new RegExp(
  String.raw`^((?:\s+(?:\p{Lu}[\p{L}\d-]*|\p{Ll}?\d[\p{L}\d-]*)){0,3})\s+${PARTS}(?![\p{L}\d])`,
  'u',
);
const ENDS_WITH_PART = new RegExp(String.raw`\s${PARTS}$`, 'u');
/** Trademark signs. */
const TRADEMARK = /[®™]/u;

/** "an Orvex Zephyr 9 GPU", "a Meadow Gold® jar": the maker's product, not the maker. */
function isProduct(text: string, span: RecognizedSpan): boolean {
  if (TRADEMARK.test(span.text) || TRADEMARK.test(text[span.end] ?? '')) return true;
  // "Meadow Gold® Clover Honey": the run right after a trademarked word is its product's name.
  if (/[®™]\s$/u.test(text.slice(Math.max(0, span.start - 2), span.start))) return true;
  // The part alone after the maker ("an Orvex GPU") leaves the maker named; a model's name between makes a product.
  const words = span.text.split(/\s+/u).length;
  if (ENDS_WITH_PART.test(span.text)) return words >= 3;
  const m = RUNS_INTO_PART.exec(text.slice(span.end, span.end + 60));
  if (!m) return false;
  const more = (m[1] ?? '').trim();
  return words + (more ? more.split(/\s+/u).length : 0) >= 2;
}

/** "3GHz", "8GB": one word written right after a number is its unit. */
function gluedToNumber(text: string, span: RecognizedSpan): boolean {
  return !span.text.includes(' ') && /\p{N}/u.test(text[span.start - 1] ?? '');
}

/** Head words that end one name however many capitalised words come before: an institution, a venue, an event. */
const RUN_HEADS: ReadonlyMap<string, EntityType> = new Map(
  HEAD_WORDS.filter((h) => h.roles.includes('run')).map((h) => [h.word, h.type]),
);
/** Capitalised words and initials ("B.") joined by single spaces: one run of a name. */
const CAPITALISED_RUN = /^(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)(?: (?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){0,7}/u;

/**
 * "Ana B. Gil" + "Mind" + "Marine Biology Institute": one institution named after a person; "Baltic Nations"
 * + " Ocean Summit": one summit. A run from a span's start that ends in a head word becomes one span, when
 * every span it touches lies inside it.
 */
function* joinHeadedRunsSteps(text: string, spans: readonly RecognizedSpan[]): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const out: RecognizedSpan[] = [];
  for (let i = 0; i < ordered.length; i++) {
    if (pause()) yield;
    const span = ordered[i] as RecognizedSpan;
    const run = CAPITALISED_RUN.exec(text.slice(span.start, span.start + 160))?.[0] ?? '';
    // A possessive or a compound ("Ana Gil's Ithaca Holdings", "a Mercer Bay-based Orvex Company") ends
    // the name before it: the head names only what follows.
    if (/[’']s |-\p{Ll}+ /u.test(run)) {
      out.push(span);
      continue;
    }
    // The head ends the run: "Movie Academy Award" names an award, not the academy.
    const head = RUN_HEADS.get(run.slice(run.lastIndexOf(' ') + 1));
    const end = span.start + run.length;
    const type = head && end > span.end ? head : undefined;
    let j = i + 1;
    while (j < ordered.length && (ordered[j] as RecognizedSpan).start < end) j++;
    if (!type || ordered.slice(i + 1, j).some((o) => o.end > end)) {
      out.push(span);
      continue;
    }
    out.push({ start: span.start, end, type, text: text.slice(span.start, end) });
    i = j - 1;
  }
  return out;
}

/** "University of Norland" + ", " + "Eastport": a campus is part of the university's name. */
function joinCampus(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  const out: RecognizedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^University of /u.test(prev.text) &&
      span.type === 'place' &&
      text.slice(prev.end, span.start) === ', ' &&
      !/^\s*\p{Lu}/u.test(text.slice(span.end, span.end + 3))
    ) {
      out[out.length - 1] = { ...prev, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** A title alone is no one's name; a name the tagger ended with an office ("Commons Speaker") is none either. */
function personSpan(span: RecognizedSpan): RecognizedSpan | undefined {
  const last = span.text.split(' ').pop() ?? '';
  if (isTitleWord(last) && !isCommonNounFirstName(last) && !NAMED_BY_TITLE.has(last.toLowerCase()))
    return undefined;
  return span;
}

/** The honorifics that only ever stand before a person's name: "Mr Lund", "Dr. Varga". */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/;
/** An honorific and the capitalised words after it, up to three. */
const HONORIFIC_NAME =
  /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Mx|Dr)\.? (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}])/gu;

/**
 * "Mrs Orla Dunne" the tagger typed an organisation is the person "Orla Dunne"; "Dr Varga" it missed is
 * the person "Varga". A known organisation's name stays whole ("Dr Pepper").
 */
function withHonorificNames(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  const out: RecognizedSpan[] = [];
  for (const span of spans) {
    const space = span.text.indexOf(' ');
    const first = space < 0 ? '' : span.text.slice(0, space);
    if (!HONORIFIC.test(first) || KNOWN_ORGS.has(span.text)) {
      out.push(span);
      continue;
    }
    const start = span.start + space + 1;
    out.push({ ...span, start, text: text.slice(start, span.end), type: 'person' });
  }
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (KNOWN_ORGS.has(m[0]) || out.some((s) => s.start < end && s.end > m.index)) continue;
    // "14 Elm Dr Westfield": after a street's name, "Dr" is the street's "Drive".
    const previous = /(\p{Lu}\p{L}*) $/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (m[0].startsWith('Dr') && previous && !isTitleWord(previous)) continue;
    out.push({ start, end, text: name, type: 'person' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Royal and religious titles name people on their own ("the Pope", "Prince"), and a few are surnames. */
const NAMED_BY_TITLE = words('lady|lord|king|queen|prince|princess|pope|emperor|father|sister|brother|judge');

/** "Harbour Board Chairman" → "Harbour Board"; "the Assembly Rt. Hon." → "the Assembly". */
function withoutTrailingTitle(span: RecognizedSpan): RecognizedSpan | undefined {
  let text = span.text;
  for (;;) {
    const space = text.lastIndexOf(' ');
    if (space < 0) break;
    const last = text.slice(space + 1);
    const before = text.slice(0, space);
    const previous = (before.split(' ').pop() ?? '').toLowerCase();
    const office = OFFICES.has(last.toLowerCase()) || isHonorific(last);
    if (!office || BEFORE_TITLE_IN_NAME.has(previous) || isTitleWord(previous)) break;
    text = before;
  }
  if (text === span.text) return span;
  return { ...span, end: span.start + text.length, text };
}

/** Lower-case particles inside a person's name. */
const PARTICLES =
  /^ (?:de|di|da|del|della|dei|van|von|der|den|ter|ten|bin|ibn|bint|al|el|le|la|du|dos|das|y|van der|van den|de la|von der) $/;

/** Institutions named "X of Y", organisations by the guidelines. */
const INSTITUTIONS = words(
  'university|college|institute|academy|school|bank|ministry|department|council|society|association|federation|office|bureau|church|order',
);
/** Buildings and venues named "X of Y", places by the guidelines. */
const VENUES = words('museum|gallery|library|hospital|cathedral|palace|basilica|temple|stadium');

/** "Luca" and "Sarno" around "di": one person, "Luca di Sarno"; "Museum" and "Modern Art" around "of". */
function joinParticleNames(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const out: RecognizedSpan[] = [];
  for (const span of ordered) {
    const prev = out[out.length - 1];
    const between = text.slice(prev?.end ?? 0, span.start);
    if (prev?.type === 'person' && PARTICLES.test(between)) {
      out[out.length - 1] = { ...prev, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    // "Museum" + " of " + "Modern Art": the tagger cut an institution's name at its "of".
    const head = prev?.text.toLowerCase() ?? '';
    if (prev && between === ' of ' && (INSTITUTIONS.has(head) || VENUES.has(head))) {
      const type = VENUES.has(head) ? 'place' : 'organization';
      out[out.length - 1] = { ...prev, type, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The top-level domains a publication's name may carry ("Newsline.info", "Axios.com"). */
const WEB_ADDRESS_END = /^\.(?:com|org|net|info|io|co|news|tv|us|uk)\b(?!\.\p{L})/u;

/** "Newsline" in "Newsline.info": the name is the address. */
function withWebAddress(text: string, span: RecognizedSpan): RecognizedSpan {
  const m = WEB_ADDRESS_END.exec(text.slice(span.end, span.end + 8));
  if (!m) return span;
  const end = span.end + m[0].length;
  return { ...span, end, text: text.slice(span.start, end) };
}

/** "I’m", "We’re", "They’ve": a pronoun and a verb, capitalised but no one's name. */
const CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d)$/u;

/** "Department of Parks" + " and Recreation": the name goes on to its second object. */
function withConjoinedHead(
  text: string,
  span: RecognizedSpan,
  spans: readonly RecognizedSpan[],
): RecognizedSpan {
  if (span.type !== 'organization' || !span.text.includes(' of ')) return span;
  const m = /^ and (\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}]| \p{Lu})/u.exec(text.slice(span.end, span.end + 40));
  if (!m) return span;
  const end = span.end + m[0].length;
  if (spans.some((o) => o.start < end && o.end > span.end)) return span;
  return { ...span, end, text: text.slice(span.start, end) };
}

/** A credit's label, then only names and the words that join them, up to the span. */
const CREDIT_BEFORE =
  /(?:^|[(\n[|•·])\s*(?:Artists?|Photo(?:graph)?s?|Photo Credit|Image Credit|Credits?|Sources?|Illustrations?|Images?|Courtesy(?: of)?|(?:Photo|Illustration|Image) by)\s*[:：]\s*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.-]*(?:\s+|,\s*|\s+(?:and|&)\s+))*$/u;

/** The span is one of the names a credit gives: "(Artist: Ana Gil)". */
function inCredit(text: string, span: RecognizedSpan): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return CREDIT_BEFORE.test(text.slice(Math.max(lineStart, span.start - 120), span.start));
}

/** "The Pentagon" at a sentence's start: the name is "Pentagon", which the lists know. */
function withoutKnownThe(span: RecognizedSpan): RecognizedSpan {
  if (!span.text.startsWith('The ')) return span;
  const rest = span.text.slice(4);
  if (!KNOWN_ORGS.has(rest) && !PLACES.has(rest)) return span;
  return { ...span, start: span.start + 4, text: rest };
}
