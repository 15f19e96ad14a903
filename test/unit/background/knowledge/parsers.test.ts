import { describe, expect, it } from 'vitest';
import { parseGetEntities, parseSearch, pickTerm } from '../../../../src/background/knowledge/wikidata';
import { parseWikipediaQuery, wikipediaQueryUrl } from '../../../../src/background/knowledge/wikipedia';

const ORIGIN = 'https://en.wikipedia.org';

describe('background/knowledge/wikipedia', () => {
  it('asks for the pinned props, redirects resolved, at most 20 extracts', () => {
    const url = new URL(wikipediaQueryUrl(ORIGIN, ['Trump', 'Kim Jong Un']));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'query',
      formatversion: '2',
      origin: '*',
      redirects: '1',
      titles: 'Trump|Kim Jong Un',
      prop: 'extracts|pageimages|description|pageprops|info',
      exintro: '1',
      explaintext: '1',
      exlimit: '20',
      ppprop: 'wikibase_item|disambiguation',
      inprop: 'url',
    });
  });

  it('follows normalisation then redirects back to the title that was asked for', () => {
    const body = {
      batchcomplete: true,
      query: {
        normalized: [{ fromencoded: false, from: 'ri Yong Ho', to: 'Ri Yong Ho' }],
        redirects: [{ from: 'Ri Yong Ho', to: 'Ri Yong-ho' }],
        pages: [
          {
            pageid: 1,
            ns: 0,
            title: 'Ri Yong-ho',
            canonicalurl: 'https://en.wikipedia.org/wiki/Ri_Yong-ho',
            extract: 'Ri Yong-ho is a North Korean diplomat.',
            pageprops: { wikibase_item: 'Q24083656' },
            thumbnail: { source: 'https://upload.wikimedia.org/ri.jpg', width: 200, height: 300 },
          },
          { ns: 0, title: 'Nobody Here', missing: true },
          { title: 'Kim', pageid: 2, ns: 0, pageprops: { disambiguation: '', wikibase_item: 'Q245337' } },
        ],
      },
    };
    const pages = parseWikipediaQuery(body, ['ri Yong Ho', 'Nobody Here', 'Kim'], ORIGIN);
    expect(pages.get('ri Yong Ho')).toEqual({
      title: 'Ri Yong-ho',
      url: 'https://en.wikipedia.org/wiki/Ri_Yong-ho',
      extract: 'Ri Yong-ho is a North Korean diplomat.',
      qid: 'Q24083656',
      disambiguation: false,
      thumbnail: { url: 'https://upload.wikimedia.org/ri.jpg', width: 200, height: 300 },
    });
    expect(pages.has('Nobody Here')).toBe(false);
    expect(pages.get('Kim')?.disambiguation).toBe(true);
  });

  it('drops links and thumbnails that are not web URLs', () => {
    const body = {
      query: {
        pages: [
          {
            title: 'Evil',
            canonicalurl: 'javascript:alert(1)',
            thumbnail: { source: 'data:image/svg+xml,<svg onload=alert(1)>', width: 1, height: 1 },
          },
        ],
      },
    };
    const page = parseWikipediaQuery(body, ['Evil'], ORIGIN).get('Evil');
    expect(page?.url).toBe('https://en.wikipedia.org/wiki/Evil');
    expect(page?.thumbnail).toBeUndefined();
  });

  it('rejects what is not a query answer', () => {
    expect(() => parseWikipediaQuery({ error: { code: 'x' } }, ['A'], ORIGIN)).toThrow();
  });
});

describe('background/knowledge/wikidata', () => {
  it.each([
    ['an English label', { en: { language: 'en', value: 'Kim Yong-chol' } }],
    [
      'a mul label under en (language fallback)',
      { en: { language: 'mul', value: 'Kim Yong-chol', 'for-language': 'en' } },
    ],
    ['a mul label only', { mul: { language: 'mul', value: 'Kim Yong-chol' } }],
  ])('reads %s', (_, terms) => {
    expect(pickTerm(terms, 'en')).toBe('Kim Yong-chol');
  });

  it('keeps claims with their start and end, drops other properties and missing items', () => {
    const body = {
      entities: {
        Q473239: {
          type: 'item',
          id: 'Q473239',
          labels: { en: { language: 'en', value: 'Mike Pompeo' } },
          descriptions: { en: { language: 'en', value: 'American politician' } },
          claims: {
            P39: [
              {
                mainsnak: {
                  snaktype: 'value',
                  property: 'P39',
                  datavalue: {
                    value: { 'entity-type': 'item', 'numeric-id': 14213, id: 'Q14213' },
                    type: 'wikibase-entityid',
                  },
                },
                type: 'statement',
                rank: 'normal',
                qualifiers: {
                  P580: [
                    {
                      snaktype: 'value',
                      property: 'P580',
                      datavalue: { value: { time: '+2018-04-26T00:00:00Z', precision: 11 }, type: 'time' },
                    },
                  ],
                },
              },
              { mainsnak: { snaktype: 'somevalue', property: 'P39' }, type: 'statement', rank: 'normal' },
            ],
            P18: [
              {
                mainsnak: {
                  snaktype: 'value',
                  property: 'P18',
                  datavalue: { value: 'x.jpg', type: 'string' },
                },
              },
            ],
          },
          sitelinks: { enwiki: { site: 'enwiki', title: 'Mike Pompeo', badges: [] } },
        },
        Q404404404: { id: 'Q404404404', missing: '' },
      },
      success: 1,
    };
    const items = parseGetEntities(body, 'en');
    expect(items.has('Q404404404')).toBe(false);
    expect(items.get('Q473239')).toEqual({
      id: 'Q473239',
      label: 'Mike Pompeo',
      description: 'American politician',
      sitelink: 'Mike Pompeo',
      claims: {
        P39: [
          {
            value: { kind: 'item', id: 'Q14213' },
            rank: 'normal',
            qualifiers: { P580: [{ kind: 'time', value: { time: '+2018-04-26T00:00:00Z', precision: 11 } }] },
          },
          // somevalue: an office held, which one unknown; kept, so it can be shown as unknown.
          { value: { kind: 'unknown' }, rank: 'normal', qualifiers: {} },
        ],
      },
    });
  });

  it('reads search hits from display terms', () => {
    const hits = parseSearch({
      searchinfo: { search: 'Trump' },
      search: [
        {
          id: 'Q22686',
          display: {
            label: { value: 'Donald Trump', language: 'en' },
            description: { value: 'president', language: 'en' },
          },
          label: 'Donald Trump',
          match: { type: 'alias', language: 'en', text: 'Trump' },
        },
      ],
      success: 1,
    });
    expect(hits).toEqual([{ id: 'Q22686', label: 'Donald Trump', description: 'president' }]);
  });
});
