import { describe, expect, it } from 'vitest';
import { accessChoiceOf, pagePattern, sitePatterns, webPatterns } from '../../../src/shared/site-access';

describe('shared/site-access', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-1', 'https://www.bbc.co.uk/*'],
    ['http://127.0.0.1:8080/sample/', 'http://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['file:///home/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('needs, to read %s, the host permission %s', (url, pattern) => {
    expect(pagePattern(url)).toBe(pattern);
  });

  it('turns a site on over http and https alike, and nothing that is not a web page', () => {
    expect(sitePatterns('https://www.bbc.co.uk/news/1?x#y')).toEqual([
      'http://www.bbc.co.uk/*',
      'https://www.bbc.co.uk/*',
    ]);
    expect(sitePatterns('about:blank')).toEqual([]);
  });

  it('reads "every site" only when both http and https pages are granted', () => {
    expect(accessChoiceOf(['http://*/*', 'https://*/*', '*://a.example/*'])).toBe('every-site');
    expect(accessChoiceOf(['https://*/*'])).toBe('chosen-sites');
    expect(accessChoiceOf(undefined)).toBe('chosen-sites');
  });

  it('keeps web patterns only, once each, in a stable order', () => {
    expect(webPatterns(['https://*/*', 'moz-extension://x/*', '*://a.example/*', 'https://*/*'])).toEqual([
      '*://a.example/*',
      'https://*/*',
    ]);
  });
});
