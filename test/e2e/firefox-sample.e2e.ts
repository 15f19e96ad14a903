/**
 * The reference article in real Firefox ESR with the built extension (dist/firefox) installed as a
 * temporary add-on: the same core requirements as in Chromium (highlights and their types, one id for
 * Trump, two for the Kims, a card on keyboard focus, the popup's roster and timeline).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_NAMES_SHIM } from '../support/chromium';
import {
  callBackgroundFromFirefox,
  firefoxTabIdOf,
  hasHostPermissions,
  launchFirefoxWithExtension,
  openExtensionPage,
  openPage,
  type FirefoxWithExtension,
} from '../support/firefox';
import {
  FURNITURE_SELECTOR,
  countMarks,
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
import { sleep, waitForSettledCount } from '../support/wait';
import { startWikiFixtureServer } from '../support/wiki-fixture-server';
import { VISIBLE_PANEL, clickTab, readVisibleDates, readVisibleEntityIds } from './popup-panels';
import {
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

const HOST_ORIGINS = ['http://*/*', 'https://*/*'];
const CARD_TIMEOUT_MS = 5_000;

async function pollUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(150);
  }
  return check();
}

describe('Firefox: the sample article', () => {
  let server: StaticServer;
  let wiki: WikiFixture;
  let firefox: FirefoxWithExtension;
  let extensionPage: Page;
  let page: Page;
  let pageUrl: string;
  let grantedEverySite = false;
  let snapshot: PageSnapshot | null;
  let marks: MarkInfo[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    firefox = await launchFirefoxWithExtension();
    extensionPage = await openExtensionPage(firefox, 'popup.html');
    grantedEverySite = await hasHostPermissions(extensionPage, HOST_ORIGINS);
    await callBackgroundFromFirefox(extensionPage, 'updateSettings', {
      lookups: true,
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
    page = await firefox.browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${String(error)}`));
    await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
    await page.evaluateOnNewDocument(await probeInitScript());
    pageUrl = server.url(SAMPLE_PATH);
    await openPage(page, pageUrl);
    await waitForSettledCount(() => page.evaluate(countMarks));
    snapshot = await page.evaluate(readSnapshot);
    marks = await page.evaluate(readMarks, FURNITURE_SELECTOR);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await wiki?.close();
    await server?.close();
  });

  it('reads every site once the reader allowed it (a real click on permissions.request)', () => {
    expect(grantedEverySite).toBe(true);
  });

  it('saw the page before highlighting', () => {
    expect(snapshot, 'the probe took no snapshot at DOMContentLoaded').not.toBeNull();
    expect(snapshot?.marksAtSnapshot).toBe(0);
  });

  it('highlights at least 6 of the 7 people as person', () => {
    const found = namesHighlightedAs(marks, PEOPLE, 'person');
    expect(found.length, `people: ${found.join(', ')}\n${describeMarks(marks)}`).toBeGreaterThanOrEqual(6);
  });

  it('highlights at least 3 of the 4 places as place', () => {
    const found = namesHighlightedAs(marks, PLACES, 'place');
    expect(found.length, `places: ${found.join(', ')}\n${describeMarks(marks)}`).toBeGreaterThanOrEqual(3);
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
    expect(await page.evaluate(readArticleText)).toBe(snapshot?.articleText);
  });

  it("shows Lavrov's card when his name is reached with the keyboard, and Escape closes it", async () => {
    // A click on the masthead resets where sequential focus navigation starts.
    await page.mouse.click(5, 5);
    // Tab from the top; close any other card on the way with Escape, as a reader would.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(isHighlightFocused, 'Lavrov');
      if (!reached && (await page.evaluate(isAnyCardShowing))) await page.keyboard.press('Escape');
    }
    expect(reached, 'Tab never reached the highlight of Lavrov').toBe(true);
    expect(await pollUntil(() => page.evaluate(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
    await saveScreenshot('firefox-card', await page.screenshot());
    await page.keyboard.press('Escape');
    expect(
      await pollUntil(async () => !(await page.evaluate(isCardShowing, 'Lavrov')), CARD_TIMEOUT_MS),
    ).toBe(true);
  });

  describe('the popup', () => {
    let popup: Page;

    beforeAll(async () => {
      const tabId = await firefoxTabIdOf(extensionPage, pageUrl);
      popup = await openExtensionPage(firefox, `popup.html?tabId=${tabId}`);
      await pollUntil(
        async () => (await popup.evaluate(readVisibleEntityIds, VISIBLE_PANEL)).length >= 8,
        15_000,
      );
    }, 30_000);

    it('lists at least 8 entities, each one a highlighted entity of the page', async () => {
      const ids = await popup.evaluate(readVisibleEntityIds, VISIBLE_PANEL);
      expect(ids.length).toBeGreaterThanOrEqual(8);
      const highlighted = distinctIds(marks);
      expect(ids.filter((id) => !highlighted.has(id))).toEqual([]);
    });

    it('holds 30 May, 31 May, 12 June and May 2018 on its timeline, in date order', async () => {
      expect(await popup.evaluate(clickTab, 'timeline'), 'the popup has no Timeline tab').toBe(true);
      await pollUntil(async () => (await popup.evaluate(readVisibleDates, VISIBLE_PANEL)).length > 0, 5_000);
      const dates = await popup.evaluate(readVisibleDates, VISIBLE_PANEL);
      for (const date of TIMELINE_DATES) expect(dates, `timeline dates: ${dates.join(', ')}`).toContain(date);
      const starts = dates.map(startDay);
      expect(starts).toEqual([...starts].sort());
    });
  });

  it('raises no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
