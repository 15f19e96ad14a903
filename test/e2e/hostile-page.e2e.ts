/**
 * A hostile page against the built extension, in real Chromium and Firefox ESR (issue #14, items 1–3):
 * the page's own script tries to switch Backstory off, to choose a card's Wikipedia item for the
 * reader, and to block the card by defining our element names first. Each scenario is written once,
 * over the small `HostileTab` interface, and run in both browsers; they move into the e2e scenario
 * table as they are.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KEEP_NAMES_SHIM,
  launchChromiumWithExtension,
  updateSettings,
  type ExtensionBrowser,
} from '../support/chromium';
import {
  callBackgroundFromFirefox,
  launchFirefoxWithExtension,
  openExtensionPage,
  openPage,
  type FirefoxWithExtension,
} from '../support/firefox';
import { countMarks, isCardShowing } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep, waitForSettledCount } from '../support/wait';
import { startWikiFixtureServer } from '../support/wiki-fixture-server';

type WikiFixture = Awaited<ReturnType<typeof startWikiFixtureServer>>;

/** One tab of one browser, as the scenarios need it. `run` executes in the page's own world. */
interface HostileTab {
  /** Loads `url`, with `pageScript` (the page's own script) run first in every document. */
  open(url: string, pageScript?: string): Promise<void>;
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** The reader's own pointer: a real mouse move to a point of the viewport. */
  moveMouse(x: number, y: number): Promise<void>;
  /** The reader's own click on the first element matching `selector`, inside our card's shadow root. */
  clickInCard(selector: string): Promise<void>;
  close(): Promise<void>;
}

interface BrowserUnderTest {
  name: string;
  newTab(): Promise<HostileTab>;
  close(): Promise<void>;
}

const CARD_TIMEOUT_MS = 8_000;

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(150);
  }
  return check();
}

/** Runs in the page: the centre of the first highlight reading `text`, scrolled into view. */
function pointOfMark(text: string): { x: number; y: number } | null {
  const mark = [...document.querySelectorAll('backstory-mark')].find((m) => m.textContent?.includes(text));
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center' });
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Runs in the page: the text of the card showing now ('' when none). */
function cardText(): string {
  const host = document.querySelector('[data-backstory-card]');
  return host?.shadowRoot?.textContent ?? '';
}

/**
 * Runs in the page, as the page's own script: opens "Not this one?" and clicks every candidate
 * offered. Returns how many candidates it could click, so a spec can tell "refused" from "not found".
 */
function forgeCandidateChoice(): number {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  if (!root) return 0;
  const toggle = root.querySelector<HTMLElement>('.bs-not-this-one, .bs-candidates summary');
  toggle?.click();
  const buttons = [...root.querySelectorAll<HTMLElement>('.bs-candidate')];
  for (const button of buttons) button.click();
  return buttons.length;
}

/** Names of the sample whose cards may offer other candidates ("Not this one?"). */
const CANDIDATE_NAMES = ['New York', 'Ri Yong Ho', 'Trump', 'Kim Jong Un', 'Singapore'];

/** Runs in the page: how many other candidates the card showing now offers, without touching them. */
function candidatesOffered(): number {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  return root?.querySelectorAll('.bs-candidate').length ?? 0;
}

/** Runs in the page: makes sure the candidates are on screen (opening them changes nothing stored). */
function showCandidates(): void {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  const candidate = root?.querySelector<HTMLElement>('.bs-candidate');
  if (!root || (candidate && candidate.getClientRects().length > 0)) return;
  root.querySelector<HTMLElement>('.bs-not-this-one, .bs-candidates summary')?.click();
}

async function hover(tab: HostileTab, text: string): Promise<void> {
  await tab.moveMouse(1, 1);
  const point = await tab.run(pointOfMark, text);
  if (!point) throw new Error(`No highlight of ${text} on the page`);
  await tab.moveMouse(point.x, point.y);
}

/** The page's script, run before Backstory: it defines our element names first, with shadow roots of its own. */
const DEFINES_OUR_NAMES = `
for (const name of ['backstory-card', 'backstory-card-host', 'backstory-dialog']) {
  customElements.define(name, class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'the page owns this'; }
  });
}`;

async function launchChromium(wiki: WikiFixture): Promise<BrowserUnderTest> {
  const browser: ExtensionBrowser = await launchChromiumWithExtension();
  await updateSettings(browser, { lookups: true, wikipediaOrigin: wiki.origin, wikidataOrigin: wiki.origin });
  return {
    name: 'Chromium',
    close: () => browser.close(),
    async newTab() {
      const page: PlaywrightPage = await browser.context.newPage();
      return {
        async open(url, pageScript) {
          if (pageScript) await page.addInitScript({ content: pageScript });
          await page.goto(url);
        },
        // The drivers' own argument types (handles allowed) are wider than the scenarios need.
        run: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg as unknown),
        moveMouse: (x, y) => page.mouse.move(x, y),
        // Playwright's CSS engine reaches into open shadow roots.
        clickInCard: (selector) => page.locator(`[data-backstory-card] ${selector}`).first().click(),
        close: () => page.close(),
      };
    },
  };
}

