/**
 * The head words of names: the common noun that, written capitalised as the last word of a name,
 * says what kind of thing the whole name is ("Orrin Hospital" a place, "the Velmora Party" an
 * organisation, "the Harbin Summit" an event). English names institutions, geographic features, roads,
 * buildings and happenings this way: a proper part (a person's or a place's name, or a describing word)
 * and then the kind noun, so the kind noun alone types a name whose proper part nobody has heard of.
 *
 * The rule for a word to be here: it is a noun for a kind of organisation (a body, a firm or a firm's
 * trade: "… Records", "… Pictures", a publication, a force), a place (a geographic feature, a road, a
 * district, a building or site) or an event (a meeting, a contest, a conflict, a disaster, an agreement
 * or a protest), and it ends names of that kind in news copy. A word naming two kinds of thing has one
 * row per kind ("Congress": an assembly and its meetings; "Center": a venue and a research body), and a
 * rule that decides a name's kind by its head reads only the words of one kind (`headWordsOfKind`). Words that say what a name is only before
 * it ("Lake Orrin", "Mount X") or only after a possessive ("Sam's Club") are not head words.
 *
 * Each rule that reads a name's last word reads this one table: some read every word of a kind, others
 * only the words that play a role; a role says what the word is trusted to do, not which page needed it.
 */
import type { EntityType } from '../types';

/** The kinds a head word can make a name: never a person's. */
export type HeadType = Exclude<EntityType, 'person'>;

/**
 * What a rule trusts a head word to do beyond ending a name of its kind, which every row does (the
 * rule-based recogniser, refined and corrected types, the glued-word, other-kinds and common-word passes,
 * the tagger's MISC and "person" names and repeated runs never tagged read every row):
 * - `over-tagger`: names only its kind, so it outranks the tagger's organisation or place;
 * - `run`: ends one name however many capitalised words (a person's whole name) come before it, and an
 *   organisation's such head makes the name an organisation whatever person or place opens it
 *   ("Ana Gil Productions", "Wembley Holdings");
 * - `company`: a firm's legal or trade suffix, cue enough at one mention ("Pellmore Technologies");
 * - `venue`: written in lower case after a town's name, still names the venue or force ("the Orrin hospital").
 */
export type HeadRole = 'over-tagger' | 'run' | 'company' | 'venue';

export interface HeadWord {
  /** As written in a name: capitalised ("Bay", "Inc.", "LLC"). */
  readonly word: string;
  readonly type: HeadType;
  readonly roles: readonly HeadRole[];
}

