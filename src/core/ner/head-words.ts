/**
 * The head words of names: the common noun that, written capitalised as the last word of a name,
 * says what kind of thing the whole name is ("Orrin Hospital" a place, "the Velmora Party" an
 * organisation, "the Harbin Summit" an event). English names institutions, geographic features, roads,
 * buildings and happenings this way: a proper part (a person's or a place's name, or a describing word)
 * and then the kind noun, so the kind noun alone types a name whose proper part nobody has heard of.
 *
 * The rule for a word to be here: it is a count noun for a kind of organisation (a body, a firm, a
 * publication, a force), a place (a geographic feature, a road, a district, a building or site) or an
 * event (a meeting, a contest, a conflict, a disaster, an agreement or a protest), and it ends names of
 * that kind in news copy. A word naming two kinds of thing has one row per kind ("Congress": an assembly
 * and its meetings; "Center": a venue and a research body), and a rule that decides a name's kind by its
 * head reads only the words of one kind (`headWordsOfKind`). Words that say what a name is only before
 * it ("Lake Orrin", "Mount X") or only after a possessive ("Sam's Club") are not head words.
 *
 * Each rule that reads a name's last word reads this one table: some read every word of a kind, others
 * only the words that play a role; a role says what the word is trusted to do, not which page needed it.
 */
import type { EntityType } from '../types';

/** The kinds a head word can make a name: never a person's. */
export type HeadType = Exclude<EntityType, 'person'>;

/**
 * What a rule trusts a head word to do:
 * - `rules`: types a name wherever the product's rules read its last word (the rule-based recogniser,
 *   refined and corrected types, the other-kinds and common-word passes);
 * - `over-tagger`: names only its kind, so it outranks the tagger's organisation or place;
 * - `run`: ends one name however many capitalised words (a person's whole name) come before it;
 * - `repeat`: a cue that a run never tagged but written again and again is a place;
 * - `company`: a firm's legal or trade suffix, cue enough at one mention ("Pellmore Technologies");
 * - `venue`: written in lower case after a town's name, still names the venue or force ("the Orrin hospital");
 * - `keeps-run`: keeps a run of common words a name ("the Glass Museum").
 */
export type HeadRole = 'rules' | 'over-tagger' | 'run' | 'repeat' | 'company' | 'venue' | 'keeps-run';

export interface HeadWord {
  /** As written in a name: capitalised ("Bay", "Inc.", "LLC"). */
  readonly word: string;
  readonly type: HeadType;
  readonly roles: readonly HeadRole[];
}

