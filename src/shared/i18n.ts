/**
 * Translated UI strings. `_locales/<lang>/messages.json` is the one source: the browser's
 * `i18n.getMessage` reads it in the extension, and the English file is bundled as the fallback for
 * tests, Node and any context where the API is missing or the key is unknown.
 */
import english from '../../_locales/en/messages.json';
import { getBrowser } from './browser';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Every key of the English catalogue: a misspelt key is a type error, not an empty label. */
export type MessageKey = keyof typeof english;

const catalogue: Record<string, MessageEntry | undefined> = english;

/**
 * Fill a message the way Chrome does: named placeholders (`$COUNT$`) stand for their `content`
 * (`$1`), positional `$1`…`$9` take the substitutions, and `$$` is a literal dollar.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const named = entry.placeholders ?? {};
  const lowerNamed = Object.fromEntries(Object.entries(named).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withPositions = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return lowerNamed[name.toLowerCase()] ?? whole;
  });
  return withPositions.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

function fromBrowser(key: string, substitutions: readonly string[]): string {
  try {
    const i18n = getBrowser()?.i18n;
    if (!i18n || typeof i18n.getMessage !== 'function') return '';
    return i18n.getMessage(key, substitutions.length ? [...substitutions] : undefined) ?? '';
  } catch {
    // Outside an extension (tests, Node) the polyfill or the API itself may be missing.
    return '';
  }
}

/**
 * The UI string for `key` in the browser's language, English when the browser has none.
 * @param substitutions One value or a list, for `$1`…`$9` in the message.
 */
export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const list =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const strings = (list as readonly (string | number)[]).map(String);
  const translated = fromBrowser(key, strings);
  if (translated) return translated;
  const entry = catalogue[key];
  return entry ? formatMessage(entry, strings) : key;
}

/**
 * `one` or `other` by the plural rules of the catalogue's language (French says "0 mention",
 * English "0 mentions"); both messages take the count as `$1`.
 */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  let category: string;
  try {
    category = new Intl.PluralRules(dateLocale()).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return t(category === 'one' ? one : other, count);
}

/** The locale dates and plurals follow, as the catalogue chooses (`en-GB`: "31 May 2018"). */
export function dateLocale(): string {
  return t('dateLocale') || 'en-GB';
}

/**
 * Mark a page with the language its strings are in, so screen readers pronounce them right and
 * right-to-left catalogues lay out correctly (`@@bidi_dir` is predefined by the browser).
 */
export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = dateLocale();
  const dir = fromBrowser('@@bidi_dir', []);
  if (dir === 'rtl' || dir === 'ltr') doc.documentElement.dir = dir;
}
