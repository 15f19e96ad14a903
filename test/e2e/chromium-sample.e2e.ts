/**
 * The reference article in real Chromium with the built extension (dist/chrome) loaded: highlights,
 * the hover card, the popup's roster and timeline. Cards look things up in a local Wikipedia/Wikidata
 * fixture; the network is never reached.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  tabIdOf,
  updateSettings,
  type ExtensionBrowser,
} from '../support/chromium';
import {
  FURNITURE_SELECTOR,
  countMarks,
  focusedHighlightIndex,
  isAnyCardShowing,
  isCardShowing,
  isHighlightFocused,
  probeInitScript,
  readArticleText,
  readMarks,
  readSnapshot,
  type MarkInfo,
  type PageSnapshot,
} from '../support/page-probe';
import { saveScreenshot } from '../support/screenshots';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { waitForSettledCount } from '../support/wait';
import { startWikiFixtureServer } from '../support/wiki-fixture-server';
import {
  VISIBLE_PANEL,
  readVisibleDates,
  readVisibleEntityIds,
  showsAtLeastEntities,
  showsDates,
} from './popup-panels';
import {
  NAMES_OUTSIDE_THE_ARTICLE,
  NEVER_AN_ENTITY,
  PEOPLE,
  PLACES,
  TIMELINE_DATES,
  describeMarks,
  distinctIds,
  marksContaining,
  namesHighlightedAs,
  startDay,
} from './sample-article';

type WikiFixture = Awaited<ReturnType<typeof startWikiFixtureServer>>;

/** "Within a few seconds": the reader's hover delay is 500 ms; allow for a slow CI machine. */
const CARD_TIMEOUT_MS = 5_000;