async function launchFirefox(wiki: WikiFixture): Promise<BrowserUnderTest> {
  const firefox: FirefoxWithExtension = await launchFirefoxWithExtension();
  const extensionPage = await openExtensionPage(firefox, 'popup.html');
  await callBackgroundFromFirefox(extensionPage, 'updateSettings', {
    lookups: true,
    wikipediaOrigin: wiki.origin,
    wikidataOrigin: wiki.origin,
  });
  return {
    name: 'Firefox',
    close: () => firefox.close(),
    async newTab() {
      const page: PuppeteerPage = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      return {
        async open(url, pageScript) {
          if (pageScript) await page.evaluateOnNewDocument(pageScript);
          await openPage(page, url);
        },
        run: <A, R>(fn: (arg: A) => R, arg: A) =>
          page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
        moveMouse: (x, y) => page.mouse.move(x, y),
        // Puppeteer's `>>>` combinator reaches into open shadow roots.
        clickInCard: async (selector) => {
          const handle = await page.waitForSelector(`[data-backstory-card] >>> ${selector}`, {
            timeout: 5_000,
          });
          await handle?.click();
        },
        close: () => page.close(),
      };
    },
  };
}

describe.each([
  ['Chromium', launchChromium],
  ['Firefox', launchFirefox],
] as const)('%s: a hostile page', (_name, launch) => {
  let server: StaticServer;
  let wiki: WikiFixture;
  let browser: BrowserUnderTest;
  let sampleUrl: string;

  beforeAll(async () => {
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    browser = await launch(wiki);
    sampleUrl = server.url(SAMPLE_PATH);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await server?.close();
  });

  it('cannot switch Backstory off with the `backstory:takeover` event an older copy once listened for', async () => {
    const tab = await browser.newTab();
    try {
      await tab.open(sampleUrl);
      const before = await waitForSettledCount(() => tab.run(countMarks, undefined));
      expect(before, 'nothing was highlighted to begin with').toBeGreaterThan(0);
      await tab.run(() => {
        for (const detail of ['page', '', null]) {
          document.dispatchEvent(new CustomEvent('backstory:takeover', { detail }));
          window.dispatchEvent(new CustomEvent('backstory:takeover', { detail }));
        }
      }, undefined);
      await sleep(1_500);
      expect(await tab.run(countMarks, undefined)).toBe(before);
      // Still alive, not just left behind: hovering a name still opens its card.
      await hover(tab, 'Lavrov');
      expect(await until(() => tab.run(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
    } finally {
      await tab.close();
    }
  }, 60_000);

  it('cannot keep the card from showing by defining <backstory-card> (with a shadow root) first', async () => {
    const tab = await browser.newTab();
    try {
      await tab.open(sampleUrl, DEFINES_OUR_NAMES);
      expect(await tab.run(() => customElements.get('backstory-card') !== undefined, undefined)).toBe(true);
      expect(await waitForSettledCount(() => tab.run(countMarks, undefined))).toBeGreaterThan(0);
      await hover(tab, 'Lavrov');
      expect(await until(() => tab.run(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
    } finally {
      await tab.close();
    }
  }, 60_000);

  it("cannot choose a card's Wikipedia item for the reader; the reader's own click still can", async () => {
    const tab = await browser.newTab();
    try {
      await tab.open(sampleUrl);
      expect(await waitForSettledCount(() => tab.run(countMarks, undefined))).toBeGreaterThan(0);
      // The first name whose card offers other candidates (which names do depends on the linker).
      let target = '';
      for (const name of CANDIDATE_NAMES) {
        await hover(tab, name);
        if (await until(async () => (await tab.run(candidatesOffered, undefined)) > 0, 4_000)) {
          target = name;
          break;
        }
      }
      expect(target, `no card of ${CANDIDATE_NAMES.join(', ')} offers a candidate`).not.toBe('');
      const shown = await tab.run(cardText, undefined);
      // Give a forged choice every chance to land before looking again.
      for (let i = 0; i < 3; i++) {
        await tab.run(forgeCandidateChoice, undefined);
        await sleep(500);
      }
      expect(await tab.run(cardText, undefined)).toBe(shown);
      // The same click by the reader is honoured, so the check above could fail.
      await tab.run(showCandidates, undefined);
      await tab.clickInCard('.bs-candidate');
      expect(
        await until(async () => (await tab.run(cardText, undefined)) !== shown, CARD_TIMEOUT_MS),
        "the reader's own choice changed nothing",
      ).toBe(true);
    } finally {
      await tab.close();
    }
  }, 60_000);
});
