import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../../src/core/page/article-root';
import {
  buildTextIndex,
  buildTextIndexInSlices,
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
  it('reads the sample article as the seed text has it, without its kicker and photo credit', () => {
    const doc = parseHtml(readFileSync(SAMPLE_PAGE, 'utf8'));
    const index = buildTextIndex(findArticleRoot(doc) as Element);
    expect(
      index.text.startsWith(
        'Russian Foreign Minister Will Visit North Korea for Talks\n\nRussian President Vladimir Putin\n\nThe Russian',
      ),
    ).toBe(true);
    expect(
      index.text.endsWith(
        'American officials also met with officials in North Korea on Wednesday.\n\nSend a tip to the news team at NR.',
      ),
    ).toBe(true);
    // The "White House" section label, the byline, the photo credit and the SVG's "Vladimir Putin" are not article text.
    expect(index.text).not.toContain('White House');
    expect(index.text).not.toContain('Jack Crowe');
    expect(index.text).not.toContain('Kudryavtsev');
    expect(index.text).not.toMatch(/^Vladimir Putin$/m);
    if (existsSync(SEED_ARTICLE)) {
      const seed = readFileSync(SEED_ARTICLE, 'utf8');
      for (const block of index.text.split('\n\n')) expect(seed).toContain(block);
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

  describe('what is not prose, inside the article', () => {
    const body =
      '<p>Officials in the harbour town agreed on Friday to rebuild the old pier, which storms had broken twice.</p>' +
      '<p>The work is to start in spring and last two years, the council said in a short statement.</p>';

    function articleText(html: string): string {
      const doc = parseHtml(`<!doctype html><body><article id="root">${html}</article></body>`);
      return buildTextIndex(doc.getElementById('root') as Element).text;
    }

    it('leaves out the kicker above the headline and the byline and timestamp below it', () => {
      const text = articleText(
        `<p><a href="/harbours">Harbours</a></p><div>LOCAL NEWS</div><h1>Pier to be rebuilt</h1>` +
          `<div>By Ada Quill and Tom Reed</div><div>Updated 9:41 AM EST, Fri March 3, 2023</div>` +
          `<div><time datetime="2023-03-03">3 mars 2023</time></div>${body}`,
      );
      expect(text.split('\n\n')[0]).toBe('Pier to be rebuilt');
      expect(text).not.toMatch(/Harbours|LOCAL NEWS|Ada Quill|Updated|mars/);
      expect(text).toContain('Officials in the harbour town');
    });

    it('keeps the place of a dateline and leaves out its agency and dash', () => {
      const text = articleText(`<h1>Pier to be rebuilt</h1><p>PORT ELLEN, Scotland (AP) — ${body.slice(3)}`);
      expect(text).toContain('PORT ELLEN, Scotland\n\nOfficials in the harbour town');
      expect(text).not.toContain('(AP)');
      expect(text).not.toContain('—');
      expect(
        articleText(
          `<p>WELLINGTON — Officials said the storm had passed, and the long night was over at last.</p>`,
        ),
      ).toBe('WELLINGTON\n\nOfficials said the storm had passed, and the long night was over at last.');
    });

    it("keeps a caption of the article's own photo and leaves out its credit", () => {
      const text = articleText(
        `<figure><img src="p.jpg" alt=""><figcaption>The pier after the second storm (Photo: Ann Lee/Coast Pictures)</figcaption></figure>` +
          `<figure><img src="q.jpg" alt=""><figcaption>The harbour at dawn</figcaption><div>Jon Vik/Getty Images</div></figure>${body}`,
      );
      expect(text).toContain('The pier after the second storm\n\n');
      expect(text).toContain('The harbour at dawn');
      expect(text).not.toMatch(/Ann Lee|Jon Vik|Getty/);
    });

    it('leaves out teasers, tag lines, gallery controls, share rows, newsletter prompts and notes on who reported', () => {
      const text = articleText(
        `${body}<p>Read more: <a href="/x">Town votes on new ferry route</a></p><div>Back to Gallery</div>` +
          `<div>Caption</div><div>Close</div><p>Tags: harbour, council</p><div>Previous Post</div><div>» Next Story</div>` +
          `<div><a href="/f">Facebook</a> <a href="/t">Twitter</a> | <a href="/w">WhatsApp</a> <a href="/m">Email</a></div>` +
          `<p>Reporting by Ada Quill; editing by Tom Reed.</p><p>Write to Ada Quill at ada@example.com</p>` +
          `<h2><a href="https://list.example/join">Click here to subscribe to the Harbour Herald Newsletter</a></h2>`,
      );
      expect(text).toBe(
        'Officials in the harbour town agreed on Friday to rebuild the old pier, which storms had broken twice.\n\n' +
          'The work is to start in spring and last two years, the council said in a short statement.',
      );
    });

    it('leaves out the linked lines under a "Don\'t miss" or "More great … stories" label, up to the story\'s next paragraph', () => {
      const text = articleText(
        `<p>${body.slice(3, body.indexOf('</p>'))}</p>` +
          `<p><strong>DON'T MISS</strong><br><strong><a href="/a">Ferry fares rise again in Lowmouth</a> [NEWS]</strong>` +
          `<br><strong><a href="/b">GULL COLONY fears: Westhaven cliffs closed</a> [INSIGHT]</strong></p>` +
          body.slice(body.indexOf('</p>') + 4) +
          `<div>More Great Harbour Stories</div><ul><li>The long life and <a href="/c">quiet end of a lighthouse keeper</a></li>` +
          `<li>What Northport's new crane <a href="/d">means for the fishing fleet</a></li></ul>`,
      );
      expect(text).not.toMatch(/DON'T MISS|Lowmouth|Westhaven|More Great|lighthouse|Northport/);
      expect(text).toContain('Officials in the harbour town');
      expect(text).toContain('the council said in a short statement.');
    });

    it('keeps a linked sentence of the story after such a label when it is a paragraph of its own', () => {
      const text = articleText(
        `<p>Related</p><p>The council met on Friday and agreed, after a long debate that ran late into the evening, ` +
          `that <a href="/plans">the plans</a> for the pier should go ahead in spring, whatever the cost.</p>`,
      );
      expect(text).toContain('The council met on Friday');
    });

    it("leaves out a caption's credit set after its sentence in an element of its own", () => {
      const text = articleText(
        `<figure><img src="p.jpg" alt=""><figcaption><span>The mayor speaks at the pier on May 2, 2023.</span>` +
          `<span>K. Ann Marlow / AP file</span></figcaption></figure>${body}`,
      );
      expect(text).toContain('The mayor speaks at the pier on May 2, 2023.\n\n');
      expect(text).not.toMatch(/Marlow|AP file/);
    });

    it("leaves out a photo gallery's slides and captions, and keeps the lead photo's caption", () => {
      const slide = (i: number): string =>
        `<li class="gallery-item"><img src="g${i}.jpg" alt=""><div class="caption"><p>Slide ${i}: workers lift a beam onto the pier, seen from the beach in the rain.</p></div></li>`;
      const text = articleText(
        `<figure><img src="lead.jpg" alt=""><figcaption>The pier before the storms</figcaption></figure>${body}` +
          `<div class="photo-gallery"><ul>${[1, 2, 3, 4].map(slide).join('')}</ul></div>`,
      );
      expect(text).toContain('The pier before the storms');
      expect(text).toContain('Officials in the harbour town');
      expect(text).not.toContain('Slide');
    });

    it('keeps short prose, prices, times of a live blog and sentences that start with "By"', () => {
      const kept = [
        '4:14 p.m.',
        '$139.00',
        'By Monday, the pier was closed.',
        'Related parties met in March to agree on a price for the work, which no one had expected.',
        'Share your photos of the pier with us by email.',
        'Click here to see the plans, the council wrote on its page, and the town did so in hundreds.',
      ];
      const text = articleText(`<h1>Pier</h1>${kept.map((k) => `<p>${k}</p>`).join('')}${body}`);
      for (const k of kept) expect(text).toContain(k);
    });
  });

  describe('what a reader cannot see', () => {
    const rest = 'The story itself runs on, sentence after sentence, long enough to be the article. '.repeat(
      3,
    );

    function indexOfPage(style: string, body: string): string {
      const doc = parseHtml(
        `<!doctype html><head><style>${style}</style></head><body><div id="root">${body}<p>${rest}</p></div></body>`,
      );
      return buildTextIndex(doc.getElementById('root') as Element).text;
    }

    it('leaves out a video player menu its stylesheet hides, and keeps what the sheet shows again', () => {
      const text = indexOfPage(
        '.font-list { display: none } .font-list.is-open { display: block } .fx { visibility: hidden }',
        '<div class="video"><ul class="font-list"><li>Verdana</li><li>Courier New</li></ul>' +
          '<ul class="font-list is-open"><li>Quality</li></ul><div class="fx">Fading title</div></div>',
      );
      expect(text).not.toContain('Verdana');
      expect(text).not.toContain('Fading title');
      expect(text).toContain('Quality');
      expect(text).toContain('The story itself');
    });

    it('reads everything when the stylesheet hides the article itself (it is about to fade in)', () => {
      const doc = parseHtml(
        `<!doctype html><head><style>#root { visibility: hidden }</style></head><body><div id="root"><p>${rest}</p></div></body>`,
      );
      expect(buildTextIndex(doc.getElementById('root') as Element).text).toContain('The story itself');
    });

    it('ignores hiding rules for other screens and selectors the DOM cannot parse', () => {
      const text = indexOfPage(
        '@media print { .note { display: none } } .x::-moz-selection, .note:unknown-thing { display: none }',
        '<p class="note">A printed note.</p>',
      );
      expect(text).toContain('A printed note.');
    });

    it.each([
      [
        'the body of a closed <details>',
        '<details><summary>Timeline</summary><p>Hidden detail</p></details>',
        'Timeline',
      ],
      ['a listbox', '<div role="listbox"><div role="option">Arial</div></div>', ''],
      [
        'a menu button and its menu',
        '<div role="button">Captions</div><ul role="menu"><li>Georgia</li></ul>',
        '',
      ],
      ['a label of a form control', '<label>Search for Paris</label>', ''],
      ['a tooltip', '<span role="tooltip">Copy link</span>', ''],
    ])('leaves out %s', (_what, html, kept) => {
      const text = indexOfPage('', html);
      expect(text.split('\n\n')[0]).toBe(kept || rest.trim());
      expect(text).not.toMatch(/Hidden detail|Arial|Captions|Georgia|Paris|Copy link/);
    });

    it('reads the body of an open <details>', () => {
      expect(indexOfPage('', '<details open><summary>More</summary><p>Shown detail</p></details>')).toContain(
        'Shown detail',
      );
    });

    it("asks the browser's checkVisibility() where there is one", () => {
      const doc = parseHtml(
        `<!doctype html><body><div id="root"><div class="menu">Tahoma</div><p>${rest}</p></div></body>`,
      );
      const proto = doc.defaultView!.Element.prototype as Element & { checkVisibility?: () => boolean };
      proto.checkVisibility = function (this: Element) {
        return !this.classList.contains('menu');
      };
      const text = buildTextIndex(doc.getElementById('root') as Element).text;
      expect(text).not.toContain('Tahoma');
      expect(text).toContain('The story itself');
    });
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

  it("reads only a region's parts, in page order, and nothing around them", () => {
    const doc = parseHtml(
      '<!doctype html><body><article id="a">Loose words<h1 id="h">Dam opens</h1><p>By Kit Reporter</p>' +
        '<div><span>Updated</span><p id="intro">The first part of the story.</p></div>' +
        '<ul><li>Tag one</li></ul><div id="b"><p>The rest of the story.</p></div><p>Share this</p></article></body>',
    );
    const part = (id: string): Element => doc.getElementById(id) as Element;
    const index = buildTextIndex({ root: part('a'), parts: [part('b'), part('h'), part('intro')] });
    expect(index.text).toBe('Dam opens\n\nThe first part of the story.\n\nThe rest of the story.');
    expectExactMapping(index);
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

  describe('in slices', () => {
    /** An article of 2,000 short paragraphs with inline markup: thousands of nodes to walk. */
    const longArticle = (): Element =>
      indexOf(
        Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} names <b>Kim</b> Jong Un.</p>`).join(''),
      ).root;

    it('gives the same index as one walk, pausing between slices on a long article', async () => {
      const root = longArticle();
      let turns = 0;
      let clock = 0;
      const sliced = await buildTextIndexInSlices(root, {
        sliceMs: 1,
        // Every look at the clock moves it on by 1 ms, so each slice ends after one step.
        now: () => clock++,
        yieldToPage: async () => {
          turns++;
        },
      });
      const whole = buildTextIndex(root);
      expect(sliced?.text).toBe(whole.text);
      expect(sliced?.segments).toEqual(whole.segments);
      expect(turns).toBeGreaterThan(0);
    });

    it("gives the page its first turn before it has read the article's last paragraph", async () => {
      const root = longArticle();
      const last = root.querySelector('p:last-child b')?.firstChild as Text;
      let lastRead = false;
      const { data } = last;
      Object.defineProperty(last, 'data', {
        get: () => {
          lastRead = true;
          return data;
        },
      });
      let readAtFirstTurn: boolean | undefined;
      let clock = 0;
      await buildTextIndexInSlices(root, {
        sliceMs: 1,
        now: () => clock++,
        yieldToPage: async () => {
          readAtFirstTurn ??= lastRead;
        },
      });
      expect(readAtFirstTurn).toBe(false);
      expect(lastRead).toBe(true);
    });

    it('ends without an index when the walk is no longer wanted', async () => {
      let clock = 0;
      const sliced = await buildTextIndexInSlices(longArticle(), {
        sliceMs: 1,
        now: () => clock++,
        yieldToPage: async () => undefined,
        shouldContinue: () => false,
      });
      expect(sliced).toBeNull();
    });
  });
});
