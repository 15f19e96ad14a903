import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleRoot } from '../../../../src/core/page/article-root';
import { buildTextIndex } from '../../../../src/core/page/text-index';
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

  const pages = realPages();
  // The pages live in the shared data beside the repository; without it there is no page to read.
  describe.skipIf(pages.length === 0)('on real news pages', () => {
    it("reads all 16 of mozilla/readability's saved pages", () => expect(pages.length).toBe(16));

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

  describe('bodies that do not look like a column of <p>', () => {
    const read = (html: string): string => {
      const article = findArticle(parseHtml(`<!doctype html><body>${html}</body>`));
      return article ? buildTextIndex(article).text : '';
    };
    const line = (i: number): string =>
      `Line ${i} of the mill report, with commas, clauses, and enough plain words that it reads as prose.`;

    it('reads an article written as <br>-separated lines in one <div>, beside a table', () => {
      const text = read(
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="main"><h1>The mill reopens</h1>' +
          `<div class="txt">${[1, 2, 3, 4, 5, 6].map(line).join('<br><br>')}</div>` +
          '<table><tr><td>Opening hours</td><td>9 to 5</td></tr></table></div><footer>About us</footer>',
      );
      for (const i of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Line ${i} of the mill report`);
      expect(text).not.toMatch(/Home|About us/);
    });

    it('reads an article whose page builder wraps it in "widget" classes, and leaves out the real widgets', () => {
      const widget = (type: string, inner: string): string =>
        `<div class="elementor-element elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`;
      const text = read(
        `<div class="elementor-section">${widget('heading', '<h1>The mill reopens</h1>')}` +
          widget('text-editor', [1, 2, 3, 4, 5, 6].map((i) => `<p>${line(i)}</p>`).join('')) +
          `</div><aside class="sidebar">${widget('text-editor', `<p>${line(99).replace('mill report', 'sidebar note')}</p>`)}</aside>`,
      );
      for (const i of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Line ${i} of the mill report`);
      expect(text).not.toContain('sidebar note');
    });
  });

  describe('teasers of other stories next to the story', () => {
    const story =
      '<div class="story"><p>The council voted on Monday to keep the old library open, after a long, loud meeting.</p>' +
      '<p>Residents had gathered since noon, with banners, flasks of tea, and petitions signed by thousands.</p>' +
      '<p>The building will now get a new roof, paid for by a grant, and longer opening hours next year.</p>' +
      '<p>Its librarian, who has worked there for thirty years, said she was glad, tired, and ready for a holiday.</p>' +
      '<p>A second vote, on the swimming pool next door, was put off until the spring, to the dismay of many.</p></div>';
    const readBack = (teasers: string): string => {
      const doc = parseHtml(`<!doctype html><body><div id="page">${story}${teasers}</div></body>`);
      const article = findArticle(doc);
      return article ? buildTextIndex(article).text : '';
    };

    it('leaves out a list of stories whose <article> items are wrapped in list items', () => {
      const item = (i: number): string =>
        `<li><article><h5><a href="/s${i}">Other story ${i}</a></h5><p>The first lines of other story ${i}, a piece about the harbour, its boats, its fish market and its new quay wall.</p></article></li>`;
      const text = readBack(`<ul>${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul>`);
      expect(text).toContain('keep the old library open');
      expect(text).not.toContain('other story');
    });

    it('leaves out a list of linked headlines with excerpts cut short by an ellipsis', () => {
      const item = (i: number): string =>
        `<li><a href="/n${i}">Headline ${i} of another page</a><span>TOWN: An excerpt of another page, number ${i}, about roads, rates and the weather this winter, which runs on until it...</span></li>`;
      const text = readBack(
        `<div class="latest"><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map(item).join('')}</ul></div>`,
      );
      expect(text).toContain('keep the old library open');
      expect(text).not.toContain('excerpt of another page');
    });
  });

  describe('the region read around the body', () => {
    const prose = (topic: string, i: number): string =>
      `<p>Paragraph ${i} about the ${topic}, with commas, clauses, and enough plain words that it reads as prose.</p>`;
    const readArticle = (html: string): string[] => {
      const article = findArticle(parseHtml(`<!doctype html><body>${html}</body>`));
      return article ? buildTextIndex(article).text.split('\n\n') : [];
    };

    it('reads the headline and the body of an <article>, not the byline, standfirst, tags or share bar between them', () => {
      const blocks = readArticle(
        '<nav><a href="/">Home</a></nav><article><header><h1>Ferry service resumes on the lake</h1>' +
          '<p class="standfirst">Boats sail again after a winter of repairs to the old landing stage and its pier.</p>' +
          '<div class="meta"><span>Jo Writer</span> <span>4 min read</span></div></header>' +
          `<div class="story-text">${[1, 2, 3, 4, 5].map((i) => prose('ferry', i)).join('')}</div>` +
          '<div class="topics"><a href="/t/lakes">Lakes</a> <a href="/t/boats">Boats</a></div>' +
          '<div class="tools"><a href="/share">Share</a><a href="/print">Print</a></div></article>',
      );
      expect(blocks[0]).toBe('Ferry service resumes on the lake');
      expect(blocks.slice(1)).toEqual([1, 2, 3, 4, 5].map((i) => expect.stringContaining(`Paragraph ${i} `)));
    });

    it('reads a two-part body: an intro set apart above the rest, in a block made like the body', () => {
      const blocks = readArticle(
        '<article><h1>The orchard harvest</h1>' +
          `<div class="intro-wrap"><div class="copy">${prose('orchard', 1)}</div></div>` +
          '<figure><img src="a.jpg" alt=""><figcaption>Apples in crates, stacked by the barn door at dusk on a cool day.</figcaption></figure>' +
          `<div class="main-wrap"><div class="copy">${[2, 3, 4, 5, 6].map((i) => prose('orchard', i)).join('')}</div>` +
          `<div class="copy">${[7, 8].map((i) => prose('orchard', i)).join('')}</div></div></article>`,
      );
      expect(blocks).toEqual([
        'The orchard harvest',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => expect.stringContaining(`Paragraph ${i} `)),
      ]);
    });

    it('gathers a body whose first paragraphs sit apart from the rest, when both parts are made alike', () => {
      const para = (i: number): string =>
        `<div class="story-para">Part ${i} of the canal story, with commas, clauses, and enough plain words to count.</div>`;
      const blocks = readArticle(
        `<div class="outer"><div class="wrap"><div class="media"><p class="story-para lead">Part 1 of the canal story, with commas, clauses, and enough plain words to count.</p></div>` +
          `${para(2)}<div class="ad-slot">Advertisement</div>` +
          `<div class="read-all">${[3, 4, 5, 6, 7, 8, 9].map(para).join('')}</div></div>` +
          `<div class="rail"><p>Elsewhere on the site, a long piece about something else entirely, which we do not want.</p></div></div>`,
      );
      expect(blocks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => expect.stringMatching(`^Part ${i} `)));
    });

    it('reads only the body when the article element has no headline above it', () => {
      const blocks = readArticle(
        `<article><div class="byline">By Sam Author, staff</div><div class="text">${[1, 2, 3, 4, 5].map((i) => prose('bridge', i)).join('')}</div></article>`,
      );
      expect(blocks).toHaveLength(5);
      expect(blocks[0]).toMatch(/^Paragraph 1 /);
    });
  });
});
