import { describe, expect, it } from 'vitest';
import { isSamePage, readableHost, withoutHash } from '../../../src/shared/url';

describe('shared/url', () => {
  it.each([
    ['https://a.example.com/x', 'a.example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['file:///tmp/a.html', null],
    ['chrome://extensions/', null],
    ['not a url', null],
    [undefined, null],
  ])('reads the host of %s as %s', (url, host) => {
    expect(readableHost(url)).toBe(host);
  });

  it('drops the fragment, and only the fragment', () => {
    expect(withoutHash('https://a.example/x?q=1#comments')).toBe('https://a.example/x?q=1');
    expect(withoutHash('https://a.example/x')).toBe('https://a.example/x');
  });

  it.each([
    ['https://a.example/x', 'https://a.example/x#comments', true],
    ['https://a.example/x', 'https://a.example/y', false],
    ['https://a.example/x?page=1', 'https://a.example/x?page=2', false],
    [undefined, 'https://a.example/x', false],
  ])('%s and %s are the same page: %s', (a, b, expected) => {
    expect(isSamePage(a, b)).toBe(expected);
  });
});
