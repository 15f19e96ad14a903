/**
 * What the model's gazetteer knows a name to be, for the steps after tagging that must not mistake a
 * known company, place or person for a work or a product. The hand-kept lexicon counts too.
 */
import { DEMONYMS, KNOWN_ORGS, PARTY_NAMES, PLACES } from '../lexicon';
import type { KnownNames } from '../other-kinds';
import { GAZETTEER_KINDS, type Gazetteer, type GazetteerKind } from './gazetteer';

const maskOf = (kinds: readonly GazetteerKind[]): number =>
  kinds.reduce((m, k) => m | (1 << GAZETTEER_KINDS.indexOf(k)), 0);

const PERSON = maskOf(['PER', 'PERX', 'FIRST', 'LAST']);
const ORGANIZATION = maskOf(['ORG', 'ORGX']);
const PLACE = maskOf(['LOC', 'PLACE']);
const DEMONYM = maskOf(['DEMONYM']);
const COMMON = maskOf(['COMMON']);

export function knownNamesOf(gazetteer: Gazetteer): KnownNames {
  const has = (name: string, mask: number): boolean => ((gazetteer.entries.get(name) ?? 0) & mask) !== 0;
  return {
    person: (name) => has(name, PERSON),
    organization: (name) => KNOWN_ORGS.has(name) || has(name, ORGANIZATION),
    place: (name) => PLACES.has(name) || has(name, PLACE),
    demonym: (name) => (DEMONYMS.has(name) && !PARTY_NAMES.has(name)) || has(name, DEMONYM),
    common: (name) => has(name, COMMON),
  };
}
