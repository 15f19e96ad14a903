/**
 * Type corrections after tagging, from how a name is written and what stands around it. A tagger
 * trained on 1996 newswire takes an unknown one-word brand for a surname ("Zoomcart", "Fetchly") and an
 * unknown place with an English head word for a company ("Harrow Locks"). Each rule here is about
 * the name's own form or its sentence, never about one page:
 *
 * - a name the hand-kept lists know, behind a leading "The" ("The Pentagon"), takes the lists' type;
 * - a one-word name written in inner capitals ("TaskBee", "ZoomCart") is a brand: an organisation, unless
 *   it is a name prefix ("McCain", "LeBron", "DeSantis") or a known person or place;
 * - a one-word name listed beside organisations ("Uber, Lyft or Fetchly", "Korvix and Foxconn") is
 *   one too, unless the lists know it as a person or a place;
 * - the maker of a product the article names is an organisation ("Sonora" beside "Sonora Vue");
 * - a name ending in a place's head word ("Harrow Locks", "Keel Passage") or opening with one
 *   ("Boulevard Delmas", "Lake Orrin", "Fort Collins") is a place;
 * - an unknown name right before an event noun ("the Cloudfest conference", "the Grey Fever
 *   pandemic") is the event;
 * - a name after a place noun ("the planet Kepler", "the city of Ur", "the gas giant Orvo") is a
 *   place, and so is a place the lists know written after "in", "at" or "near" ("in Tulsa");
 * - a noun before "called", "named" or "known as" types the name after it ("a startup called X", "the
 *   forces known as X"; `kind-lists.ts`);
 * - an organisation's name without its head word, written again, is that organisation ("Norland State" of
 *   "Norland State University"); so is a centre, lab or programme an organisation's possessive introduces
 *   ("Oracle's Halvorsen Center"), the place a graduate comes from ("a graduate of Mount Tessa") and a name
 *   right before "magazine" or "newspaper" with no article ("an article by Denver magazine");
 * - "the Ruvane regime", "the Pell administration": the name is its leader's, a person; "the Tane Moana
 *   group", "the Orrin coalition": the name is the group's, an organisation; "his Tolley Bay farm": the
 *   name before a home's noun, after a possessive pronoun, is a place;
 * - a known place before a company's noun is where the company is ("the Denver entertainment giant");
 * - a web address ("Factline.info") is an organisation; "Watergate", "Brexit" are events;
 * - two places joined by a hyphen ("Austria-Hungary") are a place;
 * - a name a US state's name follows after a comma ("Kent, Washington") is a place, and so is every name
 *   of a list a plural place noun follows ("Barry, Ashby and Van Buren counties");
 * - a place noun set after a name with a comma ("Addison, a village") makes it a place, though the lists
 *   know the name as a person's;
 * - initials in brackets right after a name ("Republic of Norland (RN)") take that name's type;
 * - a name ending in a company's head word ("Wembley Holdings", "Ana Gil Productions") is an organisation,
 *   whatever name opens it;
 * - a one-word name that opens or closes a longer name of the article is that name's short form and
 *   takes its type: "Mary-Jo" of "Mary-Jo Pell" is a person, "Lumen" of "Lumen Weekly" an
 *   organisation (unless the lists know the word as that other kind).
 */
import { isAcronymOf } from '../entities/names';
import { pacer, runToEnd, type Steps } from '../steps';
import type { EntityType, RecognizedSpan } from '../types';
import { headWords, headWordsOfKind, ORG_HEADS } from './head-words';
import { KNOWN_ORGS, PLACES, US_STATES } from './lexicon';
import { appositionKind, coordinatedRuns, listKindsSteps, placeListSpans } from './kind-lists';
import { bareName, LEXICON_NAMES, type KnownNames } from './other-kinds';
import { PRODUCTS } from './other-kinds-lexicon';

