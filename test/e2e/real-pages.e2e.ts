/**
 * Saved real news pages (test/fixtures/pages/<site>/) in real Chromium with the extension: the page
 * survives Backstory. No errors, the article's text unchanged, something highlighted in the article and
 * nothing outside the region `findArticleRoot` (the content script's own choice) picks, and switching
 * the site off gives back the page's markup byte for byte. Lookups are off: no card is opened here.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackgroundFrom,
  extensionPageUrl,
  launchChromiumWithExtension,
  updateSettings,
  type ExtensionBrowser,
} from '../support/chromium';
import {
  FURNITURE_SELECTOR,
  countMarks,
  describeMarkupDifference,
  probeInitScript,
  readArticleText,
  readBodyHTML,
  readMarks,
  readSnapshot,
  type MarkInfo,
  type PageSnapshot,
} from '../support/page-probe';
import { listRealPages } from '../support/real-pages';
import { saveScreenshot } from '../support/screenshots';
import { realPagePath, startStaticServer, type StaticServer } from '../support/static-server';
import { waitForSettledCount } from '../support/wait';
import { describeMarks } from './sample-article';

const pages = listRealPages();

describe('Chromium: saved real news pages', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  /** An extension page kept open to switch the site off and on, as the popup does. */
  let controls: Page;
  let probe: string;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromiumWithExtension();
    await updateSettings(browser, { lookups: false });
    controls = await browser.context.newPage();
    await controls.goto(extensionPageUrl(browser.extensionId));
    probe = await probeInitScript();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has the 16 saved pages to test', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  describe.each(pages)('$site', ({ site }) => {
    let tab: Page;
    let snapshot: PageSnapshot | null = null;
    let marks: MarkInfo[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      tab = await browser.context.newPage();
      tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      tab.on('console', (message) => {
        if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await tab.addInitScript({ content: probe });
      await tab.goto(server.url(realPagePath(site)), { waitUntil: 'load', timeout: 30_000 });
      await waitForSettledCount(() => tab.evaluate(countMarks), { timeoutMs: 20_000 });
      snapshot = await tab.evaluate(readSnapshot);
      marks = await tab.evaluate(readMarks, FURNITURE_SELECTOR);
    }, 60_000);

    afterAll(async () => {
      await callBackgroundFrom(controls, 'setSiteEnabled', { host: '127.0.0.1', enabled: true }).catch(
        () => undefined,
      );
      await tab?.close();
    });

    it('was seen before highlighting, with an article region', () => {
      expect(snapshot, 'the probe took no snapshot at DOMContentLoaded').not.toBeNull();
      expect(snapshot?.marksAtSnapshot).toBe(0);
      expect(snapshot?.hasArticleRoot, 'findArticleRoot found no article').toBe(true);
    });

    it('highlights at least one entity in the article', () => {
      expect(marks.filter((m) => m.inArticleRoot).length).toBeGreaterThan(0);
    });

    it(`highlights nothing outside the article region`, () => {
      // Without highlights there is nothing to check: that is a failure, not a pass.
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      const outside = marks.filter((m) => !m.inArticleRoot || m.inFurniture);
      expect(describeMarks(outside), `article root: ${snapshot?.articleRootLabel}`).toBe('');
    });

    it('leaves the article text unchanged', async () => {
      // Without highlights there is nothing to check: that is a failure, not a pass.
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      expect(await tab.evaluate(readArticleText)).toBe(snapshot?.articleText);
    });

    it('is captured with its highlights', async () => {
      // caret: 'initial' — hiding the caret makes Playwright touch every input's inline style, which
      // leaves `style=""` behind and would be blamed on Backstory by the markup check below.
      const file = await saveScreenshot(`page-${site}`, await tab.screenshot({ caret: 'initial' }));
      expect(file).toContain(site);
    });

    it('gives back the original markup exactly when the site is switched off', async () => {
      // Without highlights there is nothing to check: that is a failure, not a pass.
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      await callBackgroundFrom(controls, 'setSiteEnabled', { host: '127.0.0.1', enabled: false });
      await expect.poll(() => tab.evaluate(countMarks), { timeout: 10_000 }).toBe(0);
      const after = await tab.evaluate(readBodyHTML);
      const before = snapshot?.bodyHTML ?? '';
      expect(describeMarkupDifference(before, after)).toBe('');
    });

    it('raises no error', () => {
      expect(errors).toEqual([]);
    });
  });
});
