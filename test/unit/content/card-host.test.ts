// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountCardHost, SHEET_MEDIA, sheetPlacement } from '../../../src/content/card-host';

let mark: HTMLElement;

/** Makes the window answer `matchMedia` as a phone (true) or a laptop (false) would for the sheet query. */
function windowIsNarrow(narrow: boolean): void {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: narrow && query === SHEET_MEDIA, media: query }) as MediaQueryList),
  );
}

beforeEach(() => {
  document.body.innerHTML = '<p>Met <span id="m" tabindex="0">Sergey Lavrov</span> today.</p>';
  mark = document.getElementById('m') as HTMLElement;
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('content/card-host', () => {
  it('mounts a labelled, focusable dialog in an open shadow root, styled from inside it', () => {
    windowIsNarrow(false);
    const mount = mountCardHost(mark, 'Sergey Lavrov: background card');
    expect(mount.host.isConnected).toBe(true);
    expect(mount.host.hasAttribute('data-backstory-card')).toBe(true);
    expect(mount.host.shadowRoot?.contains(mount.dialog)).toBe(true);
    expect(mount.dialog.getAttribute('role')).toBe('dialog');
    expect(mount.dialog.getAttribute('aria-label')).toBe('Sergey Lavrov: background card');
    expect(mount.dialog.tabIndex).toBe(-1);
    // jsdom has no adoptedStyleSheets: the <style> fallback carries the card's CSS into the shadow root.
    expect(mount.host.shadowRoot?.querySelector('style')?.textContent).toContain(':host { all: initial; }');
    mount.remove();
  });

  it('floats beside the mention on a wide window', () => {
    windowIsNarrow(false);
    const mount = mountCardHost(mark, 'card');
    expect(mount.sheet).toBeNull();
    expect(mount.dialog.hasAttribute('data-sheet')).toBe(false);
    expect(mount.host.style.position).toBe('fixed');
    mount.remove();
  });

  it('stands on the bottom edge, full width, as a sheet on a narrow or touch-only window', () => {
    windowIsNarrow(true);
    const mount = mountCardHost(mark, 'card');
    expect(mount.sheet).toBe('bottom');
    expect(mount.dialog.getAttribute('data-sheet')).toBe('bottom');
    expect(mount.host.style).toMatchObject({ position: 'fixed', bottom: '0px', left: '0px', right: '0px' });
    expect(mount.host.style.top).toBe('auto');
    mount.remove();
  });

  it('uses a fresh tag name for every host, so a page cannot define our element first', () => {
    windowIsNarrow(false);
    const names = [mountCardHost(mark, 'a'), mountCardHost(mark, 'b')].map((m) => {
      m.remove();
      return m.host.localName;
    });
    expect(names[0]).toMatch(/^backstory-card-[0-9a-z]+$/);
    expect(names[1]).not.toBe(names[0]);
  });

  it('leaves nothing in the page once removed', () => {
    windowIsNarrow(true);
    mountCardHost(mark, 'card').remove();
    expect(document.querySelector('[data-backstory-card]')).toBeNull();
  });
});

describe('content/card-host: where a sheet stands, in a 844 px tall window', () => {
  const HEIGHT = 844;
  const FULL = Math.floor(Math.min(0.6 * HEIGHT, 520));

  it('stands on the bottom edge, full height, when the mention is high enough to stay in view above it', () => {
    expect(sheetPlacement({ top: 100, bottom: 120 }, HEIGHT)).toEqual({ edge: 'bottom', maxHeight: FULL });
  });

  it('moves to the top edge when a bottom sheet would cover the mention', () => {
    const placed = sheetPlacement({ top: 700, bottom: 720 }, HEIGHT);
    expect(placed.edge).toBe('top');
    expect(placed.maxHeight).toBeLessThanOrEqual(700);
  });

  it('shrinks to the room there is, so the mention stays in view on either edge', () => {
    const mention = { top: 500, bottom: 520 };
    const placed = sheetPlacement(mention, HEIGHT);
    expect(placed.edge).toBe('top');
    expect(placed.maxHeight).toBeLessThanOrEqual(mention.top);
    const lower = sheetPlacement({ top: 300, bottom: 320 }, HEIGHT);
    expect(lower.edge).toBe('bottom');
    expect(HEIGHT - lower.maxHeight).toBeGreaterThanOrEqual(320);
  });

  it('stands on the bottom edge when the mention has no box to keep in view', () => {
    expect(sheetPlacement(null, HEIGHT)).toEqual({ edge: 'bottom', maxHeight: FULL });
  });
});