/** Last words that make a place of a name with no organisation's head word in it ("Locks", "Passage", "Heights"). */
const PLACE_LAST = headWordsOfKind('place');
/** Heads that end one organisation's name whoever opens it ("Wembley Holdings", "Ana Gil Productions"). */
const FIRM_HEADS = headWords('organization', 'run');
/** First words of place names ("Boulevard Delmas", "Lake Orrin", "Fort Collins"). */
const PLACE_FIRST = new Set('Boulevard|Rue|Avenue|Lake|Fort|Cape|Port|Isle|Mount|Mt.'.split('|'));
/** "his Tolley Bay farm", "their Orrin ranch": after a possessive pronoun, a name before a home's noun is where it is. */
const HOME_AFTER = /^\s+(?:farm|ranch|estate|vineyard|village|hometown)\b/;
const POSSESSIVE_PRONOUN_BEFORE = /\b(?:his|her|their|our|my)\s+$/i;
/** Nouns that make the name before them a group's: "a member of the Tane Moana group". */
const GROUP_AFTER =
  /^\s+(?:group|organi[sz]ation|collective|coalition|consortium|charity|movement|militia|alliance)\b/;
/** Event nouns that name the event before them when the name is no known company or place. */
const EVENT_AFTER =
  /^\s+(?:conference|convention|summit|festival|expo|pandemic|epidemic|scandal|hurricane|uprising)\b/;
/** A one-word name written as a web address. */
const WEBSITE = /^[\p{L}\d-]+\.(?:com|org|net|info|io|co\.uk|news|tv)$/iu;
/** Happenings known by one name, which a tagger takes for a person or a place. */
const NAMED_HAPPENINGS = new Set(['Watergate', 'Brexit', 'Holocaust', 'Olympics', 'Paralympics']);
/** Names written in inner capitals that are people's: "McCain", "MacArthur", "LeBron", "DeSantis", "DiCaprio". */
const NAME_PREFIX = /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O['’])\p{Lu}/u;
const INNER_CAPITALS = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
/** Nouns before a place's name: "the planet X", "the city of X", "the gas giant X". */
const PLACE_NOUN_BEFORE =
  /\b(?:the|a|an)\s+(?:(?:living|dwarf|distant|home|ice|gas)\s+)?(?:planet|moon|world|giant|asteroid|comet|star|galaxy|(?:city|town|village|island|state|province|region|county|district|country|kingdom|republic|port)\s+of)\s+$/i;
/** Words before a known place that make it the place: "in Denver", "near Tulsa". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|around|throughout)\s+$/i;
/** Last words of a unit an organisation runs: "the Norland Institute's Halvorsen Center". */
const UNIT_HEADS = new Set(
  'Center|Centre|Institute|Laboratory|Lab|Labs|Program|Programme|Initiative|Project|School|College|Clinic'.split(
    '|',
  ),
);
/**
 * Head words an institution is named without ("Norland State" of "Norland State University"); not a
 * paper's ("Times", "Journal"), whose name without its head is often a place or a street.
 */
const STEM_HEADS = new Set(
  'University|College|Institute|Academy|Foundation|Society|Association|Corporation'.split('|'),
);
/** "the Ruvo regime", "the Pell administration": a regime or an administration is named after its leader. */
const LEADER_AFTER = /^\s+(?:regime|administration|presidency|dynasty)\b/;
/** "told Lakeside magazine", "by Harbor Weekly newspaper": with no article before, the noun's name is the publication. */
const PUBLICATION_AFTER = /^\s+(?:magazine|newspaper)\b/;
const ARTICLE_BEFORE = /\b(?:a|an|the|one|another|this|that|local|its|their|his|her)\s+$/i;
/** "the Tulsa entertainment giant", "the Denver-based firm": a place before a company's noun is where it is. */
const COMPANY_NOUN_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:giant|company|firm|start-?up|maker|conglomerate|retailer|chain|group)\b/u;
/** "a graduate of X", "studied at X": X is a school. */
const SCHOOL_BEFORE =
  /\b(?:(?:graduate|graduates|alumnus|alumna|alumni|alumnae|dropout)\s+of|graduated\s+from|studied\s+at|enrolled\s+at)\s+$/i;

