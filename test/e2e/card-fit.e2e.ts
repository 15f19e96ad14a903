/**
 * Every hover card of the sample article fits the window it opens in: on a laptop (1280×900) and on
 * a phone-sized window (390×844), its footer (Read on Wikipedia, the licence, Not this one?) is on
 * screen and not cut, and a body with more below is marked `data-continues` (the fade). Chromium
 * only: the window size is set through playwright, which the two-browser driver does not offer.
 * Also: the thumbnail reaches the card as data, and the page never requests it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, updateSettings, type ExtensionBrowser } from '../support/chromium';
import { countMarks } from '../support/page-probe';
import { saveScreenshot } from '../support/screenshots';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { waitForSettledCount } from '../support/wait';
import { startWikiFixtureServer, type WikiFixtureServer } from '../support/wiki-fixture-server';

interface CardFit {
  entity: string;
  status: 'ok' | 'other';
  /** Card box, footer box and window, in CSS px. */
  card: { top: number; bottom: number; left: number; right: number; width: number };
  footer: { top: number; bottom: number } | null;
  /** The mention the card is open for, over all its pieces. */
  mention: { top: number; bottom: number } | null;
  view: { width: number; height: number };
  /** The body holds more than it shows. */
  overflows: boolean;
  marked: boolean;
  thumbnail: string | null;
}

/** Runs in the page: the open card's boxes, once it has its answer. Null while loading. */
function measureCard(entityId: string): CardFit | null {
  const host = [...document.querySelectorAll('[data-backstory-card]')].find((h) =>
    h.shadowRoot?.querySelector(`.bs-card[data-entity-id="${entityId}"]`),
  );
  const root = host?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.bs-card');
  const body = root?.querySelector<HTMLElement>('.bs-body');
  if (!card || !body || root?.querySelector('[aria-busy="true"]')) return null;
  const c = card.getBoundingClientRect();
  if (c.width === 0) return null;
  const footer = root?.querySelector('.bs-footer')?.getBoundingClientRect() ?? null;
  const pieces = [...document.querySelectorAll(`backstory-mark[data-backstory-id="${entityId}"]`)];
  const active = pieces.find((m) => m.hasAttribute('data-backstory-active'));
  const group = active?.getAttribute('data-backstory-mention');
  const rects = pieces
    .filter((m) => m === active || (group && m.getAttribute('data-backstory-mention') === group))
    .flatMap((m) => [...m.getClientRects()]);
  const mention = rects.length
    ? { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) }
    : null;
  return {
    entity: root?.querySelector('.bs-name')?.textContent ?? entityId,
    status: footer ? 'ok' : 'other',
    card: { top: c.top, bottom: c.bottom, left: c.left, right: c.right, width: c.width },
    footer: footer && { top: footer.top, bottom: footer.bottom },
    mention,
    view: { width: innerWidth, height: innerHeight },
    overflows: body.scrollHeight - body.clientHeight > 2,
    marked: body.hasAttribute('data-continues'),
    thumbnail: root?.querySelector('img.bs-thumb')?.getAttribute('src') ?? null,
  };
}

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe('Chromium: every card of the sample article fits its window', () => {
  let server: StaticServer;
  let wiki: WikiFixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    browser = await launchChromiumWithExtension();
    await updateSettings(browser, {
      lookups: true,
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await server?.close();
  });

  describe.each(VIEWPORTS)('at $width×$height', ({ name, width, height }) => {
    let page: Page;
    const fits: CardFit[] = [];

    beforeAll(async () => {
      page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(server.url(SAMPLE_PATH));
      await waitForSettledCount(() => page.evaluate(countMarks));
      const ids = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll('backstory-mark')].map((m) => m.getAttribute('data-backstory-id')),
        ),
      ]);
      for (const id of ids) {
        if (!id) continue;
        const mark = page.locator(`backstory-mark[data-backstory-id="${id}"]`).first();
        await mark.scrollIntoViewIfNeeded();
        await mark.hover();
        await page.waitForFunction(measureCard, id, { timeout: 8_000 });
        // Measured once placement and resize observers have settled.
        await page.waitForTimeout(250);
        const fit = await page.evaluate(measureCard, id);
        if (fit) fits.push(fit);
        if (fit?.entity.includes('Lavrov'))
          await saveScreenshot(`card-${name}`, await page.screenshot(), { forReadme: name === 'phone' });
        // Away from the mention and off the card (a sheet may stand on the top edge).
        await page.mouse.move(0, fit && fit.card.top <= 1 ? height - 1 : 0);
        await page.waitForFunction(() => !document.querySelector('[data-backstory-card]'), undefined, {
          timeout: 5_000,
        });
      }
    }, 240_000);

    afterAll(() => page?.close());

    it('opens a card for every entity, most with a Wikipedia answer', () => {
      expect(fits.length).toBeGreaterThanOrEqual(10);
      expect(fits.filter((f) => f.status === 'ok').length).toBeGreaterThanOrEqual(10);
      // Pictures come as data, handed over by the background; never as a URL the page would load.
      const thumbnails = fits.flatMap((f) => f.thumbnail ?? []);
      expect(thumbnails.length).toBeGreaterThan(0);
      expect(thumbnails.filter((src) => !src.startsWith('data:image/'))).toEqual([]);
    });

    it('keeps every card inside the window: 320–360 px beside the text, a full-width sheet on a phone', () => {
      const outside = fits.filter(
        (f) =>
          f.card.top < 0 || f.card.left < 0 || f.card.bottom > f.view.height || f.card.right > f.view.width,
      );
      expect(outside, JSON.stringify(outside)).toEqual([]);
      for (const f of fits) {
        if (width >= 480) {
          expect(f.card.width).toBeGreaterThanOrEqual(320);
          expect(f.card.width).toBeLessThanOrEqual(360);
        } else {
          // A sheet: the window's width, standing on its bottom (or top) edge, at most 60% of its height.
          expect(f.card.width).toBe(f.view.width);
          const onEdge = Math.abs(f.card.bottom - f.view.height) <= 1 || Math.abs(f.card.top) <= 1;
          expect(onEdge, JSON.stringify(f)).toBe(true);
          expect(f.card.bottom - f.card.top).toBeLessThanOrEqual(f.view.height * 0.6 + 1);
        }
      }
    });

    it('never covers the mention it explains', () => {
      const covering = fits.filter(
        (f) => !f.mention || (f.mention.bottom > f.card.top + 0.5 && f.mention.top < f.card.bottom - 0.5),
      );
      expect(covering, JSON.stringify(covering)).toEqual([]);
    });

    it('shows the footer of every Wikipedia card whole, at the bottom of the card', () => {
      const cut = fits.filter(
        (f) =>
          f.status === 'ok' &&
          (!f.footer ||
            f.footer.bottom > f.card.bottom + 0.5 ||
            f.footer.bottom > f.view.height ||
            f.footer.top < 0),
      );
      expect(cut, JSON.stringify(cut)).toEqual([]);
    });

    it('marks a body that holds more than it shows, and only such a body', () => {
      expect(fits.filter((f) => f.overflows !== f.marked).map((f) => f.entity)).toEqual([]);
    });
  });

  it('hands the thumbnail to the card as data: the page never requests it', () => {
    const pageOrigin = new URL(server.url(SAMPLE_PATH)).origin;
    expect(wiki.thumbnailRequests.length).toBeGreaterThan(0);
    const fromPage = wiki.thumbnailRequests.filter((r) =>
      String(r.headers.referer ?? r.headers.origin ?? '').startsWith(pageOrigin),
    );
    expect(fromPage).toEqual([]);
  });
});
