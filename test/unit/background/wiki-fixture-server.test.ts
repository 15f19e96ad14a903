/** The fixture server other suites (e2e, CLI) rely on: its shapes, its counting, its failure switches. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../support/wiki-fixture-server';

let wiki: WikiFixtureServer;
beforeAll(async () => {
  wiki = await startWikiFixtureServer();
});
afterAll(() => wiki.close());
beforeEach(() => {
  wiki.reset();
  wiki.setFailure({ mode: 'none' });
});

const api = async (params: Record<string, string>) => {
  const response = await fetch(
    `${wiki.origin}/w/api.php?${new URLSearchParams({ format: 'json', ...params })}`,
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
};

describe('test/support/wiki-fixture-server', () => {
  it('answers a title query with normalisation, redirects, missing pages and disambiguation flags', async () => {
    const { body } = await api({
      action: 'query',
      formatversion: '2',
      redirects: '1',
      titles: 'kim Yong Chol|Nobody at all|Kim',
      prop: 'extracts|pageprops|info',
      inprop: 'url',
    });
    expect(body.query).toMatchObject({
      normalized: [{ from: 'kim Yong Chol', to: 'Kim Yong Chol' }],
      redirects: [{ from: 'Kim Yong Chol', to: 'Kim Yong-chol' }],
      pages: [
        {
          title: 'Kim Yong-chol',
          pageprops: { wikibase_item: 'Q6410946' },
          extract: expect.stringContaining('general'),
        },
        { title: 'Nobody at all', missing: true },
        { title: 'Kim', pageprops: { disambiguation: '' } },
      ],
    });
  });

  it('gives at most exlimit (≤ 20) extracts a call and says so with continue', async () => {
    const titles = [
      'Sergey Lavrov',
      'Ri Yong-ho',
      'Kim Jong Un',
      'Donald Trump',
      'Mike Pompeo',
      'Beijing',
      'Putin',
    ];
    const { body } = await api({
      action: 'query',
      formatversion: '2',
      titles: titles.join('|'),
      prop: 'extracts',
      exlimit: '5',
      redirects: '1',
    });
    const pages = (body.query as { pages: { extract?: string }[] }).pages;
    expect(pages).toHaveLength(7);
    expect(pages.filter((p) => p.extract !== undefined)).toHaveLength(5);
    expect(body.continue).toMatchObject({ excontinue: 5 });
  });

  it('gives a mul-only label under en when asked with languagefallback', async () => {
    const { body } = await api({
      action: 'wbgetentities',
      ids: 'Q6410946',
      props: 'labels',
      languages: 'en',
      languagefallback: '1',
    });
    expect(body.entities).toEqual({
      Q6410946: {
        type: 'item',
        id: 'Q6410946',
        labels: { en: { language: 'mul', value: 'Kim Yong-chol', 'for-language': 'en' } },
      },
    });
  });

  it('searches labels and aliases by prefix', async () => {
    const { body } = await api({
      action: 'wbsearchentities',
      search: 'Russian foreign ministry',
      language: 'en',
    });
    expect(body.search).toMatchObject([
      { id: 'Q1970632', match: { type: 'alias', text: 'Russian Foreign Ministry' } },
    ]);
  });

  it('counts API requests and fails on demand', async () => {
    wiki.setFailure({ mode: '429', times: 1, retryAfterSeconds: 7 });
    const first = await api({ action: 'query', titles: 'Beijing' });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await api({ action: 'query', titles: 'Beijing' })).status).toBe(200);
    wiki.setFailure({ mode: '500', times: 1 });
    const broken = await fetch(`${wiki.origin}/w/api.php?action=query&titles=Beijing`);
    expect(broken.status).toBe(500);
    wiki.setFailure({ mode: 'malformed', times: 1 });
    const malformed = await fetch(`${wiki.origin}/w/api.php?action=query&titles=Beijing`);
    await expect(malformed.json()).rejects.toThrow();
    expect(wiki.requests).toHaveLength(4);
  });

  it('holds a request open in timeout mode', async () => {
    wiki.setFailure({ mode: 'timeout', times: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      fetch(`${wiki.origin}/w/api.php?action=query&titles=Beijing`, { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
