/**
 * Reading an article in Node the way the content script reads it in the browser: the same article
 * detection and text walker, run on a jsdom document, so the CLI and the extension see the same text.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from '../core/page/article-root';
import { declaredLanguage } from '../core/page/language';
import { findPublishedDate } from '../core/page/published-date';
import { buildTextIndex } from '../core/page/text-index';
import type { PublishedDate } from '../core/types';

export interface PageRead {
  text: string;
  title: string;
  site: string;
  url?: string;
  published?: PublishedDate;
  /** The language the page declares, as a primary subtag. */
  lang?: string;
}

export class NoArticleError extends Error {
  override name = 'NoArticleError';
}

/**
 * A page as a jsdom document, without running its scripts or fetching anything. What jsdom reports
 * about the page's own markup (a stylesheet its CSS parser rejects, …) goes to a silent console:
 * the page is read as far as jsdom understands it, never refused for it.
 */
export function parseHtmlDocument(html: string, url?: string): JSDOM {
  return new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() });
}

/** Parse an HTML page and take its article. Throws `NoArticleError` when the page has none. */
export function readHtmlPage(html: string, url?: string): PageRead {
  const dom = parseHtmlDocument(html, url);
  try {
    const doc = dom.window.document;
    const article = findArticle(doc);
    if (!article) throw new NoArticleError('No article found on this page.');
    const { text } = buildTextIndex(article);
    const published = findPublishedDate(doc, url);
    const site =
      doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ??
      (url ? new URL(url).hostname : '');
    const title =
      doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
      doc.querySelector('h1')?.textContent?.trim() ??
      doc.title;
    const lang = declaredLanguage(doc);
    return {
      text,
      title,
      site,
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
      ...(lang ? { lang } : {}),
    };
  } finally {
    dom.window.close();
  }
}

/** A plain-text article: blocks are its blank-line-separated paragraphs; the first line is the title. */
export function readTextArticle(text: string, dct?: string): PageRead {
  const title = text.trim().split('\n')[0] ?? '';
  return { text, title, site: '', ...(dct ? { published: { date: dct, source: 'given' as const } } : {}) };
}
