// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, dayOfTimestamp, findPublishedDate } from '../../../../src/core/page/published-date';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('core/page/published-date findPublishedDate', () => {
  it('reads the sample news page (JSON-LD first)', () => {
    // Relative to the repo root: vitest runs there, and jsdom's import.meta.url is not a file URL.
    const html = readFileSync(join(process.cwd(), 'samples/lavrov-north-korea.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(findPublishedDate(doc)).toEqual({
      date: '2018-05-30',
      raw: '2018-05-30T12:14:00-04:00',
      source: 'json-ld',
    });
  });

  it.each([
    [
      'JSON-LD @graph, preferring the article over the page',
      page(
        `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","dateCreated":"2001-01-01"},{"@type":"NewsArticle","datePublished":"2018-05-30T12:14:00-04:00"}]}</script>`,
      ),
      '2018-05-30',
      'json-ld',
    ],
    [
      'JSON-LD as an array with a type array',
      page(
        `<script type="application/ld+json">[{"@type":["Article","Thing"],"datePublished":"2017-03-09"}]</script>`,
      ),
      '2017-03-09',
      'json-ld',
    ],
    [
      'JSON-LD wrapped in CDATA',
      page(
        `<script type="application/ld+json"><![CDATA[ {"@type":"Article","datePublished":"2013-09-11T10:00:00-04:00"} ]]></script>`,
      ),
      '2013-09-11',
      'json-ld',
    ],
    [
      'broken JSON-LD falls through to meta',
      page(
        `<script type="application/ld+json">{oops</script><meta property="article:published_time" content="2016-12-22T10:43:37-08:00">`,
      ),
      '2016-12-22',
      'meta',
    ],
    [
      'parsely meta',
      page(`<meta name="parsely-pub-date" content="2023-06-07T20:54:26.829Z">`),
      '2023-06-07',
      'meta',
    ],
    [
      'sailthru meta',
      page(`<meta name="sailthru.date" content="2014-02-03 10:00:00">`),
      '2014-02-03',
      'meta',
    ],
    ['Dublin Core meta', page(`<meta name="DC.date.issued" content="2012-11-05">`), '2012-11-05', 'meta'],
    ['compact pdate meta', page(`<meta name="pdate" content="20190221">`), '2019-02-21', 'meta'],
    [
      'itemprop on a time element',
      page('', `<time itemprop="datePublished" datetime="2019-01-03T02:00:02-0500">3 Jan</time>`),
      '2019-01-03',
      'itemprop',
    ],
    [
      'a time element inside the article, not the sidebar',
      page(
        '',
        `<aside><time datetime="2001-01-01">old</time></aside><article><time datetime="2015-04-16T20:02:01+00:00">16 April</time></article>`,
      ),
      '2015-04-16',
      'time-element',
    ],
    [
      'a time marked published, not the related-stories list before it',
      page(
        '',
        `<ul class="related"><li><time class="timestamp" datetime="2001-01-01">old</time></li></ul><header><time class="published" datetime="2015-04-16">16 April</time></header>`,
      ),
      '2015-04-16',
      'time-element',
    ],
    [
      'a dateline in the article rather than in a related-stories box',
      page(
        '',
        `<div class="related"><span class="date">Jan 2, 2001</span></div><nav><span class="date">Feb 3, 2002</span></nav><article><p class="dateline">Posted May 30, 2018</p></article>`,
      ),
      '2018-05-30',
      'text',
    ],
    [
      'the date in the canonical URL',
      page(`<link rel="canonical" href="https://example.com/2018/05/30/story-slug">`),
      '2018-05-30',
      'url',
    ],
    [
      'a dateline in the byline',
      page('', `<div class="byline">By A. Writer | May 30, 2018 12:14 PM</div>`),
      '2018-05-30',
      'text',
    ],
  ])('%s', (_name, doc, date, source) => {
    expect(findPublishedDate(doc)).toMatchObject({ date, source });
  });

  it('uses the given URL when the page says nothing', () => {
    expect(findPublishedDate(page(''), 'https://www.nytimes.com/2019/02/21/nyregion/x.html')).toEqual({
      date: '2019-02-21',
      source: 'url',
    });
  });

  it('returns undefined when there is no date anywhere', () => {
    expect(findPublishedDate(page('<title>x</title>', '<p>Nothing dated here.</p>'))).toBeUndefined();
  });

  it('ignores modified times', () => {
    const doc = page(`<meta property="article:modified_time" content="2019-01-16T11:16:23.000Z">`);
    expect(findPublishedDate(doc)).toBeUndefined();
  });
});

