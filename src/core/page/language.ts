/**
 * Which language an article is written in, as far as Backstory needs to know: the recogniser was
 * trained on English news only, and on other languages it highlights capitalised words at random
 * (0.38 precision on Russian and Indonesian pages). So the question is just "English or not?".
 *
 * Two witnesses: what the page declares (`<html lang>`, `og:locale`, `Content-Language`) and what
 * the text itself looks like (how many of its words are the commonest English function words).
 * Declarations are often left at a template's default, so the text has the last word when it is clear.
 */

import type { ArticleLanguage } from '../types';

/** The languages the recogniser reads. */
export const READ_LANGUAGES: readonly string[] = ['en'];

/** The language a page declares, as a primary subtag ("en-GB" → "en"), or undefined. */
export function declaredLanguage(doc: Document): string | undefined {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const code = primarySubtag(raw);
    if (code) return code;
  }
  return undefined;
}

/** "en-US", "en_GB", "EN" → "en"; anything that is not a language tag → undefined. */
export function primarySubtag(raw: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*(?:,|$)/i.exec(raw ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * The commonest English function words. They make up a third to a half of any English prose and
 * hardly occur in other languages' text (a few, like "in" or "a", are shared, hence a threshold).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is was that for it on with as he she his her by at from be have has had ' +
    'are were not this but they their which or an been will would said who its we you there more ' +
    'after than about also when one all can what out up if into new could over do'
  ).split(' '),
);

/** How much text the stop-word check needs before its answer counts. */
const MIN_WORDS = 30;
/** Share of function words below which the text is not English (English prose: 0.3–0.5). */
const ENGLISH_SHARE = 0.15;

/**
 * The share of an article's words that are English function words, or undefined when there are too
 * few words to tell. Words are runs of letters of any script, so a Russian text counts as 0, not as
 * "too short".
 */
export function englishShare(text: string): number | undefined {
  let words = 0;
  let english = 0;
  for (const m of text.slice(0, 20_000).matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) english++;
  }
  return words >= MIN_WORDS ? english / words : undefined;
}

/**
 * English or not: the text decides when it has enough words; otherwise the page's declaration;
 * with neither, the article is read (an unknown language is not a reason to show nothing).
 */
export function articleLanguage(text: string, declared?: string): ArticleLanguage {
  const share = englishShare(text);
  if (share !== undefined) {
    if (share >= ENGLISH_SHARE) return { code: 'en', read: true };
    const code = declared && declared !== 'en' ? declared : 'und';
    return { code, read: false };
  }
  if (declared) return { code: declared, read: READ_LANGUAGES.includes(declared) };
  return { code: 'und', read: true };
}
