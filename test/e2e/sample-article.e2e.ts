/**
 * The reference article with the built extension, in real Chromium and real Firefox ESR: one table of
 * scenarios over the browser driver, run in both. Highlights and their types, nothing outside the
 * article, the text unchanged; Lavrov's card on hover (a real pointer in both browsers) and on keyboard
 * focus; the popup's roster and timeline; and axe-core (WCAG 2.1 A and AA) on the popup, the options and
 * welcome pages and the card, light and dark. Cards look things up in the local Wikipedia/Wikidata
 * fixture; the network is never reached.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_URL } from '../../src/background/knowledge/user-agent';
import { DRIVERS, hoverHighlight, waitInTab, type DriverTab, type ExtensionDriver } from '../support/driver';
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
import { sleep, waitFor, waitForSettledCount } from '../support/wait';
import { startWikiFixtureServer, type WikiFixtureServer } from '../support/wiki-fixture-server';
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

/** "Within a few seconds": the reader's hover delay is 500 ms; allow for a slow CI machine. */
const CARD_TIMEOUT_MS = 5_000;

interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs in the page, once axe is loaded: what a reader would be blocked by (serious or critical). */
async function axeSeriousViolations(selector: string | null): Promise<Finding[]> {
  type AxeResult = {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  };
  const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } })
    .axe;
  const result = await axe.run(selector ? { include: [[selector]] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
}

/** Runs in the page: the relative luminance (0 black … 1 white) of the open card's background. */
function openCardLuminance(): number | null {
  for (const host of document.querySelectorAll('[data-backstory-card]')) {
    const card = host.shadowRoot?.querySelector('.bs-card');
    if (!card) continue;
    const rgb = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(getComputedStyle(card).backgroundColor);
    if (!rgb) return null;
    const lin = (c: number): number =>
      c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
    return 0.2126 * lin(Number(rgb[1])) + 0.7152 * lin(Number(rgb[2])) + 0.0722 * lin(Number(rgb[3]));
  }
  return null;
}

/** Runs in the page: where focus is, as a trail entry. */
function focusPlace(): string {
  const active = document.activeElement;
  if (!active || active === document.body) return 'body';
  return active.localName === 'backstory-mark' ? `mark:${active.textContent ?? ''}` : active.localName;
}

describe.each(DRIVERS)('$name: the sample article', ({ name, launch }) => {
  let server: StaticServer;
  let wiki: WikiFixtureServer;
  let driver: ExtensionDriver;
  let page: DriverTab;
  let pageUrl: string;
  let snapshot: PageSnapshot | null;
  let marks: MarkInfo[] = [];
  let axeSource: string;
  /** Chromium's pictures are the README's; Firefox's go beside them under their own names. */
  const screenshot = (shot: string, tab: DriverTab): Promise<string> =>
    tab.screenshot().then((png) =>
      saveScreenshot(name === 'Chromium' ? shot : `firefox-${shot}`, png, {
        forReadme: name === 'Chromium',
      }),
    );

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    driver = await launch();
    await driver.callBackground('updateSettings', {
      lookups: true,
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
    pageUrl = server.url(SAMPLE_PATH);
    page = await driver.openWebPage(pageUrl, { initScripts: [await probeInitScript()] });
    await waitForSettledCount(() => page.evaluate(countMarks, undefined));
    snapshot = await page.evaluate(readSnapshot, undefined);
    marks = await page.evaluate(readMarks, FURNITURE_SELECTOR);
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await wiki?.close();
    await server?.close();
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
    const outside = await page.evaluate(
      () =>
        [...document.querySelectorAll('backstory-mark')]
          .filter((m) => !m.closest('main > article'))
          .map((m) => m.textContent ?? ''),
      undefined,
    );
    expect(outside).toEqual([]);
    expect(describeMarks(marks.filter((m) => m.inFurniture))).toBe('');
    const outsiders = NAMES_OUTSIDE_THE_ARTICLE.filter((n) => marksContaining(marks, n).length > 0);
    expect(outsiders).toEqual([]);
  });

  it('leaves the section label above the headline unhighlighted, though it sits inside the article element', async () => {
    const inLabel = await page.evaluate(
      () =>
        [...document.querySelectorAll('main > article .section backstory-mark')].map(
          (m) => m.textContent ?? '',
        ),
      undefined,
    );
    // The label must be there for this to mean anything: the sample carries one inside <article>.
    expect(
      await page.evaluate(
        () => document.querySelector('main > article .section')?.textContent?.trim(),
        undefined,
      ),
    ).toBe('White House');
    expect(inLabel).toEqual([]);
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
    expect(await page.evaluate(readArticleText, undefined)).toBe(snapshot?.articleText);
  });

  it("shows Lavrov's card within a few seconds of the pointer resting on his name", async () => {
    await hoverHighlight(page, 'Lavrov');
    expect(await waitFor(() => page.evaluate(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
    // Let the card's fade-in finish, so the picture shows the card as a reader sees it.
    await sleep(400);
    await screenshot('card-light', page);
    await page.emulate('dark');
    await sleep(300);
    await screenshot('card-dark', page);
    // The sample is a white page: the card follows the page, not the dark system around it.
    expect(await page.evaluate(openCardLuminance, undefined)).toBeGreaterThan(0.8);
    await page.emulate('light');
  });

  it('looks Lavrov up in the local Wikipedia fixture the settings point to', async () => {
    const askedAboutLavrov = (): boolean =>
      wiki.requests.some((r) => JSON.stringify(r.params).includes('Lavrov'));
    await expect.poll(askedAboutLavrov, { timeout: CARD_TIMEOUT_MS }).toBe(true);
  });

  it('asks the wikis for every card of the page in at most 6 requests, each with maxlag and an Api-User-Agent naming the project', () => {
    const log = wiki.requests.map((r) => `${r.params.action ?? ''} ${r.params.generator ?? ''}`).join('\n');
    expect(wiki.requests.length, log).toBeGreaterThan(0);
    expect(wiki.requests.length, log).toBeLessThanOrEqual(6);
    for (const r of wiki.requests) {
      expect(r.params.maxlag).toBe('5');
      expect(r.headers['api-user-agent']).toMatch(/^Backstory\/\S+ \(/);
      expect(r.headers['api-user-agent']).toContain(PROJECT_URL);
    }
  });

  it('closes the card on Escape', async () => {
    await page.press('Escape');
    expect(await waitFor(async () => !(await page.evaluate(isCardShowing, 'Lavrov')), CARD_TIMEOUT_MS)).toBe(
      true,
    );
    await page.moveMouse(1, 1);
  });

  it("shows Lavrov's card when his name is reached with the keyboard, and Escape closes it", async () => {
    // A click on the masthead resets where sequential focus navigation starts (blur() does not).
    await page.clickAt(5, 5);
    // Tab from the top; close any other card on the way with Escape, as a reader would.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.press('Tab');
      reached = await page.evaluate(isHighlightFocused, 'Lavrov');
      if (!reached && (await page.evaluate(isAnyCardShowing, undefined))) await page.press('Escape');
    }
    expect(reached, 'Tab never reached the highlight of Lavrov').toBe(true);
    expect(await waitFor(() => page.evaluate(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
    await page.press('Escape');
    expect(await waitFor(async () => !(await page.evaluate(isCardShowing, 'Lavrov')), CARD_TIMEOUT_MS)).toBe(
      true,
    );
  });

  it('lets Tab move on from a highlight whose card is open to the next highlight', async () => {
    await page.clickAt(5, 5);
    let first = -1;
    for (let presses = 0; presses < 40 && first < 0; presses++) {
      await page.press('Tab');
      first = await page.evaluate(focusedHighlightIndex, undefined);
    }
    expect(first, 'Tab never reached a highlight').toBeGreaterThanOrEqual(0);
    expect(await waitFor(() => page.evaluate(isAnyCardShowing, undefined), CARD_TIMEOUT_MS)).toBe(true);
    // Into the card and out of it again is fine; back to the top of the page is not. The card has
    // up to four stops (itself, Read on Wikipedia, the licence, Not this one?), so six presses will do.
    const trail: string[] = [];
    let next = -1;
    for (let presses = 0; presses < 6 && next <= first; presses++) {
      await page.press('Tab');
      next = await page.evaluate(focusedHighlightIndex, undefined);
      trail.push(await page.evaluate(focusPlace, undefined));
    }
    expect(next, `from highlight ${first}, Tab went to: ${trail.join(' → ')}`).toBe(first + 1);
    await page.press('Escape');
  });

  it('keeps focus in the page while a reader tabs through highlights at a steady pace', async () => {
    await page.clickAt(5, 5);
    const trail: string[] = [];
    let highlightsVisited = 0;
    for (let presses = 0; presses < 30 && highlightsVisited < 4; presses++) {
      await page.press('Tab');
      // About the pace of a reader who glances at each card: longer than the card's show delay.
      await sleep(600);
      const where = await page.evaluate(focusPlace, undefined);
      trail.push(where);
      if (where.startsWith('mark:')) highlightsVisited++;
    }
    const firstMark = trail.findIndex((w) => w.startsWith('mark:'));
    expect(firstMark, `Tab never reached a highlight: ${trail.join(' → ')}`).toBeGreaterThanOrEqual(0);
    // Once among the highlights, focus may go into a card and out again, never back to the page's top.
    expect(trail.slice(firstMark), trail.join(' → ')).not.toContain('body');
    expect(highlightsVisited, trail.join(' → ')).toBe(4);
    await page.press('Escape');
  });

  describe('the popup', () => {
    let popup: DriverTab;
    let popupIds: string[] = [];

    beforeAll(async () => {
      const tabId = await driver.tabIdOf(pageUrl);
      popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.resize(400, 640);
      await waitInTab(popup, showsAtLeastEntities, { panel: VISIBLE_PANEL, min: 8 }, 15_000);
      popupIds = await popup.evaluate(readVisibleEntityIds, VISIBLE_PANEL);
    }, 30_000);

    afterAll(() => popup?.close());

    it('lists at least 8 entities, each one a highlighted entity of the page', () => {
      expect(popupIds.length).toBeGreaterThanOrEqual(8);
      const highlighted = distinctIds(marks);
      expect(popupIds.filter((id) => !highlighted.has(id))).toEqual([]);
    });

    it('is captured light and dark (the entities)', async () => {
      await screenshot('popup-light', popup);
      await popup.emulate('dark');
      await sleep(300);
      await screenshot('popup-dark', popup);
      await popup.emulate('light');
    });

    it('holds 30 May, 31 May, 12 June and May 2018 on its timeline, in date order', async () => {
      await popup.click('#popup-tab-timeline');
      await waitInTab(popup, showsDates, VISIBLE_PANEL, 5_000);
      const dates = await popup.evaluate(readVisibleDates, VISIBLE_PANEL);
      for (const date of TIMELINE_DATES) expect(dates, `timeline dates: ${dates.join(', ')}`).toContain(date);
      const starts = dates.map(startDay);
      expect(starts).toEqual([...starts].sort());
      await screenshot('popup-timeline-light', popup);
    });

    it('raises no uncaught error', () => {
      expect(popup.errors).toEqual([]);
    });
  });

  describe.each(['light', 'dark'] as const)('accessibility (axe-core, WCAG 2.1 A and AA), %s', (scheme) => {
    it.each([
      ['the popup', async () => `popup.html?tabId=${await driver.tabIdOf(pageUrl)}`, '[data-entity-id]'],
      ['the options page', () => Promise.resolve('options.html'), 'input'],
      ['the welcome page', () => Promise.resolve('welcome.html'), 'button'],
    ])('%s has no serious or critical violation', async (_page, path, ready) => {
      const tab = await driver.openExtensionPage(await path());
      try {
        await tab.emulate(scheme);
        expect(await waitInTab(tab, (s) => !!document.querySelector(s), ready, 15_000)).toBe(true);
        await tab.runScript(axeSource);
        expect(await tab.evaluate(axeSeriousViolations, null)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it("Lavrov's card has no serious or critical violation", async () => {
      await page.emulate(scheme);
      await page.press('Escape');
      await hoverHighlight(page, 'Lavrov');
      expect(await waitFor(() => page.evaluate(isCardShowing, 'Lavrov'), 10_000)).toBe(true);
      await page.runScript(axeSource);
      expect(await page.evaluate(axeSeriousViolations, '[data-backstory-card]')).toEqual([]);
    });
  });

  it('raises no uncaught error in the page', () => {
    expect(page.errors).toEqual([]);
  });
});
