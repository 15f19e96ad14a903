import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, normalizeSettings } from '../../../src/shared/settings';

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

describe('shared/settings field by field', () => {
  it.each([
    ['paused', 'false'],
    ['paused', 1],
    ['lookups', 'no'],
    ['lookups', null],
    ['hoverDelayMs', 'soon'],
    ['hoverDelayMs', Number.NaN],
    ['hoverDelayMs', -5],
    ['hoverDelayMs', 1e9],
    ['highlightMode', 7],
    ['highlightMode', 'some'],
    ['storyMemory', 'yes'],
    ['disabledSites', 'a.example'],
    ['types', 'all'],
    ['types', ['person']],
  ] as const)('puts the default in place of %s: %j and keeps the other fields', (key, value) => {
    const stored = {
      hoverDelayMs: 300,
      disabledSites: ['kept.example'],
      highlightMode: 'first',
      [key]: value,
    };
    const settings = normalizeSettings(stored);
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    for (const [other, kept] of Object.entries({
      hoverDelayMs: 300,
      disabledSites: ['kept.example'],
      highlightMode: 'first',
    })) {
      if (other !== key) expect(settings[other as keyof typeof settings]).toEqual(kept);
    }
  });

  it('does not pause on the string "false"', () => {
    expect(isSiteEnabled(normalizeSettings({ paused: 'false' }), 'a.example')).toBe(true);
  });

  it('keeps the types that are booleans and defaults the one that is not', () => {
    const { types } = normalizeSettings({ types: { person: false, place: 'no' } });
    expect(types).toEqual({ person: false, organization: true, place: true, event: true });
  });

  it('drops the stray entries of the switched-off sites, not the list', () => {
    expect(normalizeSettings({ disabledSites: ['a.example', 3, null, 'b.example'] }).disabledSites).toEqual([
      'a.example',
      'b.example',
    ]);
  });

  it.each([[null], ['settings'], [42], [['paused']]])('reads %j as the defaults', (stored) => {
    expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a story-memory answer not given yet (null) apart from a wrong one', () => {
    expect(normalizeSettings({ storyMemory: false }).storyMemory).toBe(false);
    expect(normalizeSettings({ storyMemory: null }).storyMemory).toBeNull();
  });
});
