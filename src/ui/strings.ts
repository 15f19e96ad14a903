/**
 * Strings of the shared card UI, from the extension's message catalogue (`_locales/<lang>`), with the
 * English catalogue as the fallback outside the extension (tests, Node).
 */
import type { EntityType } from '../core/types';
import { plural, t, type MessageKey } from '../shared/i18n';

/** The UI string for `key`, substituting `$1`…`$9` (named placeholders map to them in the catalogue). */
export function uiText(key: MessageKey, ...substitutions: (string | number)[]): string {
  return t(key, substitutions);
}

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  event: 'typeEvent',
};

/** "Person", "Organisation"… for badges and accessible names. */
export function typeLabel(type: EntityType): string {
  return uiText(TYPE_KEYS[type]);
}

const GROUP_KEYS: Record<EntityType, MessageKey> = {
  person: 'groupPeople',
  organization: 'groupOrganizations',
  place: 'groupPlaces',
  event: 'groupEvents',
};

/** "People", "Organisations"…: a group of entities of one type (popup groups, options, legend). */
export function groupLabel(type: EntityType): string {
  return uiText(GROUP_KEYS[type]);
}

/** "3 mentions" / "1 mention", by the catalogue language's plural rules (French: "0 mention"). */
export function mentionCount(count: number): string {
  return plural(count, 'mentionCountOne', 'mentionCountOther');
}