describe('Chromium: the sample article', () => {
  let server: StaticServer;
  let wiki: WikiFixture;
  let browser: ExtensionBrowser;
  let page: Page;
  let pageUrl: string;
  let snapshot: PageSnapshot | null;
  let marks: MarkInfo[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    browser = await launchChromiumWithExtension();
    await updateSettings(browser, {
      lookups: true,
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // Content-script errors show in the page's console with an extension URL as their location.
      if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) {
        pageErrors.push(`console: ${message.text()}`);
      }
    });
    await page.addInitScript({ content: await probeInitScript() });
    pageUrl = server.url(SAMPLE_PATH);
    await page.goto(pageUrl);
    await waitForSettledCount(() => page.evaluate(countMarks));
    snapshot = await page.evaluate(readSnapshot);
    marks = await page.evaluate(readMarks, FURNITURE_SELECTOR);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await server?.close();
  });

  it('starts the extension: its service worker runs and the page was seen before highlighting', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(snapshot, 'the probe took no snapshot at DOMContentLoaded').not.toBeNull();
    expect(snapshot?.marksAtSnapshot).toBe(0);
  });

  it('highlights at least 6 of the 7 people as person', () => {
    const found = namesHighlightedAs(marks, PEOPLE, 'person');
    expect(
      found.length,
      `people highlighted as person: ${found.join(', ')}\n${describeMarks(marks)}`,
    ).toBeGreaterThanOrEqual(6);
  });

  it('highlights at least 3 of the 4 places as place', () => {
    const found = namesHighlightedAs(marks, PLACES, 'place');
    expect(
      found.length,
      `places highlighted as place: ${found.join(', ')}\n${describeMarks(marks)}`,
    ).toBeGreaterThanOrEqual(3);
  });

  it('highlights nothing outside the article: not the navigation, sidebar, comments or footer', async () => {
    // Without highlights there is nothing to check: that is a failure, not a pass.
    expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('backstory-mark')]
        .filter((m) => !m.closest('main > article'))
        .map((m) => m.textContent ?? ''),
    );
    expect(outside).toEqual([]);
    expect(describeMarks(marks.filter((m) => m.inFurniture))).toBe('');
    const outsiders = NAMES_OUTSIDE_THE_ARTICLE.filter((name) => marksContaining(marks, name).length > 0);
    expect(outsiders).toEqual([]);
  });

  it('highlights no weekday or boilerplate word', () => {
    expect(marks.filter((m) => NEVER_AN_ENTITY.test(m.text)).map((m) => m.text)).toEqual([]);
  });

  it('gives every highlight a type and an id', () => {
    expect(marks.length).toBeGreaterThan(0);
    const incomplete = marks.filter(
      (m) => !m.id || !['person', 'organization', 'place', 'event'].includes(m.type ?? ''),
    );
    expect(describeMarks(incomplete)).toBe('');
  });

  it('gives "Trump" and "President Trump" one data-backstory-id', () => {
    const trump = marksContaining(marks, 'Trump');
    expect(trump.length, describeMarks(marks)).toBeGreaterThanOrEqual(2);
    expect([...distinctIds(trump)], describeMarks(trump)).toHaveLength(1);
  });

  it('keeps Kim Jong Un and Kim Yong Chol apart', () => {
    const jongUn = distinctIds(marksContaining(marks, 'Kim Jong Un'));
    const yongChol = distinctIds(marksContaining(marks, 'Kim Yong Chol'));
    expect(jongUn.size, describeMarks(marks)).toBeGreaterThan(0);
    expect(yongChol.size, describeMarks(marks)).toBeGreaterThan(0);
    expect([...jongUn].filter((id) => yongChol.has(id))).toEqual([]);
  });

  it('leaves the article text unchanged', async () => {
    // Without highlights there is nothing to check: that is a failure, not a pass.
    expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
    expect(snapshot).not.toBeNull();
    expect(await page.evaluate(readArticleText)).toBe(snapshot?.articleText);
  });

  it("shows Lavrov's card within a few seconds of hovering his name", async () => {
    await page.locator('backstory-mark', { hasText: 'Lavrov' }).first().hover();
    await page.waitForFunction(isCardShowing, 'Lavrov', { timeout: CARD_TIMEOUT_MS });
    // Let the card's fade-in finish, so the picture shows the card as a reader sees it.
    await page.waitForTimeout(400);
    await saveScreenshot('card-light', await page.screenshot(), { forReadme: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await saveScreenshot('card-dark', await page.screenshot(), { forReadme: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('looks Lavrov up in the local Wikipedia fixture the settings point to', async () => {
    const askedAboutLavrov = (): boolean =>
      wiki.requests.some((r) => JSON.stringify(r.params).includes('Lavrov'));
    await expect.poll(askedAboutLavrov, { timeout: CARD_TIMEOUT_MS }).toBe(true);
  });

  it('closes the card on Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(isCardShowing, 'Lavrov'), { timeout: CARD_TIMEOUT_MS }).toBe(false);
    await page.mouse.move(1, 1);
  });

  it("shows Lavrov's card when his name is reached with the keyboard, and Escape closes it", async () => {
    // A click on the masthead resets where sequential focus navigation starts (blur() does not).
    await page.mouse.click(5, 5);
    // Tab from the top; close any other card on the way with Escape, as a reader would.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(isHighlightFocused, 'Lavrov');
      if (!reached && (await page.evaluate(isAnyCardShowing))) await page.keyboard.press('Escape');
    }
    expect(reached, 'Tab never reached the highlight of Lavrov').toBe(true);
    await page.waitForFunction(isCardShowing, 'Lavrov', { timeout: CARD_TIMEOUT_MS });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(isCardShowing, 'Lavrov'), { timeout: CARD_TIMEOUT_MS }).toBe(false);
  });

  it('lets Tab move on from a highlight whose card is open to the next highlight', async () => {
    // A click on the page's masthead resets where sequential focus navigation starts.
    await page.mouse.click(5, 5);
    let first = -1;
    for (let presses = 0; presses < 40 && first < 0; presses++) {
      await page.keyboard.press('Tab');
      first = await page.evaluate(focusedHighlightIndex);
    }
    expect(first, 'Tab never reached a highlight').toBeGreaterThanOrEqual(0);
    await page.waitForFunction(isAnyCardShowing, undefined, { timeout: CARD_TIMEOUT_MS });
    // Into the card and out of it again is fine; back to the top of the page is not.
    const trail: string[] = [];
    let next = -1;
    for (let presses = 0; presses < 4 && next <= first; presses++) {
      await page.keyboard.press('Tab');
      next = await page.evaluate(focusedHighlightIndex);
      trail.push(await page.evaluate(() => document.activeElement?.localName ?? '(none)'));
    }
    expect(next, `from highlight ${first}, Tab went to: ${trail.join(' → ')}`).toBe(first + 1);
    await page.keyboard.press('Escape');
  });

  it('keeps focus in the page while a reader tabs through highlights at a steady pace', async () => {
    // A click on the masthead resets where sequential focus navigation starts.
    await page.mouse.click(5, 5);
    const trail: string[] = [];
    let highlightsVisited = 0;
    for (let presses = 0; presses < 30 && highlightsVisited < 4; presses++) {
      await page.keyboard.press('Tab');
      // About the pace of a reader who glances at each card: longer than the card's show delay.
      await page.waitForTimeout(600);
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'body';
        return active.localName === 'backstory-mark' ? `mark:${active.textContent ?? ''}` : active.localName;
      });
      trail.push(where);
      if (where.startsWith('mark:')) highlightsVisited++;
    }
    const firstMark = trail.findIndex((w) => w.startsWith('mark:'));
    expect(firstMark, `Tab never reached a highlight: ${trail.join(' → ')}`).toBeGreaterThanOrEqual(0);
    // Once among the highlights, focus may go into a card and out again, never back to the page's top.
    expect(trail.slice(firstMark), trail.join(' → ')).not.toContain('body');
    expect(highlightsVisited, trail.join(' → ')).toBe(4);
    await page.keyboard.press('Escape');
  });

  describe('the popup', () => {
    let popup: Page;
    let popupIds: string[] = [];

    beforeAll(async () => {
      const tabId = await tabIdOf(browser.worker, pageUrl);
      popup = await browser.context.newPage();
      popup.on('pageerror', (error) => pageErrors.push(`popup pageerror: ${error.message}`));
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup
        .waitForFunction(showsAtLeastEntities, { panel: VISIBLE_PANEL, min: 8 }, { timeout: 15_000 })
        .catch(() => undefined);
      popupIds = await popup.evaluate(readVisibleEntityIds, VISIBLE_PANEL);
    }, 30_000);

    it('lists at least 8 entities, each one a highlighted entity of the page', () => {
      expect(popupIds.length).toBeGreaterThanOrEqual(8);
      const highlighted = distinctIds(marks);
      expect(popupIds.filter((id) => !highlighted.has(id))).toEqual([]);
    });

    it('is captured light and dark for the README (entities)', async () => {
      await popup.setViewportSize({ width: 400, height: 640 });
      await saveScreenshot('popup-light', await popup.screenshot(), { forReadme: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.waitForTimeout(300);
      await saveScreenshot('popup-dark', await popup.screenshot(), { forReadme: true });
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('holds 30 May, 31 May, 12 June and May 2018 on its timeline, in date order', async () => {
      await popup.getByRole('tab', { name: /timeline/i }).click();
      await popup.waitForFunction(showsDates, VISIBLE_PANEL, { timeout: 5_000 }).catch(() => undefined);
      const dates = await popup.evaluate(readVisibleDates, VISIBLE_PANEL);
      for (const date of TIMELINE_DATES) expect(dates, `timeline dates: ${dates.join(', ')}`).toContain(date);
      const starts = dates.map(startDay);
      expect(starts).toEqual([...starts].sort());
      await saveScreenshot('popup-timeline-light', await popup.screenshot(), { forReadme: true });
    });
  });

  it('raises no uncaught error in the page or the popup', () => {
    expect(pageErrors).toEqual([]);
  });
});
