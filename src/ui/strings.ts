/**
 * Strings of the shared card UI. Keys in `_locales/en/messages.json` go through `t()` (translated by
 * the browser); keys not yet in the catalogue fall back to the English here, so the card never shows
 * a bare key while the catalogue catches up.
 */
import type { EntityType } from '../core/types';
import { t, type MessageKey } from '../shared/i18n';

const ENGLISH = {
  typePerson: 'Person',
  typeOrganization: 'Organisation',
  typePlace: 'Place',
  typeEvent: 'Event',
  cardDialogLabel: '$1: background card',
  cardFirstMention: 'First mention',
  cardNotThisOne: 'Not this one?',
  cardChooseCandidate: 'Use $1 instead',
  cardFactsLabel: 'Facts',
  markLabel: '$1, $2',
  markLabelDescribed: '$1, $2: $3',
} as const;

export type UiKey = keyof typeof ENGLISH | MessageKey;

function fill(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$([1-9])/g, (_whole, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** The UI string for `key`, substituting `$1`…`$9`. */
export function uiText(key: UiKey, ...substitutions: (string | number)[]): string {
  const strings = substitutions.map(String);
  const translated = t(key as MessageKey, strings);
  if (translated && translated !== key) return translated;
  const english = (ENGLISH as Record<string, string>)[key];
  return english === undefined ? key : fill(english, strings);
}

const TYPE_KEYS: Record<EntityType, keyof typeof ENGLISH> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  event: 'typeEvent',
};

/** "Person", "Organisation"… for badges and accessible names. */
export function typeLabel(type: EntityType): string {
  return uiText(TYPE_KEYS[type]);
}

/** "3 mentions" / "1 mention". */
export function mentionCount(count: number): string {
  return uiText(count === 1 ? 'mentionCountOne' : 'mentionCountOther', count);
}
