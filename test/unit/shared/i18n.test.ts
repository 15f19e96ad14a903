import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import english from '../../../_locales/en/messages.json';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { applyDocumentLanguage, formatMessage, plural, t } from '../../../src/shared/i18n';

vi.mock('webextension-polyfill', () => ({ default: {} }));

afterEach(() => setBrowserForTesting({} as Browser));

describe('shared/i18n', () => {
  it('falls back to English when the browser has no i18n API', () => {
    setBrowserForTesting({} as Browser);
    expect(t('tabTimeline')).toBe('Timeline');
  });

  it('fills named placeholders from the substitutions, as Chrome does', () => {
    expect(t('siteSwitchLabel', 'example.com')).toBe('On for example.com');
    expect(t('mentionCountOther', 5)).toBe('5 mentions');
  });

  it('chooses singular or plural by the count', () => {
    expect(plural(1, 'mentionCountOne', 'mentionCountOther')).toBe('1 mention');
    expect(plural(0, 'mentionCountOne', 'mentionCountOther')).toBe('0 mentions');
  });

  it('follows the plural rules of the catalogue’s language', () => {
    const messages: Record<string, string> = {
      dateLocale: 'fr-FR',
      mentionCountOne: '$1 mention',
      mentionCountOther: '$1 mentions',
    };
    const getMessage = (key: string, subs?: string[]) => (messages[key] ?? '').replace('$1', subs?.[0] ?? '');
    setBrowserForTesting({ i18n: { getMessage } } as unknown as Browser);
    expect(plural(0, 'mentionCountOne', 'mentionCountOther')).toBe('0 mention');
    expect(plural(2, 'mentionCountOne', 'mentionCountOther')).toBe('2 mentions');
  });

  it('uses the browser’s translation when there is one, and English when it has none for the key', () => {
    const getMessage = vi.fn((key: string) => (key === 'tabTimeline' ? 'Chronologie' : ''));
    setBrowserForTesting({ i18n: { getMessage } } as unknown as Browser);
    expect(t('tabTimeline')).toBe('Chronologie');
    expect(t('tabEntities')).toBe('Entities');
  });

  it('marks the document with the catalogue’s language and direction', () => {
    const messages: Record<string, string> = { dateLocale: 'ar-EG', '@@bidi_dir': 'rtl' };
    setBrowserForTesting({
      i18n: { getMessage: (key: string) => messages[key] ?? '' },
    } as unknown as Browser);
    const doc = { documentElement: { lang: 'en', dir: '' } } as unknown as Document;
    applyDocumentLanguage(doc);
    expect(doc.documentElement.lang).toBe('ar-EG');
    expect(doc.documentElement.dir).toBe('rtl');
  });

  it('keeps literal dollars and leaves unknown placeholders visible', () => {
    expect(formatMessage({ message: 'Costs $$5 for $WHO$ and $1' }, ['you'])).toBe(
      'Costs $5 for $WHO$ and you',
    );
  });

  it('has a message, a description and declared placeholders for every key', () => {
    for (const [key, entry] of Object.entries(english) as [
      string,
      { message: string; description?: string; placeholders?: Record<string, unknown> },
    ][]) {
      expect(entry.message, key).toBeTruthy();
      expect(entry.description, key).toBeTruthy();
      for (const name of entry.message.match(/\$([A-Z_]+)\$/g) ?? []) {
        expect(Object.keys(entry.placeholders ?? {}), key).toContain(name.slice(1, -1).toLowerCase());
      }
    }
  });
});
