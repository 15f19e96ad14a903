/**
 * Words about people that are not their names: honorifics ("Mr", "Sir"), titles ("President-elect"),
 * and the role nouns news uses to say who someone is ("chemist", "co-founder", "spokeswoman").
 * Grouping strips the first two from names; descriptions are built around the third.
 */
import { PERSON_TITLES, ROLE_NOUNS } from '../ner/lexicon';

const words = (s: string): Set<string> => new Set(s.split('|'));

/** Forms of address: they say nothing about who someone is, so they are never a description. */
const HONORIFICS = words('mr|mrs|ms|miss|mx|dr|sir|dame|madam|mme|hon|rt|prof|rev|revd');

/** Titles written before a name; "President-elect" and "ex-President" are titles too. */
const TITLES = new Set(
  [...PERSON_TITLES]
    .flatMap((t) => t.split(' '))
    .map(key)
    .filter((w) => w !== 'of' && w !== 'state' && w !== 'defense')
    .concat(['cmdr', 'capt', 'maj', 'sgt', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'adm', 'supt', 'insp']),
);

/** Abbreviated titles read better written out in a description ("incumbent Gov." → "incumbent Governor"). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'Gov.': 'Governor',
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gen.': 'General',
  'Col.': 'Colonel',
  'Lt.': 'Lieutenant',
  'Sgt.': 'Sergeant',
  'Adm.': 'Admiral',
  'Cmdr.': 'Commander',
  'Capt.': 'Captain',
  'Maj.': 'Major',
};

/**
 * Role nouns beyond the recogniser's list: occupations and positions news puts next to a name.
 * Lower case; a hyphenated role is judged by its last part ("co-founder", "then-governor").
 */
const MORE_ROLES = words(
  'ombudsman|ombudswoman|ombudsperson|registrar|comptroller|ceo|cfo|coo|cto|president|chair|chairwoman|chairperson|head|boss|founder|cofounder|owner|partner|principal|dean|provost|rector|chancellor|treasurer|trustee|commissioner|superintendent|inspector|detective|sheriff|marshal|agent|spy|supervisor|administrator|coordinator|organizer|organiser|manager|editor|publisher|writer|novelist|poet|playwright|screenwriter|journalist|reporter|blogger|critic|historian|philosopher|theologian|scholar|academic|fellow|lecturer|teacher|student|graduate|undergraduate|researcher|scientist|engineer|developer|programmer|designer|architect|artist|painter|sculptor|photographer|filmmaker|director|producer|composer|songwriter|musician|guitarist|drummer|pianist|singer|rapper|comedian|actor|actress|dancer|model|athlete|player|quarterback|pitcher|goalkeeper|goalie|defenseman|defender|midfielder|winger|striker|captain|coach|trainer|referee|skipper|fisherman|farmer|rancher|miner|worker|nurse|doctor|physician|surgeon|psychiatrist|psychologist|pharmacist|dentist|veterinarian|lawyer|attorney|barrister|solicitor|judge|magistrate|prosecutor|counsel|consultant|analyst|economist|strategist|trader|banker|investor|entrepreneur|financier|executive|officer|official|spokesman|spokeswoman|spokesperson|representative|delegate|legislator|lawmaker|congressman|congresswoman|senator|politician|diplomat|ambassador|envoy|minister|secretary|premier|governor|mayor|councillor|councilor|councilman|councilwoman|commander|lieutenant|sergeant|colonel|admiral|soldier|veteran|activist|campaigner|advocate|organizer|leader|chief|deputy|member|citizen|resident|owner|heir|heiress|billionaire|millionaire|tycoon|mogul|magnate|suspect|defendant|plaintiff|witness|victim|survivor|detainee|prisoner|inmate|whistleblower|pastor|priest|bishop|archbishop|cardinal|rabbi|imam|cleric|monk|nun|chemist|physicist|biologist|geologist|astronomer|mathematician|meteorologist|oceanographer|geophysicist|astrophysicist|epidemiologist|author|co-author|coauthor|narrator|host|anchor|presenter|correspondent|columnist|commentator|pundit|ranger|guide|warden|firefighter|paramedic|pilot|astronaut|driver|chef|cook|owner|landlord|tenant|contractor|builder|electrician|plumber|technician|mechanic|clerk|cashier|employee|staffer|aide|adviser|advisor|assistant|intern|volunteer|champion|medalist|medallist|winner|nominee|candidate|challenger|incumbent|runner|cyclist|swimmer|boxer|wrestler|golfer|skater|skier|jockey|creator|inventor|co-creator|head|monarch|king|queen|prince|princess|duke|duchess|emperor|empress|dictator|strongman|general|warlord|negotiator|mediator|regulator|auditor|accountant|broker|dealer|seller|buyer|vendor|supplier|distributor|retailer|ceo',
);

