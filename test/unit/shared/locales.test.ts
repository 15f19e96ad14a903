import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Entry>;

const dir = new URL('../../../_locales/', import.meta.url);
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`${lang}/messages.json`, dir), 'utf8')) as Catalogue;
const english = read('en');
const translations = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name);

/** Names of the `$NAME$` placeholders a message uses, sorted. */
const used = (message: string): string[] =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();

describe('_locales', () => {
  it('has at least one translation besides English', () => {
    expect(translations.length).toBeGreaterThan(0);
  });

  describe.each(translations)('%s', (lang) => {
    const catalogue = read(lang);

    it('translates only keys English has (missing ones fall back to English)', () => {
      expect(Object.keys(catalogue).filter((key) => !(key in english))).toEqual([]);
    });

    it('covers every key used by the manifest', () => {
      for (const key of ['extName', 'extDescription', 'actionTitle', 'commandToggleSite']) {
        expect(catalogue[key]?.message, key).toBeTruthy();
      }
    });

    it('keeps every placeholder of the English message, with the same substitution', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        const source = english[key];
        if (!source) continue;
        expect(entry.message, key).toBeTruthy();
        expect(used(entry.message), key).toEqual(used(source.message));
        for (const name of used(entry.message)) {
          expect(entry.placeholders?.[name]?.content, `${key} $${name}$`).toBe(
            source.placeholders?.[name]?.content,
          );
        }
      }
    });

    it('names a date locale Intl knows', () => {
      const locale = catalogue.dateLocale?.message ?? 'en-GB';
      expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
    });
  });
});