export function correctTypes(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): RecognizedSpan[] {
  return runToEnd(correctTypesSteps(text, spans, known));
}

/** Names judged between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `correctTypes` as steps (`core/steps.ts`): every rule reads each name, tens of thousands on a long article. */
export function* correctTypesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  yield;
  // Each reading of every name below took tens of ms on a 200,000-word article: they pause too.
  const makers = yield* productMakers(ordered, pause);
  const retyped = new Map<string, EntityType>();
  const shortForms = yield* shortFormTypes(ordered, pause);
  const stems = yield* organisationStems(ordered, pause);
  const unitsOfOrganisations = yield* unitsOf(text, ordered, known, pause);
  const fix = (span: RecognizedSpan): EntityType | undefined => {
    const name = bareName(span.text);
    const lexicon = lexiconType(span.text);
    if (lexicon) return lexicon;
    if (span.type === 'event') return undefined;
    // "Factline.info", "Salon.com": a website is the organisation that runs it.
    if (WEBSITE.test(name)) return 'organization';
    if (NAMED_HAPPENINGS.has(name)) return 'event';
    const words = name.split(' ');
    // "Wembley Holdings", "Ana Gil Productions": a company's head word outweighs the place or person
    // that opens the name.
    if (words.length > 1 && FIRM_HEADS.has(words[words.length - 1] as string)) return 'organization';
    const knownPersonOrPlace = known.person(name) || known.place(name);
    const fullType = words.length === 1 ? shortForms.get(name) : undefined;
    if (
      fullType === 'person' &&
      span.type === 'organization' &&
      !/^\p{Lu}{2,}$/u.test(name) && // an acronym ("PFF") is no one's first name or surname
      !known.organization(name) &&
      !known.place(name)
    )
      return 'person';
    if (fullType === 'organization' && span.type === 'person' && !known.person(name)) return 'organization';
    if (words.length === 1 && span.type !== 'organization' && !knownPersonOrPlace) {
      if (INNER_CAPITALS.test(name) && !NAME_PREFIX.test(name)) return 'organization';
      if (makers.has(name)) return 'organization';
    }
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 40);
    // "Norland State" after "Norland State University"; "the Institute's Halvorsen Center"; "a graduate of
    // Lake Orrin"; "told Lakeside magazine". Whatever the type, so no place word below turns them back.
    if (
      (words.length > 1 && stems.has(name) && !known.place(name)) ||
      unitsOfOrganisations.has(span) ||
      SCHOOL_BEFORE.test(before) ||
      (PUBLICATION_AFTER.test(after) && !ARTICLE_BEFORE.test(before))
    )
      return 'organization';
    if (
      words.length === 1 &&
      span.type !== 'person' &&
      LEADER_AFTER.test(after) &&
      /\bthe\s+$/i.test(before) &&
      !known.place(name) &&
      !known.organization(name) &&
      !known.demonym(name)
    )
      return 'person';
    if (
      span.type === 'organization' &&
      known.place(name) &&
      !known.organization(name) &&
      /\bthe\s+$/i.test(before) &&
      COMPANY_NOUN_AFTER.test(after)
    )
      return 'place';
    if (words.length > 1 && span.type !== 'place' && !words.some((w) => ORG_HEADS.has(w))) {
      if (PLACE_LAST.has(words[words.length - 1] as string) || PLACE_FIRST.has(words[0] as string))
        return 'place';
    }
    if (
      span.type !== 'place' &&
      PLACE_NOUN_BEFORE.test(before) &&
      !known.organization(name) &&
      !known.person(name)
    )
      return 'place';
    if (span.type === 'person' && known.place(name) && !known.person(name) && LOCATIVE_BEFORE.test(before))
      return 'place';
    // "Blue Origin, Kent, Washington", "offices in Palo Alto, California": a name the state follows is a
    // place in it, unless the lists know it only as a person or an organisation.
    if (
      span.type !== 'place' &&
      inUsState(after) &&
      !words.some((w) => ORG_HEADS.has(w)) &&
      (known.place(name) || (!known.person(name) && !known.organization(name)))
    )
      return 'place';
    if (words.length === 1 && span.type !== 'place' && /^[\p{L}]+-[\p{L}]+$/u.test(name)) {
      const [a, b] = name.split('-') as [string, string];
      if (known.place(a) && known.place(b)) return 'place';
    }
    if (span.type !== 'place' && HOME_AFTER.test(after) && POSSESSIVE_PRONOUN_BEFORE.test(before))
      return 'place';
    if (
      span.type !== 'organization' &&
      GROUP_AFTER.test(after) &&
      /\b(?:the|a|an)\s+$/i.test(before) &&
      !known.person(name) &&
      !known.place(name)
    )
      return 'organization';
    if (
      span.type !== 'person' &&
      EVENT_AFTER.test(text.slice(span.end, span.end + 20)) &&
      !known.organization(name) &&
      !known.place(name)
    )
      return 'event';
    return undefined;
  };
  yield;
  for (const span of ordered) {
    if (pause()) yield;
    const type = fix(span);
    if (type && type !== span.type) retyped.set(bareName(span.text), type);
  }
  // "the Democratic Republic of Norland (DRN)": initials in brackets right after a name are that name,
  // of its type.
  ordered.forEach((span, i) => {
    const long = ordered[i - 1];
    if (!long || text.slice(long.end, span.start) !== ' (' || text[span.end] !== ')') return;
    const type = retyped.get(bareName(long.text)) ?? long.type;
    if (type !== span.type && isAcronymOf(span.text, long.text)) retyped.set(bareName(span.text), type);
  });
  // "companies such as Acme and Zoomcart", "worlds like Vesk": the list's noun says what its names are,
  // unless the lists know a name as another kind.
  for (const [span, kind] of yield* listKindsSteps(text, ordered)) {
    if (pause()) yield;
    const name = bareName(span.text);
    if (kind === 'other' || kind === span.type || known.demonym(name)) continue;
    const knownOther =
      (kind !== 'person' && known.person(name)) ||
      (kind !== 'place' && known.place(name)) ||
      (kind !== 'organization' && known.organization(name));
    // "of Addison, a village near …": a place noun set right after the name outweighs a first name's
    // entry in the lists, not a company's.
    const placeSaid = kind === 'place' && !known.organization(name) && appositionKind(text, span) === 'place';
    if (!knownOther || placeSaid) retyped.set(name, kind);
  }
  // "in Barry, Ashby and Van Buren counties": the plural after the list says every name is a place.
  const placeLists = placeListSpans(text, ordered);
  for (const span of placeLists) {
    const name = bareName(span.text);
    if (span.type !== 'place' && !known.organization(name)) retyped.set(name, 'place');
  }
  // Beside organisations in a list: after the rules above, so their organisations count. A surname of
  // someone the article names in full stays a person ("the FBI and Comey").
  const surnames = new Set(
    ordered
      .filter((s) => s.type === 'person' && s.text.includes(' '))
      .flatMap((s) => bareName(s.text).split(' ')),
  );
  const typeOf = (o: RecognizedSpan): EntityType => retyped.get(bareName(o.text)) ?? o.type;
  yield;
  const runs = coordinatedRuns(text, ordered);
  yield;
  for (const list of runs.filter((run) => run.length > 1)) {
    if (pause()) yield;
    // "SpaceX, Hawthorne, California": a known place in the run makes it an address, not a list.
    if (list.some((o) => known.place(bareName(o.text)) || placeLists.has(o))) continue;
    const orgs = list.filter((o) => typeOf(o) === 'organization').length;
    for (const span of list) {
      const name = bareName(span.text);
      if (typeOf(span) === 'organization' || name.includes(' ') || surnames.has(name)) continue;
      if (span.type === 'event' || known.person(name) || known.place(name) || known.demonym(name)) continue;
      // At least half of the other names in the list are organisations.
      if (orgs > 0 && orgs * 2 >= list.length - 1) retyped.set(name, 'organization');
    }
  }
  yield;
  return spans.map((span) => {
    const type = retyped.get(bareName(span.text));
    return type && type !== span.type ? { ...span, type } : span;
  });
}