const TABLE: readonly (readonly [string, HeadType, readonly HeadRole[]])[] = [
  // organization
  ['Ministry', 'organization', []],
  ['Department', 'organization', []],
  ['Agency', 'organization', []],
  ['Administration', 'organization', []],
  ['Office', 'organization', []],
  ['Bureau', 'organization', []],
  ['Council', 'organization', []],
  ['Committee', 'organization', []],
  ['Commission', 'organization', []],
  ['Court', 'organization', []],
  ['Congress', 'organization', []],
  ['Senate', 'organization', []],
  ['Parliament', 'organization', []],
  ['Assembly', 'organization', []],
  ['Party', 'organization', []],
  ['Union', 'organization', []],
  ['Association', 'organization', ['run']],
  ['Federation', 'organization', []],
  ['Foundation', 'organization', ['run']],
  ['Institute', 'organization', ['run']],
  ['Institution', 'organization', []],
  ['University', 'organization', ['run']],
  ['College', 'organization', ['run']],
  ['School', 'organization', []],
  ['Academy', 'organization', ['run']],
  ['Bank', 'organization', []],
  ['Fund', 'organization', []],
  ['Corp', 'organization', ['company', 'run']],
  ['Corp.', 'organization', ['company', 'run']],
  ['Corporation', 'organization', ['company', 'run']],
  ['Inc', 'organization', ['company', 'run']],
  ['Inc.', 'organization', ['company', 'run']],
  ['Ltd', 'organization', ['company', 'run']],
  ['Ltd.', 'organization', ['company', 'run']],
  ['Company', 'organization', ['company', 'run']],
  ['Co.', 'organization', ['run']],
  ['Group', 'organization', ['run']],
  ['Holdings', 'organization', ['company', 'run']],
  ['Airlines', 'organization', ['run']],
  ['Airways', 'organization', ['run']],
  ['Motors', 'organization', ['run']],
  ['Systems', 'organization', ['run']],
  ['Technologies', 'organization', ['company', 'run']],
  ['Labs', 'organization', ['company', 'run']],
  ['Network', 'organization', []],
  ['News', 'organization', []],
  ['Times', 'organization', []],
  ['Post', 'organization', []],
  ['Journal', 'organization', []],
  ['Review', 'organization', []],
  ['Herald', 'organization', []],
  ['Tribune', 'organization', []],
  ['Gazette', 'organization', []],
  ['Press', 'organization', []],
  ['Service', 'organization', []],
  ['Services', 'organization', []],
  ['Police', 'organization', ['venue']],
  ['Army', 'organization', []],
  ['Navy', 'organization', []],
  ['Force', 'organization', []],
  ['Forces', 'organization', []],
  ['Guard', 'organization', []],
  ['Organization', 'organization', []],
  ['Organisation', 'organization', []],
  ['Alliance', 'organization', []],
  ['Coalition', 'organization', []],
  ['Movement', 'organization', []],
  ['Front', 'organization', []],
  ['Church', 'organization', []],
  ['Club', 'organization', []],
  ['Society', 'organization', ['run']],
  ['Board', 'organization', []],
  ['Authority', 'organization', []],
  ['Exchange', 'organization', []],
  ['Reserve', 'organization', []],
  ['Team', 'organization', []],
  ['Nations', 'organization', []],
  ['Command', 'organization', []],
  ['LLC', 'organization', ['run']],
  ['Constabulary', 'organization', ['venue']],
  // place
  ['Peninsula', 'place', []],
  ['River', 'place', []],
  ['Sea', 'place', []],
  ['Ocean', 'place', []],
  ['Island', 'place', []],
  ['Islands', 'place', []],
  ['Mountains', 'place', []],
  ['Mountain', 'place', []],
  ['Valley', 'place', []],
  ['Street', 'place', []],
  ['Avenue', 'place', []],
  ['Square', 'place', []],
  ['Province', 'place', []],
  ['County', 'place', []],
  ['Region', 'place', []],
  ['Strait', 'place', []],
  ['Bay', 'place', []],
  ['Gulf', 'place', []],
  ['Lake', 'place', []],
  ['Desert', 'place', []],
  ['Coast', 'place', []],
  ['Airport', 'place', ['run', 'venue']],
  ['Bridge', 'place', []],
  ['Park', 'place', []],
  ['Canal', 'place', []],
  ['Straits', 'place', []],
  ['Harbour', 'place', []],
  ['Harbor', 'place', []],
  ['Beach', 'place', ['venue']],
  ['Museum', 'place', ['run']],
  ['Stadium', 'place', ['run', 'venue']],
  ['Hospital', 'place', ['run', 'venue']],
  ['Locks', 'place', []],
  ['Passage', 'place', []],
  ['Boulevard', 'place', []],
  ['Plaza', 'place', []],
  ['Heights', 'place', []],
  ['Falls', 'place', []],
  ['Canyon', 'place', []],
  ['Pier', 'place', []],
  ['Hills', 'place', []],
  ['Forest', 'place', []],
  ['Glacier', 'place', []],
  ['Reef', 'place', []],
  ['Trail', 'place', []],
  ['Highway', 'place', []],
  ['Road', 'place', []],
  ['Lane', 'place', []],
  ['Drive', 'place', []],
  ['Pass', 'place', []],
  ['Cove', 'place', []],
  ['Wharf', 'place', []],
  ['Marsh', 'place', []],
  ['Dam', 'place', []],
  ['Basin', 'place', []],
  ['Fjord', 'place', []],
  ['Sound', 'place', []],
  ['Peak', 'place', []],
  ['Volcano', 'place', []],
  ['Springs', 'place', []],
  ['Crater', 'place', []],
  ['Camp', 'place', []],
  ['Crossing', 'place', []],
  ['Oasis', 'place', []],
  ['Plateau', 'place', []],
  ['Theater', 'place', ['venue']],
  ['Theatre', 'place', ['venue']],
  ['Arena', 'place', ['venue']],
  ['Prison', 'place', ['venue']],
  ['Mall', 'place', ['venue']],
  ['Cathedral', 'place', ['venue']],
  ['Gallery', 'place', []],
  ['Library', 'place', []],
  ['Palace', 'place', []],
  ['Temple', 'place', []],
  ['Hall', 'place', []],
  ['Tower', 'place', []],
  ['Centre', 'place', []],
  ['Center', 'place', []],
  ['Entertainment', 'organization', ['run']],
  ['Studios', 'organization', []],
  ['Pictures', 'organization', ['run']],
  ['Records', 'organization', []],
  ['Media', 'organization', []],
  ['Communications', 'organization', []],
  ['Pharmaceuticals', 'organization', ['run']],
  ['Industries', 'organization', ['run']],
  ['Partners', 'organization', ['run']],
  ['Ventures', 'organization', ['run']],
  ['Brands', 'organization', []],
  ['Foods', 'organization', []],
  ['Electronics', 'organization', []],
  ['Insurance', 'organization', []],
  ['Telecom', 'organization', []],
  ['Publishing', 'organization', []],
  ['Center', 'organization', []],
  ['Centre', 'organization', []],
  ['PLC', 'organization', ['run']],
  ['Laboratories', 'organization', ['run']],
  ['Productions', 'organization', ['run']],
  ['Robotics', 'organization', ['run']],
  ['Enterprises', 'organization', ['run']],
  ['Therapeutics', 'organization', ['run']],
  ['Dynamics', 'organization', ['run']],
  ['Aerospace', 'organization', ['run']],
  // event
  ['Summit', 'event', ['over-tagger', 'run']],
  ['Olympics', 'event', ['over-tagger']],
  ['Games', 'event', []],
  ['Cup', 'event', []],
  ['War', 'event', ['over-tagger']],
  ['Conference', 'event', ['run']],
  ['Festival', 'event', ['over-tagger', 'run']],
  ['Election', 'event', ['over-tagger']],
  ['Elections', 'event', ['over-tagger']],
  ['Revolution', 'event', ['over-tagger']],
  ['Crisis', 'event', []],
  ['Championship', 'event', ['over-tagger']],
  ['Championships', 'event', ['over-tagger', 'run']],
  ['Open', 'event', []],
  ['Marathon', 'event', ['over-tagger']],
  ['Forum', 'event', []],
  ['Expo', 'event', ['over-tagger']],
  ['Referendum', 'event', ['over-tagger']],
  ['Treaty', 'event', []],
  ['Accord', 'event', []],
  ['Accords', 'event', []],
  ['Agreement', 'event', []],
  ['Massacre', 'event', ['over-tagger']],
  ['Attack', 'event', []],
  ['Attacks', 'event', []],
  ['Uprising', 'event', ['over-tagger']],
  ['Spring', 'event', []],
  ['Protests', 'event', []],
  ['Hurricane', 'event', []],
  ['Storm', 'event', []],
  ['Earthquake', 'event', []],
  ['Pandemic', 'event', []],
  ['Summits', 'event', []],
  ['Wars', 'event', []],
  ['Tournament', 'event', ['over-tagger']],
  ['Invasion', 'event', ['over-tagger']],
  ['Talks', 'event', []],
  ['Congress', 'event', []],
  ['Rally', 'event', []],
  ['Convention', 'event', []],
  ['Fair', 'event', ['over-tagger']],
  ['Show', 'event', ['over-tagger']],
  ['Exposition', 'event', ['over-tagger']],
  ['Exhibition', 'event', ['over-tagger']],
];

