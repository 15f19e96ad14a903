import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../../src/core/page/article-root';
import {
  buildTextIndex,
  piecesOfSpan,
  rangeFromSpan,
  type TextIndex,
} from '../../../../src/core/page/text-index';
import { parseHtml, realPages, SAMPLE_PAGE, SEED_ARTICLE } from './page-fixtures';

function indexOf(html: string): { index: TextIndex; root: Element } {
  const doc = parseHtml(`<!doctype html><body><div id="root">${html}</div></body>`);
  const root = doc.getElementById('root') as Element;
  return { index: buildTextIndex(root), root };
}

/** Every segment's text is exactly the node text it claims to come from. */
function expectExactMapping(index: TextIndex): void {
  let previousEnd = 0;
  for (const seg of index.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
    expect(index.text.slice(seg.start, seg.end)).toBe(
      seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + seg.end - seg.start),
    );
    previousEnd = seg.end;
  }
}

describe('core/page/text-index', () => {
  it('reads the sample article exactly as the seed text has it', () => {
    const doc = parseHtml(readFileSync(SAMPLE_PAGE, 'utf8'));
    const index = buildTextIndex(findArticleRoot(doc) as Element);
    expect(
      index.text.startsWith('White House\n\nRussian Foreign Minister Will Visit North Korea for Talks\n\n'),
    ).toBe(true);
    expect(
      index.text.endsWith(
        'American officials also met with officials in North Korea on Wednesday.\n\nSend a tip to the news team at NR.',
      ),
    ).toBe(true);
    // The byline and the SVG's "Vladimir Putin" are not article text.
    expect(index.text).not.toContain('Jack Crowe');
    expect(index.text).not.toMatch(/^Vladimir Putin$/m);
    if (existsSync(SEED_ARTICLE)) {
      const seed = readFileSync(SEED_ARTICLE, 'utf8');
      expect(seed.startsWith(index.text)).toBe(true);
    }
    expectExactMapping(index);
  });

  it('separates blocks by exactly one blank line and never runs sentences together', () => {
    const { index } = indexOf(
      '<h2>Title</h2>\n  <p>\n    First para.\n  </p><div><p>Second para.</p></div><ul><li>One</li><li>Two</li></ul>Line<br>break',
    );
    expect(index.text).toBe('Title\n\nFirst para.\n\nSecond para.\n\nOne\n\nTwo\n\nLine\n\nbreak');
    expectExactMapping(index);
  });

  it('keeps inline markup and the whitespace between inline elements as they are', () => {
    const { index } = indexOf('<p><b>Kim</b> <i>Jong</i>  Un met <a href="#">Moon</a>.</p>');
    expect(index.text).toBe('Kim Jong  Un met Moon.');
    expectExactMapping(index);
  });

  it.each([
    ['script', '<script>var x = "Trump";</script>'],
    ['style', '<style>.a{}</style>'],
    ['noscript', '<noscript>Enable JavaScript</noscript>'],
    ['template', '<template><p>Hidden template</p></template>'],
    ['textarea', '<textarea>Barack Obama</textarea>'],
    ['input', '<input value="Paris">'],
    ['select', '<select><option>London</option></select>'],
    ['button', '<button>Share on Facebook</button>'],
    ['code', '<code>Moscow()</code>'],
    ['pre', '<pre>Berlin</pre>'],
    ['svg text', '<svg><text>Vladimir Putin</text></svg>'],
    ['iframe', '<iframe srcdoc="x">Fallback</iframe>'],
    ['contenteditable', '<div contenteditable="true">Draft by Theresa May</div>'],
    ['contenteditable (empty value)', '<div contenteditable>Draft</div>'],
    ['[hidden]', '<div hidden>Hidden Merkel</div>'],
    ['[aria-hidden=true]', '<span aria-hidden="true">Decor</span>'],
    ['inline display:none', '<span style="display: none">Gone</span>'],
    ['our own card host', '<div data-backstory-card>Card text</div>'],
    ['a byline', '<p class="byline">By Jack Crowe</p>'],
    ['an author block', '<div class="author-bio">Jack writes about Asia.</div>'],
    ['itemprop=author', '<span itemprop="author">Jack Crowe</span>'],
    ['a photo credit', '<span class="photo-credit">Kirill Kudryavtsev/Pool</span>'],
    ['a share bar', '<div class="share-tools">Share this on Twitter</div>'],
    ['related links', '<div class="related-stories">Other news about Singapore</div>'],
    ['a newsletter box', '<div class="newsletter-signup">Get our newsletter</div>'],
    ['nav', '<nav>Home World Politics</nav>'],
    ['aside', '<aside>The Latest: Joe Biden</aside>'],
    ['screen-reader-only text', '<span class="sr-only">Advertisement</span>'],
    ['an ad slot', '<div class="ad">Buy now</div>'],
    ['an ad label standing alone', '<div><div>ADVERTISING</div></div>'],
    ['a collapsed, clipped box', '<div style="height: 0px; overflow: hidden">Teaser</div>'],
    [
      'an "up next" teaser',
      '<a class="nextPreview" href="#n"><span class="upNext">Up Next</span> Other story</a>',
    ],
  ])('leaves out %s', (_what, html) => {
    // A <div> container: block children inside a <p> would be moved out of it by the HTML parser.
    // The rest of the article, so the block is small furniture rather than most of the text.
    const rest = 'The rest of the story goes on for a while, as stories do, with more words. '
      .repeat(3)
      .trim();
    const { index } = indexOf(`<div>Before. ${html} After.</div><p>${rest}</p>`);
    expect(index.text.replace(/\s+/g, ' ')).toBe(`Before. After. ${rest}`);
  });

  it.each([
    [
      'a paragraph that mentions advertising',
      '<p>Advertising revenue fell.</p>',
      'Advertising revenue fell.',
    ],
    ['an inline "ad" that is part of a sentence', '<p>An <em>ad</em> ran.</p>', 'An ad ran.'],
  ])('keeps %s', (_what, html, expected) => {
    expect(indexOf(html).index.text).toBe(expected);
  });

  it('keeps the text of our own highlight wrappers: it is page text', () => {
    const { index } = indexOf(
      '<p>Met <backstory-mark data-backstory-id="e1">Lavrov</backstory-mark> today.</p>',
    );
    expect(index.text).toBe('Met Lavrov today.');
  });

  it('keeps a block whose class looks like furniture when it holds most of the article', () => {
    const story = '<p>The story, long enough to be most of the article, goes on and on here.</p>'.repeat(3);
    const { index } = indexOf(`<div class="story-body share-enabled">${story}</div><p>Short.</p>`);
    expect(index.text).toContain('The story');
  });

  describe('rangeFromSpan', () => {
    it('turns a span crossing an inline element boundary into one live range', () => {
      const { index } = indexOf('<p>Dictator <b>Kim</b> Jong Un spoke.</p>');
      const start = index.text.indexOf('Kim');
      const span = { start, end: start + 'Kim Jong Un'.length };
      expect(rangeFromSpan(index, span)?.toString()).toBe('Kim Jong Un');
      expect(piecesOfSpan(index, span).map((p) => p.node.data.slice(p.from, p.to))).toEqual([
        'Kim',
        ' Jong Un',
      ]);
    });

    it('maps offsets inside trimmed blocks back to the right node offsets', () => {
      const { index } = indexOf('<p>\n      Sergey Lavrov will visit.\n   </p>');
      const start = index.text.indexOf('Lavrov');
      expect(rangeFromSpan(index, { start, end: start + 6 })?.toString()).toBe('Lavrov');
    });

    it.each([
      ['empty', { start: 3, end: 3 }],
      ['past the end', { start: 1000, end: 1010 }],
      ['a separator only', { start: 2, end: 4 }],
    ])('returns null for a span that covers no text (%s)', (_what, span) => {
      const { index } = indexOf('<p>ab</p><p>cd</p>');
      expect(rangeFromSpan(index, span)).toBeNull();
    });
  });

  describe('on real news pages', () => {
    it.each(realPages().map((p) => [p.name, p] as const))(
      '%s: maps exactly and leaves out the page chrome',
      (_n, page) => {
        const doc = parseHtml(page.html);
        const root = findArticleRoot(doc) as Element;
        const index = buildTextIndex(root);
        expectExactMapping(index);
        expect(index.text).not.toMatch(/\n{3,}/);
        const text = index.text.replace(/\s+/g, ' ');
        const chrome = [...doc.querySelectorAll('nav, footer, aside, [class*="comment" i]')]
          .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter((t) => t.length > 30);
        for (const t of chrome) expect(text).not.toContain(t);
      },
      30_000,
    );
  });
});
