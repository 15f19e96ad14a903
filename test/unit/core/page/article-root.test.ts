import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../../src/core/page/article-root';
import { parseHtml, realPages, SAMPLE_PAGE } from './page-fixtures';

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Readability's own reading of a page: the independent answer we compare against. */
function readabilityParagraphs(html: string): string[] {
  const article = new Readability(parseHtml(html)).parse();
  return [...parseHtml(article?.content ?? '').querySelectorAll('p')]
    .map((p) => normalize(p.textContent ?? ''))
    .filter((t) => t.length > 60);
}

describe('core/page/article-root', () => {
  describe('on the sample news page', () => {
    const doc = parseHtml(readFileSync(SAMPLE_PAGE, 'utf8'));
    const root = findArticleRoot(doc);

    it('picks the <article>, headline and body included', () => {
      expect(root?.tagName).toBe('ARTICLE');
      expect(root?.querySelector('h1')?.textContent).toBe(
        'Russian Foreign Minister Will Visit North Korea for Talks',
      );
      expect(root?.textContent).toContain('Sergey Lavrov will meet');
    });

    it.each([
      ['the navigation', 'nav'],
      ['the comments', '.comments'],
      ['the sidebar', 'aside'],
      ['the footer', 'footer'],
    ])('leaves out %s', (_what, selector) => {
      const furniture = doc.querySelector(selector);
      expect(furniture).not.toBeNull();
      expect(root?.contains(furniture)).toBe(false);
    });
  });

  describe('on real news pages', () => {
    const pages = realPages();
    it('has real pages to read', () => expect(pages.length).toBeGreaterThanOrEqual(2));

    it.each(pages.map((p) => [p.name, p] as const))(
      '%s: holds the story and none of the page chrome',
      (_n, page) => {
        const doc = parseHtml(page.html);
        const root = findArticleRoot(doc);
        expect(root).not.toBeNull();
        const text = normalize(root?.textContent ?? '');
        const expected = readabilityParagraphs(page.html);
        expect(expected.length).toBeGreaterThan(3);
        // The first paragraphs, and nearly all the others, are inside the chosen region.
        for (const paragraph of expected.slice(0, 3)) expect(text).toContain(paragraph);
        const found = expected.filter((p) => text.includes(p)).length;
        expect(found / expected.length).toBeGreaterThanOrEqual(0.9);
        // Never the page itself, nor an element wrapped in navigation or the footer.
        expect(root).not.toBe(doc.body);
        expect(root?.closest('nav, footer, aside')).toBeNull();
      },
    );
  });

  describe('on pages without an article', () => {
    it.each([
      [
        'a home page of headlines',
        `<nav><a href="/">Home</a></nav><main><ul>${Array.from(
          { length: 30 },
          (_, i) =>
            `<li><a href="/s${i}">Headline number ${i} about the economy, politics and the world</a></li>`,
        ).join('')}</ul></main><footer>© News</footer>`,
      ],
      [
        'a sign-in form',
        '<form><label>Email <input></label><button>Sign in</button></form><p>Forgot password?</p>',
      ],
      ['an empty page', ''],
      [
        'a page whose only prose is a comment thread',
        `<h1>Discussion</h1><section class="comments">${'<p>I think this is right, and so do my friends, who agree.</p>'.repeat(20)}</section>`,
      ],
    ])('returns null for %s', (_what, body) => {
      expect(findArticleRoot(parseHtml(`<!doctype html><body>${body}</body>`))).toBeNull();
    });
  });

  it('gathers a story split into sibling blocks between ads into one root', () => {
    const block = (i: number): string =>
      `<div class="block"><div class="text"><p>Paragraph ${i} of the story, with commas, clauses, and enough words to count as prose here.</p><p>And a second paragraph, also long enough, in block ${i}, so the block scores.</p></div></div><div class="ad-slot">Advertisement</div>`;
    const doc = parseHtml(
      `<body><nav><a href="/">Home</a></nav><div id="story">${[1, 2, 3, 4, 5].map(block).join('')}</div><footer>Footer text here</footer></body>`,
    );
    const root = findArticleRoot(doc);
    expect(root?.id).toBe('story');
  });
  it('reads the story, not the list of teaser stories below it, even when the teasers run longer', () => {
    const teaser = (i: number): string =>
      `<article class="post"><div><a href="/s${i}">Share</a></div><p>Teaser ${i} of another page, with commas, clauses, asides, and more words, so that, taken together, it reads like prose, and scores well…</p></article>`;
    const doc = parseHtml(
      '<body><div id="primary"><article id="story" class="post"><h1>The lighthouse keeper retires</h1>' +
        '<p>After forty years on the rock, the keeper climbed down for the last time on Sunday, and the lamp will now run by itself.</p>'.repeat(
          4,
        ) +
        '</article>' +
        `<section><h3>You may also like</h3><div id="list">${[1, 2, 3, 4, 5].map(teaser).join('')}</div></section></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });
});