export const HEAD_WORDS: readonly HeadWord[] = TABLE.map(([word, type, roles]) => ({ word, type, roles }));

/**
 * The head words of a kind (any kind when undefined), as written in names: all of them, or those that
 * play any of the roles given.
 */
export function headWords(type: HeadType | undefined, ...roles: HeadRole[]): ReadonlySet<string> {
  return new Set(
    HEAD_WORDS.filter(
      (h) =>
        (type === undefined || h.type === type) &&
        (roles.length === 0 || h.roles.some((r) => roles.includes(r))),
    ).map((h) => h.word),
  );
}

/**
 * Every head word of one kind that names no other kind: the words whose row alone says the name's kind
 * ("Orrin Locks" is a place; "Orrin Center" may be a venue or a research body).
 */
export function headWordsOfKind(type: HeadType): ReadonlySet<string> {
  const other = new Set(HEAD_WORDS.filter((h) => h.type !== type).map((h) => h.word));
  return new Set(HEAD_WORDS.filter((h) => h.type === type && !other.has(h.word)).map((h) => h.word));
}

/** A set of head words in lower case, for rules that read lower-cased tokens. */
export function lowerCase(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words].map((w) => w.toLowerCase()));
}

/** `headWords` in lower case, for rules that read lower-cased tokens or lower-case nouns. */
export function lowerCaseHeadWords(type: HeadType | undefined, ...roles: HeadRole[]): ReadonlySet<string> {
  return new Set([...headWords(type, ...roles)].map((w) => w.toLowerCase()));
}

/** Words that end organisation names, whatever else they may end ("Congress", "Center"). */
export const ORG_HEADS = headWords('organization');
/** Words that end event names. */
export const EVENT_HEADS = headWords('event');
/** Words that end place names ("Korean Peninsula", "Yalu River"). */
export const PLACE_HEADS = headWords('place');