const TABLE: readonly (readonly [string, HeadType, readonly HeadRole[]])[] = [
  // organization
  ['Ministry', 'organization', ['rules']],
  ['Department', 'organization', ['rules']],
  ['Agency', 'organization', ['rules']],
  ['Administration', 'organization', ['rules']],
  ['Office', 'organization', ['rules']],
  ['Bureau', 'organization', ['rules']],
  ['Council', 'organization', ['rules']],
  ['Committee', 'organization', ['rules']],
  ['Commission', 'organization', ['rules']],
  ['Court', 'organization', ['rules']],
  ['Congress', 'organization', ['rules']],
  ['Senate', 'organization', ['rules']],
  ['Parliament', 'organization', ['rules']],
  ['Assembly', 'organization', ['rules']],
  ['Party', 'organization', ['rules']],
  ['Union', 'organization', ['rules']],
  ['Association', 'organization', ['rules', 'run']],
  ['Federation', 'organization', ['rules']],
  ['Foundation', 'organization', ['rules', 'run']],
  ['Institute', 'organization', ['rules', 'run']],
  ['Institution', 'organization', ['rules']],
  ['University', 'organization', ['rules', 'run']],
  ['College', 'organization', ['rules', 'run']],
  ['School', 'organization', ['rules']],
  ['Academy', 'organization', ['rules', 'run']],
  ['Bank', 'organization', ['rules']],
  ['Fund', 'organization', ['rules']],
  ['Corp', 'organization', ['rules', 'company']],
  ['Corp.', 'organization', ['rules', 'company']],
  ['Corporation', 'organization', ['rules', 'company']],
  ['Inc', 'organization', ['rules', 'company']],
  ['Inc.', 'organization', ['rules', 'company']],
  ['Ltd', 'organization', ['rules', 'company']],
  ['Ltd.', 'organization', ['rules', 'company']],
  ['Company', 'organization', ['rules', 'company']],
  ['Co.', 'organization', ['rules']],
  ['Group', 'organization', ['rules']],
  ['Holdings', 'organization', ['rules', 'company']],
  ['Airlines', 'organization', ['rules']],
  ['Airways', 'organization', ['rules']],
  ['Motors', 'organization', ['rules']],
  ['Systems', 'organization', ['rules']],
  ['Technologies', 'organization', ['rules', 'company']],
  ['Labs', 'organization', ['rules', 'company']],
  ['Network', 'organization', ['rules']],
  ['News', 'organization', ['rules']],
  ['Times', 'organization', ['rules']],
  ['Post', 'organization', ['rules']],
  ['Journal', 'organization', ['rules']],
  ['Review', 'organization', ['rules']],
  ['Herald', 'organization', ['rules']],
  ['Tribune', 'organization', ['rules']],
  ['Gazette', 'organization', ['rules']],
  ['Press', 'organization', ['rules']],
  ['Service', 'organization', ['rules']],
  ['Services', 'organization', ['rules']],
  ['Police', 'organization', ['rules', 'venue']],
  ['Army', 'organization', ['rules']],
  ['Navy', 'organization', ['rules']],
  ['Force', 'organization', ['rules']],
  ['Forces', 'organization', ['rules']],
  ['Guard', 'organization', ['rules']],
  ['Organization', 'organization', ['rules']],
  ['Organisation', 'organization', ['rules']],
  ['Alliance', 'organization', ['rules']],
  ['Coalition', 'organization', ['rules']],
  ['Movement', 'organization', ['rules']],
  ['Front', 'organization', ['rules']],
  ['Church', 'organization', ['rules']],
  ['Club', 'organization', ['rules']],
  ['Society', 'organization', ['rules', 'run']],
  ['Board', 'organization', ['rules']],
  ['Authority', 'organization', ['rules']],
  ['Exchange', 'organization', ['rules']],
  ['Reserve', 'organization', ['rules']],
  ['Team', 'organization', ['rules']],
  ['Nations', 'organization', ['rules']],
  ['Command', 'organization', ['rules']],
  ['LLC', 'organization', []],
  ['Constabulary', 'organization', ['venue']],
  // place
  ['Peninsula', 'place', ['rules']],
  ['River', 'place', ['rules']],
  ['Sea', 'place', ['rules']],
  ['Ocean', 'place', ['rules']],
  ['Island', 'place', ['rules']],
  ['Islands', 'place', ['rules']],
  ['Mountains', 'place', ['rules']],
  ['Mountain', 'place', ['rules']],
  ['Valley', 'place', ['rules', 'repeat']],
  ['Street', 'place', ['rules']],
  ['Avenue', 'place', ['rules']],
  ['Square', 'place', ['rules']],
  ['Province', 'place', ['rules']],
  ['County', 'place', ['rules']],
  ['Region', 'place', ['rules']],
  ['Strait', 'place', ['rules']],
  ['Bay', 'place', ['rules']],
  ['Gulf', 'place', ['rules']],
  ['Lake', 'place', ['rules']],
  ['Desert', 'place', ['rules', 'repeat']],
  ['Coast', 'place', ['rules']],
  ['Airport', 'place', ['rules', 'run', 'venue']],
  ['Bridge', 'place', ['rules']],
  ['Park', 'place', ['rules']],
  ['Canal', 'place', ['rules']],
  ['Straits', 'place', []],
  ['Harbour', 'place', []],
  ['Harbor', 'place', []],
  ['Beach', 'place', ['venue']],
  ['Museum', 'place', ['run', 'keeps-run']],
  ['Stadium', 'place', ['run', 'venue', 'keeps-run']],
  ['Hospital', 'place', ['run', 'venue', 'keeps-run']],
  ['Locks', 'place', []],
  ['Passage', 'place', []],
  ['Boulevard', 'place', []],
  ['Plaza', 'place', []],
  ['Heights', 'place', []],
  ['Falls', 'place', []],
  ['Canyon', 'place', ['repeat']],
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
  ['Basin', 'place', ['repeat']],
  ['Fjord', 'place', []],
  ['Sound', 'place', []],
  ['Peak', 'place', []],
  ['Volcano', 'place', []],
  ['Springs', 'place', []],
  ['Crater', 'place', ['repeat']],
  ['Camp', 'place', ['repeat']],
  ['Crossing', 'place', ['repeat']],
  ['Oasis', 'place', ['repeat']],
  ['Plateau', 'place', ['repeat']],
  ['Theater', 'place', ['venue']],
  ['Theatre', 'place', ['venue']],
  ['Arena', 'place', ['venue']],
  ['Prison', 'place', ['venue']],
  ['Mall', 'place', ['venue']],
  ['Cathedral', 'place', ['venue', 'keeps-run']],
  ['Gallery', 'place', ['keeps-run']],
  ['Library', 'place', ['keeps-run']],
  ['Palace', 'place', ['keeps-run']],
  ['Temple', 'place', ['keeps-run']],
  ['Hall', 'place', ['keeps-run']],
  ['Tower', 'place', ['keeps-run']],
  ['Centre', 'place', ['keeps-run']],
  ['Center', 'place', ['keeps-run']],
  ['Center', 'organization', []],
  ['Centre', 'organization', []],
  // event
  ['Summit', 'event', ['rules', 'over-tagger', 'run']],
  ['Olympics', 'event', ['rules', 'over-tagger']],
  ['Games', 'event', ['rules']],
  ['Cup', 'event', ['rules']],
  ['War', 'event', ['rules', 'over-tagger']],
  ['Conference', 'event', ['rules', 'run']],
  ['Festival', 'event', ['rules', 'over-tagger', 'run']],
  ['Election', 'event', ['rules', 'over-tagger']],
  ['Elections', 'event', ['rules', 'over-tagger']],
  ['Revolution', 'event', ['rules', 'over-tagger']],
  ['Crisis', 'event', ['rules']],
  ['Championship', 'event', ['rules', 'over-tagger']],
  ['Championships', 'event', ['rules', 'over-tagger', 'run']],
  ['Open', 'event', ['rules']],
  ['Marathon', 'event', ['rules', 'over-tagger']],
  ['Forum', 'event', ['rules']],
  ['Expo', 'event', ['rules', 'over-tagger']],
  ['Referendum', 'event', ['rules', 'over-tagger']],
  ['Treaty', 'event', ['rules']],
  ['Accord', 'event', ['rules']],
  ['Accords', 'event', ['rules']],
  ['Agreement', 'event', ['rules']],
  ['Massacre', 'event', ['rules', 'over-tagger']],
  ['Attack', 'event', ['rules']],
  ['Attacks', 'event', ['rules']],
  ['Uprising', 'event', ['rules', 'over-tagger']],
  ['Spring', 'event', ['rules']],
  ['Protests', 'event', ['rules']],
  ['Hurricane', 'event', ['rules']],
  ['Storm', 'event', ['rules']],
  ['Earthquake', 'event', ['rules']],
  ['Pandemic', 'event', ['rules']],
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

/** Words that end organisation names. */
export const ORG_HEADS = headWords('organization', 'rules');
/** Head words of named events. */
export const EVENT_HEADS = headWords('event', 'rules');
/** Words that end place names ("Korean Peninsula", "Yalu River"). */
export const PLACE_HEADS = headWords('place', 'rules');