/** ", Washington." or ", California, and" or a line's end: a US state's name, alone, right after the name. */
function inUsState(after: string): boolean {
  const m = /^,\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,.;:)]|\s+\p{Ll}|\s*\n|\s*$)/u.exec(after);
  return m !== null && US_STATES.has(m[1] as string);
}

/**
 * The type of each word that opens a longer person's or organisation's name in the article ("Mary-Jo"
 * of "Mary-Jo Pell", "Lumen" of "Lumen Weekly"), or closes a person's ("Pell"). A word two
 * names of different types share has none.
 */
function* shortFormTypes(
  spans: readonly RecognizedSpan[],
  pause: () => boolean,
): Steps<Map<string, EntityType | undefined>> {
  const types = new Map<string, EntityType | undefined>();
  const note = (word: string, type: EntityType): void => {
    types.set(word, types.has(word) && types.get(word) !== type ? undefined : type);
  };
  for (const s of spans) {
    if (pause()) yield;
    const words = bareName(s.text).split(' ');
    if (words.length < 2) continue;
    if (s.type === 'person') {
      note(words[0] as string, 'person');
      note(words[words.length - 1] as string, 'person');
    } else if (s.type === 'organization') note(words[0] as string, 'organization');
  }
  return types;
}

/** "The Pentagon", "The Netherlands": the lexicon's type of the name behind a leading "The". */
function lexiconType(surface: string): EntityType | undefined {
  if (!/^The\s/.test(surface)) return undefined;
  const name = bareName(surface);
  if (KNOWN_ORGS.has(name)) return 'organization';
  if (PLACES.has(name)) return 'place';
  return undefined;
}