/** A word that is both a first name and a common noun: "Bill", "Will", "Rose", "Mark". */
const COMMON_NOUN_FIRST_NAMES = words(
  'bill|will|rose|mark|may|june|april|august|grace|hope|faith|joy|dawn|frank|art|guy|chase|pat|sue|rob|ray|summer|amber|ruby|pearl|crystal|iris|lily|daisy|holly|ivy|heather|violet|penny|sandy|miles|grant|price|page|bell|cash|gray|grey|hill|sky|river|rock|stone|ward|max|sterling|major|royal|duke|prince|earl|bishop|marshal|baker|cook|mason|porter|rich|sunny|storm|autumn|brook|cliff|dale|glen|heath|lance|wade|bud|honor|patience|charity|destiny|angel|nick|chuck|jack|king|young|early|victory|justice|liberty|star|ace',
);

/** Comparison key of a word: lower case, no trailing period, typographic apostrophe straightened. */
export function key(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\.$/, '');
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(key(word));
}

/** "President", "Gov.", "President-elect", "ex-President", "Vice-President": a title written before a name. */
export function isTitleWord(word: string): boolean {
  const k = key(word);
  if (TITLES.has(k)) return true;
  const parts = k.split('-');
  if (parts.length < 2) return false;
  if (parts[parts.length - 1] === 'elect' || parts[parts.length - 1] === 'designate')
    return TITLES.has(parts.slice(0, -1).join('-'));
  return /^(ex|former|vice|deputy|acting|then)$/.test(parts[0]!) && TITLES.has(parts[parts.length - 1]!);
}

/** A role noun, singular ("spokeswoman", "co-founder", "then-governor", "CEO"). */
export function isRoleNoun(word: string): boolean {
  const k = key(word);
  const last = k.split('-').pop()!;
  return ROLE_NOUNS.has(k) || MORE_ROLES.has(k) || MORE_ROLES.has(last) || ROLE_NOUNS.has(last);
}

export function isCommonNounFirstName(word: string): boolean {
  return COMMON_NOUN_FIRST_NAMES.has(key(word));
}

export function expandTitle(word: string): string {
  return TITLE_ABBREVIATIONS[word] ?? word;
}

/**
 * Leading honorifics, titles and role nouns of a person's name tokens ("Mr", "President-elect", "Prime
 * Minister", "Ombudsman"), how many; at least one token is always left as the name.
 */
export function leadingTitleCount(tokens: readonly string[]): number {
  let n = 0;
  const strips = (t: string): boolean => isHonorific(t) || (isTitleWord(t) && !PART_OF_NAME.has(key(t)));
  // A role noun ("Ombudsman Ana Gil", "Coach Tom Rudd") goes only where a full name follows, since
  // some are names too ("Mason Reed", "Baker Lowe").
  const isRole = (t: string): boolean =>
    isRoleNoun(t) && !isCommonNounFirstName(t) && !PART_OF_NAME.has(key(t));
  while (n < tokens.length - 1 && (strips(tokens[n]!) || (n < tokens.length - 2 && isRole(tokens[n]!)))) n++;
  return n;
}

/** Royal, religious and stage titles are how these people are named ("Prince Harry", "Lady Gaga", "Pope Francis"). */
const PART_OF_NAME = words('lady|lord|king|queen|prince|princess|pope|emperor|father|sister|brother');
