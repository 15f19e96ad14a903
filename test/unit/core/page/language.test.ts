import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import {
  articleLanguage,
  declaredLanguage,
  englishShare,
  primarySubtag,
} from '../../../../src/core/page/language';
import { createRulesRecognizer } from '../../../../src/core/ner/rules-recognizer';

// Invented paragraphs, about as long as a short news item's first lines.
const ENGLISH =
  'The mayor of Port Elwin said on Tuesday that the new bridge over the river would open in the spring, ' +
  'after two years of delays. Anna Keller, who leads the council, told reporters that the cost had ' +
  'risen by a third and that the city was still waiting for a report from the engineers.';
const RUSSIAN =
  'Мэр города Порт-Элвин заявил во вторник, что новый мост через реку откроется весной после двух лет ' +
  'задержек. Анна Келлер, которая возглавляет совет, сообщила журналистам, что стоимость выросла на треть ' +
  'и что город всё ещё ждёт отчёта инженеров.';
const INDONESIAN =
  'Wali kota Port Elwin mengatakan pada hari Selasa bahwa jembatan baru di atas sungai akan dibuka pada ' +
  'musim semi, setelah dua tahun tertunda. Anna Keller, yang memimpin dewan kota, mengatakan kepada ' +
  'wartawan bahwa biayanya naik sepertiga dan kota masih menunggu laporan dari para insinyur.';

const doc = (html: string): Document => new JSDOM(html).window.document;

describe('core/page/language', () => {
  it('reads the primary subtag of a declared language', () => {
    expect(primarySubtag('en-GB')).toBe('en');
    expect(primarySubtag('ru_RU')).toBe('ru');
    expect(primarySubtag(' ID ')).toBe('id');
    expect(primarySubtag('not a language')).toBeUndefined();
    expect(primarySubtag('')).toBeUndefined();
  });

  it('takes <html lang> first, then og:locale', () => {
    expect(declaredLanguage(doc('<html lang="ru"><head></head><body></body></html>'))).toBe('ru');
    expect(
      declaredLanguage(doc('<html><head><meta property="og:locale" content="id_ID"></head></html>')),
    ).toBe('id');
    expect(declaredLanguage(doc('<html><body>no declaration</body></html>'))).toBeUndefined();
  });

  it('counts English function words: a third of English prose, next to none of Russian or Indonesian', () => {
    expect(englishShare(ENGLISH)).toBeGreaterThan(0.3);
    expect(englishShare(RUSSIAN)).toBe(0);
    expect(englishShare(INDONESIAN)).toBeLessThan(0.1);
    expect(englishShare('Too short to tell.')).toBeUndefined();
  });

  it('lets the text overrule a template left at the wrong declaration', () => {
    expect(articleLanguage(ENGLISH, 'ru')).toEqual({ code: 'en', read: true });
    expect(articleLanguage(RUSSIAN, 'en')).toEqual({ code: 'und', read: false });
    expect(articleLanguage(INDONESIAN, 'id')).toEqual({ code: 'id', read: false });
  });

  it('trusts the declaration when the text is too short, and reads an unknown language', () => {
    expect(articleLanguage('Коротко.', 'ru')).toEqual({ code: 'ru', read: false });
    expect(articleLanguage('Short.', 'en')).toEqual({ code: 'en', read: true });
    expect(articleLanguage('Short.')).toEqual({ code: 'und', read: true });
  });
});

describe('core/analyze on an article in another language', () => {
  it('highlights nothing in an Indonesian article and says which language it is', () => {
    const analysis = analyzeText({ text: INDONESIAN, lang: 'id' }, createRulesRecognizer());
    expect(analysis.language).toEqual({ code: 'id', read: false });
    expect(analysis.entities).toEqual([]);
    expect(analysis.timeline).toEqual([]);
  });

  it('still reads the same story in English', () => {
    const analysis = analyzeText({ text: ENGLISH, lang: 'en' }, createRulesRecognizer());
    expect(analysis.language).toEqual({ code: 'en', read: true });
    expect(analysis.entities.map((e) => e.name)).toContain('Anna Keller');
  });
});