/** First words of the products the article names ("Sonora" of "Sonora Vue"): their makers. */
function* productMakers(spans: readonly RecognizedSpan[], pause: () => boolean): Steps<Set<string>> {
  const makers = new Set<string>();
  for (const s of spans) {
    if (pause()) yield;
    const name = bareName(s.text);
    const words = name.split(' ');
    if (words.length > 1 && PRODUCTS.has(name) && !PRODUCTS.has(words[0] as string))
      makers.add(words[0] as string);
  }
  return makers;
}

/**
 * "Norland State" of "Norland State University", "Pell Memorial" of "Pell Memorial Hospital": an
 * organisation's name without its head word, as the article writes it again. Names of three words or more,
 * so a stem is never one word that may be a place ("Norland" of "Norland University").
 */
function* organisationStems(spans: readonly RecognizedSpan[], pause: () => boolean): Steps<Set<string>> {
  const stems = new Set<string>();
  for (const s of spans) {
    if (pause()) yield;
    const words = bareName(s.text).split(' ');
    if (s.type === 'organization' && words.length >= 3 && STEM_HEADS.has(words[words.length - 1] as string))
      stems.add(words.slice(0, -1).join(' '));
  }
  return stems;
}

/**
 * "the Norland Institute's Halvorsen Center", "Acme's Skunk Lab": a centre, lab or programme an
 * organisation's possessive introduces is a unit of that organisation, so an organisation too.
 */
function* unitsOf(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
  pause: () => boolean,
): Steps<Set<RecognizedSpan>> {
  const units = new Set<RecognizedSpan>();
  for (const [i, span] of spans.entries()) {
    if (pause()) yield;
    const owner = spans[i - 1];
    const words = bareName(span.text).split(' ');
    if (!owner || words.length < 2 || !UNIT_HEADS.has(words[words.length - 1] as string)) continue;
    // A place's possessive introduces a venue ("Norland's Halvorsen Center"), not a unit.
    if (
      owner.type === 'place' ||
      (owner.type !== 'organization' && !known.organization(bareName(owner.text)))
    )
      continue;
    const between = text.slice(owner.end, span.start);
    if (/^(?:['’]s)?\s+$/u.test(between) && /['’]s\s+$/u.test(text.slice(owner.start, span.start)))
      units.add(span);
  }
  return units;
}
