// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageTheme } from '../../../src/content/page-theme';

/** The reader's system scheme, as `matchMedia('(prefers-color-scheme: dark)')` reports it. */
function systemScheme(scheme: 'light' | 'dark'): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('dark') && scheme === 'dark',
    media: query,
  }));
}

/** The mention inside a page built from `html`; `#m` marks it. */
function mentionIn(html: string): Element {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = html;
  return document.getElementById('m') as Element;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('content/page-theme', () => {
  it('keeps the card light on a white news site while the system is dark', () => {
    systemScheme('dark');
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    expect(pageTheme(mentionIn('<p><span id="m">Lavrov</span></p>'))).toBe('light');
  });

  it('goes dark on a dark page while the system is light', () => {
    systemScheme('light');
    const mention = mentionIn(
      '<main style="background-color: rgb(18, 18, 18)"><p><b id="m">Lavrov</b></p></main>',
    );
    expect(pageTheme(mention)).toBe('dark');
  });

  it('reads the nearest background that hides what is behind it, not a faint tint over it', () => {
    systemScheme('light');
    const mention = mentionIn(
      '<div style="background-color: rgb(15, 15, 20)">' +
        '<p style="background-color: rgba(255, 255, 255, 0.1)"><span id="m">Lavrov</span></p>' +
        '<aside style="background-color: rgb(250, 250, 250)">a light box elsewhere</aside></div>',
    );
    expect(pageTheme(mention)).toBe('dark');
  });

  it('takes a light box on a dark page as light: the card sits where the name is', () => {
    systemScheme('dark');
    const mention = mentionIn(
      '<div style="background-color: rgb(15, 15, 20)"><blockquote style="background-color: rgb(245, 240, 230)">' +
        '<span id="m">Lavrov</span></blockquote></div>',
    );
    expect(pageTheme(mention)).toBe('light');
  });

  it('shows the browser’s white canvas as light on a page that paints no background, whatever the system says', () => {
    systemScheme('dark');
    expect(pageTheme(mentionIn('<p><span id="m">Lavrov</span></p>'))).toBe('light');
  });

  it('leaves it to the system on a page with no background that opts into dark schemes', () => {
    document.documentElement.setAttribute('style', 'color-scheme: light dark');
    const mention = document.createElement('span');
    document.body.append(mention);
    systemScheme('dark');
    expect(pageTheme(mention)).toBe('dark');
    systemScheme('light');
    expect(pageTheme(mention)).toBe('light');
    document.documentElement.removeAttribute('style');
  });
});
