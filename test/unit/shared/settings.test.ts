import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/shared/settings';

describe('shared/settings normalizeSettings', () => {
  it('fills in what an older settings object lacks', () => {
    expect(normalizeSettings({ hoverDelayMs: 200 })).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 200 });
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([['en'], ['fr'], ['zh-yue'], ['simple']])('keeps the Wikipedia language %s', (lang) => {
    expect(normalizeSettings({ wikipediaLang: lang }).wikipediaLang).toBe(lang);
  });

  it.each([
    ['a host of its own', 'evil.example/x'],
    ['a dot', 'en.evil'],
    ['upper case', 'EN'],
    ['one letter', 'e'],
    ['not a string', 42],
    ['empty', ''],
  ])('puts English in place of a language with %s', (_, lang) => {
    expect(normalizeSettings({ wikipediaLang: lang }).wikipediaLang).toBe('en');
  });

  it.each([
    ['https://wiki.mirror.example', 'https://wiki.mirror.example'],
    ['https://wiki.mirror.example/', 'https://wiki.mirror.example'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
    ['http://localhost:4321/', 'http://localhost:4321'],
  ])('accepts the origin %s as %s', (origin, expected) => {
    const settings = normalizeSettings({ wikipediaOrigin: origin, wikidataOrigin: origin });
    expect(settings.wikipediaOrigin).toBe(expected);
    expect(settings.wikidataOrigin).toBe(expected);
  });

  it.each([
    ['plain http to another host', 'http://wiki.mirror.example'],
    ['a script', 'javascript:alert(1)'],
    ['a file', 'file:///etc/passwd'],
    ['no URL at all', 'wikipedia'],
    ['not a string', 7],
  ])('falls back to the public sites for %s', (_, origin) => {
    const settings = normalizeSettings({ wikipediaOrigin: origin, wikidataOrigin: origin });
    expect(settings.wikipediaOrigin).toBe('');
    expect(settings.wikidataOrigin).toBe('');
  });
});