describe('core/page/published-date dayOfTimestamp', () => {
  it.each([
    ['2019-01-03T02:00:02-0500', '2019-01-03'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['20190221', '2019-02-21'],
    ['Wed, 30 May 2018 12:14:00 GMT', '2018-05-30'],
    ['May 30, 2018', '2018-05-30'],
    ['1429214521', '2015-04-16'],
    ['2018-02-30', undefined],
    ['soon', undefined],
  ])('%s → %s', (raw, day) => {
    expect(dayOfTimestamp(raw)).toBe(day);
  });
});

describe('core/page/published-date dateFromUrl', () => {
  it.each([
    ['https://example.com/2018/05/30/slug', '2018-05-30'],
    ['https://example.com/news/2018-05-30-slug', '2018-05-30'],
    ['https://example.com/20180530/slug', '2018-05-30'],
    ['https://example.com/2018/05/slug', undefined],
    ['https://example.com/item/1234567890', undefined],
  ])('%s → %s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });
});

/**
 * Real pages saved by mozilla/readability, read from the shared data beside the repository
 * (../shared/data/pages/readability/<site>/; they belong to their publishers and are never copied here). The expected day is the page's
 * `publishedTime` in expected-metadata.json where it has one; otherwise it was read by hand from
 * the page's visible dateline, as noted.
 */
const PAGES = join(process.cwd(), '..', 'shared', 'data', 'pages', 'readability');
const FROM_METADATA = [
  'bbc-1',
  'breitbart',
  'engadget',
  'guardian-1',
  'lazy-image-2',
  'seattletimes-1',
  'theverge',
  'wordpress',
];
const BY_HAND: Array<[string, string]> = [
  ['ars-1', '2015-04-16'], // <time datetime="2015-04-16T20:02:01+00:00">
  ['buzzfeed-1', '2015-04-21'], // "posted on April 21, 2015, at 11:29 a.m."
  ['citylab-1', '2019-04-30'],
  ['cnet', '2017-01-18'],
  ['medicalnewstoday', '2017-07-27'],
  ['nytimes-1', '2017-01-13'], // URL /2017/01/13/
  ['nytimes-3', '2019-02-21'], // URL /2019/02/21/
];

function readPage(site: string): Document {
  const html = gunzipSync(readFileSync(join(PAGES, site, 'source.html.gz'))).toString('utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The day the page's metadata gives, as written (`2015-07-24T05:36:09+01:00` → `2015-07-24`). */
function metadataDay(site: string): string | undefined {
  const metadata = JSON.parse(readFileSync(join(PAGES, site, 'expected-metadata.json'), 'utf8')) as {
    publishedTime?: string | null;
  };
  return metadata.publishedTime?.slice(0, 10);
}

describe.skipIf(!existsSync(PAGES))('core/page/published-date on real pages', () => {
  it.each(FROM_METADATA)('%s was published on the day its metadata gives', (site) => {
    const day = metadataDay(site);
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(findPublishedDate(readPage(site))?.date).toBe(day);
  });

  it.each(BY_HAND)('%s was published on %s (its dateline, read by hand)', (site, day) => {
    expect(findPublishedDate(readPage(site))?.date).toBe(day);
  });
});

describe('core/page/published-date: local day, update day and byline time', () => {
  it('reads a timestamp with an offset on the day where it was written', () => {
    const doc = page(`<meta property="article:published_time" content="2019-12-06T23:10:00-08:00">`, '');
    expect(findPublishedDate(doc)?.date).toBe('2019-12-06');
  });

  it('moves a UTC timestamp to the time zone the page writes its other times in', () => {
    const doc = page(
      `<meta property="article:published_time" content="2019-12-07T04:10:00Z">`,
      `<article><time class="updated" datetime="2019-12-06T23:40:00-05:00"></time></article>`,
    );
    expect(findPublishedDate(doc)?.date).toBe('2019-12-06');
  });

  it('looks up the page time zone once, however many UTC stamps need it', () => {
    /** The page's `<meta content>` scans while its publication (and update) day is found. */
    const metaScans = (body: string, expected: object): number => {
      const doc = page(
        `<meta property="article:published_time" content="2019-12-07T04:10:00Z"><meta name="x" content="2019-12-06T20:00:00-05:00">`,
        body,
      );
      let scans = 0;
      const select = doc.querySelectorAll.bind(doc);
      doc.querySelectorAll = ((selector: string) => {
        if (selector === 'meta[content]') scans++;
        return select(selector);
      }) as typeof doc.querySelectorAll;
      expect(findPublishedDate(doc)).toMatchObject(expected);
      return scans;
    };
    // Both UTC stamps are read in New York time: 04:10Z is the 6th, 03:30Z the 7th.
    const publishedOnly = metaScans('', { date: '2019-12-06' });
    const withUpdate = metaScans(
      `<article><p class="dateline">Updated: <time datetime="2019-12-08T03:30:00Z">7 Dec</time></p></article>`,
      { date: '2019-12-06', updated: '2019-12-07' },
    );
    expect(withUpdate).toBe(publishedOnly);
  });

  it('keeps the UTC day when the page gives no other time zone', () => {
    const doc = page(`<meta property="article:published_time" content="2019-12-07T04:10:00Z">`, '');
    expect(findPublishedDate(doc)?.date).toBe('2019-12-07');
  });

  it('reads the update day the page shows the reader: "Updated Dec. 7" after a 6 December stamp', () => {
    const doc = page(
      `<meta property="article:published_time" content="2019-12-06T18:00:00-05:00">`,
      `<h1>Budget vote</h1><div class="byline">By A. Reporter · Dec. 6, 2019, 6:00 PM / Updated Dec. 7</div>`,
    );
    expect(findPublishedDate(doc)).toMatchObject({ date: '2019-12-06', updated: '2019-12-07' });
  });

  it('reads an update <time> labelled as such, and not as the publication date', () => {
    const doc = page(
      '',
      `<article><h1>Budget vote</h1><p class="dateline"><time class="published" datetime="2019-12-06T18:00:00-05:00">6 Dec</time>
       Updated: <time datetime="2019-12-08T09:00:00-05:00">8 Dec</time></p></article>`,
    );
    expect(findPublishedDate(doc)).toMatchObject({ date: '2019-12-06', updated: '2019-12-08' });
  });

  it('keeps no update day from metadata alone', () => {
    const doc = page(
      `<meta property="article:published_time" content="2019-12-06"><meta property="article:modified_time" content="2019-12-07">`,
      '',
    );
    expect(findPublishedDate(doc)?.updated).toBeUndefined();
  });

  it('uses a byline <time datetime> beside the headline when nothing better exists', () => {
    const doc = page(
      '',
      `<div class="x1"><h1>Ferry strike ends</h1><div class="x2"><span>By A. Reporter</span><time datetime="2023-02-01T10:00:00-05:00">1 Feb</time></div></div><p>Crews went back to work.</p>`,
    );
    expect(findPublishedDate(doc)).toMatchObject({ date: '2023-02-01', source: 'time-element' });
  });

  it('takes no date from a <time> far from the headline or in a related-stories box', () => {
    const doc = page(
      '',
      `<div><h1>Ferry strike ends</h1></div><div><div><aside><time datetime="2001-01-01">old</time></aside></div></div><footer><div><div><time datetime="2002-02-02">x</time></div></div></footer>`,
    );
    expect(findPublishedDate(doc)).toBeUndefined();
  });
});
