import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl } from '../../../../src/core/story/canonical-url';

describe('core/story/canonicalUrl', () => {
  it.each([
    ['drops the fragment', 'https://news.example/a#comments', 'https://news.example/a'],
    ['drops tracking parameters', 'https://news.example/a?utm_source=x&fbclid=1', 'https://news.example/a'],
    [
      'keeps parameters that choose the article, sorted',
      'https://news.example/a?p=2&id=7',
      'https://news.example/a?id=7&p=2',
    ],
    ['drops www. and a trailing slash', 'https://www.news.example/a/', 'https://news.example/a'],
    ['reads http and https as one page', 'http://news.example/a', 'https://news.example/a'],
    ['keeps a bare host as the root', 'https://news.example/', 'https://news.example'],
  ])('%s', (_what, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it('leaves what is not a web address unchanged', () => {
    expect(canonicalUrl('file:///tmp/a.html')).toBe('file:///tmp/a.html');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });

  it('keeps, for links, the address as read but for its fragment and tracking parameters', () => {
    expect(cleanUrl('http://www.news.example/a/?id=7&utm_source=x#top')).toBe(
      'http://www.news.example/a/?id=7',
    );
  });
});
