import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../../src/core/page/text-index';
import { parseHtml } from './page-fixtures';

/** Two paragraphs of a made-up story about a harbour town's pier. */
const story = [
  '<p>Officials in the harbour town agreed on Friday to rebuild the old pier, which storms had broken twice.</p>',
  '<p>The work is to start in spring and last two years, the council said in a short statement.</p>',
  '<p>Fishermen welcomed the plan but asked that the slipway stay open while the builders are there.</p>',
];

function articleText(html: string): string {
  const doc = parseHtml(`<!doctype html><body><article id="root">${html}</article></body>`);
  return buildTextIndex(doc.getElementById('root') as Element).text;
}

describe('core/page/teaser-cards: teasers of other stories inside the article', () => {
  it('leaves out a linked headline of another story set between paragraphs', () => {
    const text = articleText(
      story[0] +
        '<div class="embed"><ul><li><h3><a href="/2023/ferry-fares-rise">Ferry Fares Rise Again in Lowmouth</a></h3></li></ul></div>' +
        story[1] +
        '<div><h3><span>Updated</span><a href="/2023/bridge">Bridge Closed After Storm in Eastcliff</a></h3></div>' +
        story[2],
    );
    expect(text).not.toMatch(/Ferry Fares|Lowmouth|Bridge Closed|Eastcliff|Updated/);
    expect(text.split('\n\n')).toHaveLength(3);
  });

  it('leaves out a card of image, linked title and blurb, whole', () => {
    const card = (slug: string, title: string, blurb: string): string =>
      `<div class="row"><div class="pic"><a href="/${slug}"><img src="/${slug}.jpg" alt=""></a></div>` +
      `<div class="desc"><a href="/${slug}"><h5>${title}</h5></a><p>${blurb}</p><span>Kit Marlow</span></div></div>`;
    const text = articleText(
      story.join('') +
        card(
          'lighthouse',
          'Lighthouse Keeper Retires in Northport',
          'After forty years the lamp is handed on',
        ) +
        card(
          'gulls',
          'Gulls Return to Westhaven Cliffs',
          'Birdwatchers count the largest colony in a decade',
        ),
    );
    expect(text).not.toMatch(/Lighthouse|Northport|forty years|Gulls|Westhaven|Birdwatchers|Kit Marlow/);
    expect(text).toContain('asked that the slipway stay open');
  });

  it('leaves out a promotion that is one link around a picture and its lines of text', () => {
    const text = articleText(
      story[0] +
        '<div class="embed"><a href="https://video.example/harbour-show"><img src="/show.jpg" alt="">' +
        '<div><p><b>THE HARBOUR HOUR -- NOW STREAMING!</b></p>' +
        '<p>Each week Mara Quint takes a boat out to a town on the coast. Click to watch!</p></div></a></div>' +
        story[1],
    );
    expect(text).not.toMatch(/HARBOUR HOUR|Mara Quint|Click to watch/);
    expect(text.split('\n\n')).toHaveLength(2);
  });

  it("keeps the story's links: a linked phrase in a sentence, a linked picture", () => {
    const text = articleText(
      '<p>The council <a href="/news/vote"><b>voted on Friday</b></a> to rebuild the pier.</p>' +
        '<p><a href="/pier.jpg"><img src="/pier.jpg" alt=""></a>Fishermen welcomed the plan.</p>',
    );
    expect(text).toContain('The council voted on Friday to rebuild the pier.');
    expect(text).toContain('Fishermen welcomed the plan.');
  });

  it("keeps the story's own subheads, a table of contents' anchors and a linked title in a caption", () => {
    const text = articleText(
      '<h1><a href="/2023/pier">Pier to be rebuilt</a></h1>' +
        story[0] +
        '<h2>What the builders plan</h2>' +
        story[1] +
        '<h2><a href="#costs">What it costs</a></h2>' +
        '<figure><img src="/pier.jpg" alt=""><figcaption><h4><a href="/video/pier">The broken pier at low tide</a></h4></figcaption></figure>' +
        story[2],
    );
    for (const kept of [
      'Pier to be rebuilt',
      'What the builders plan',
      'What it costs',
      'The broken pier at low tide',
    ])
      expect(text).toContain(kept);
  });

  it('keeps a linked subhead that heads a long section of the story', () => {
    const text = articleText(
      `<section><h2><a href="/places/pier">The pier</a></h2>${story.join('')}</section>`,
    );
    expect(text).toContain('The pier');
    expect(text).toContain('Officials in the harbour town');
  });

  describe('cards of a linked image and a linked title to the same page', () => {
    const tile = (href: string, title: string, blurb: string): string =>
      `<div class="tile"><div><a href="${href}"><img src="/t.jpg" alt=""></a></div>` +
      `<div class="name"><a href="${href}">${title}</a></div><div>${blurb}</div></div>`;

    function pageText(html: string, url: string): string {
      const doc = parseHtml(
        `<!doctype html><head><link rel="canonical" href="${url}"></head><body><article id="root">${html}</article></body>`,
      );
      return buildTextIndex(doc.getElementById('root') as Element).text;
    }

    it("leaves out tiles teasing the site's own stories", () => {
      const text = pageText(
        story.join('') +
          tile(
            '/walks/cliff-path',
            'The Cliff Path Walk',
            'Three hours along the coast with a stop for tea.',
          ) +
          tile(
            'https://www.harbour.example/walks/dunes',
            'The Dune Walk',
            'An easy morning among the dunes and reeds.',
          ),
        'https://harbour.example/news/pier',
      );
      expect(text).not.toMatch(/Cliff Path|Dune Walk|three hours|reeds/i);
      expect(text).toContain('Fishermen welcomed the plan');
    });

    it("leaves out a list whose every item is a linked title of the site's other stories", () => {
      const text = pageText(
        story.join('') +
          '<ul><li><a href="/news/ferry-fares">Ferry Fares Rise Again in Lowmouth</a></li>' +
          '<li><a href="https://www.harbour.example/news/gulls">Gulls Return to Westhaven Cliffs</a> </li></ul>' +
          '<p>This story was updated with the council’s vote.</p>',
        'https://harbour.example/news/pier',
      );
      expect(text).not.toMatch(/Ferry Fares|Lowmouth|Gulls|Westhaven/);
      expect(text).toContain('Fishermen welcomed the plan');
      expect(text).toContain('updated with the council’s vote');
    });

    it("keeps the story's own lists: of sources on other sites, of short labels, of items saying more than their link", () => {
      const text = pageText(
        story[0] +
          '<ul><li><a href="https://council.example/minutes">Minutes of the Harbour Committee meeting</a></li>' +
          '<li><a href="https://coast.example/report">Coastguard report on the winter storms</a></li></ul>' +
          '<ul><li><a href="/topics/piers">Piers</a></li><li><a href="/topics/ferries">Ferries</a></li></ul>' +
          '<ol><li>First, <a href="/news/slipway">the slipway</a> is moved to the east side of the bay.</li>' +
          '<li>Then <a href="/news/beams">the new beams</a> are lifted onto the old piles.</li></ol>',
        'https://harbour.example/news/pier',
      );
      for (const kept of [
        'Minutes of the Harbour Committee',
        'Coastguard report',
        'Piers',
        'Ferries',
        'the slipway is moved',
      ])
        expect(text).toContain(kept);
    });

    it("keeps a buying guide's product tiles, which link to shops", () => {
      const text = pageText(
        story[0] +
          tile('https://shop.example/rope', 'Mooring Rope, 20 m', 'Braided and rated for small boats.') +
          tile('https://market.example/fender', 'Boat Fender Pair', 'Inflatable, in blue or white.'),
        'https://harbour.example/guides/gear',
      );
      expect(text).toContain('Mooring Rope, 20 m');
      expect(text).toContain('Inflatable, in blue or white.');
    });
  });
});
