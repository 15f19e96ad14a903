/**
 * Saved real news pages (../shared/data/pages/readability/<site>/) with the extension, in real Chromium and real
 * Firefox ESR: one table of scenarios over the browser driver. The page survives Backstory: no errors,
 * the article's text unchanged, something highlighted in the article and nothing outside the region
 * `findArticleRoot` (the content script's own choice) picks, and switching the site off gives back the
 * page's markup byte for byte. Lookups are off: no card is opened here. Firefox has no host-resolver
 * switch, so every other host goes to a local proxy that fails it at once; the network is never reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, waitInTab, type DriverTab, type ExtensionDriver } from '../support/driver';
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

describe.each(DRIVERS)('$name: saved real news pages', ({ name, launch }) => {
  let server: StaticServer;
  let driver: ExtensionDriver;
  let probe: string;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await launch({ offlineProxyPort: Number(new URL(server.origin).port) });
    await driver.callBackground('updateSettings', { lookups: false });
    probe = await probeInitScript();
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('has the 16 saved pages to test', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  describe.each(pages)('$site', ({ site }) => {
    let tab: DriverTab;
    let snapshot: PageSnapshot | null = null;
    let marks: MarkInfo[] = [];

    beforeAll(async () => {
      tab = await driver.openWebPage(server.url(realPagePath(site)), { initScripts: [probe] });
      await waitForSettledCount(() => tab.evaluate(countMarks, undefined), { timeoutMs: 20_000 });
      snapshot = await tab.evaluate(readSnapshot, undefined);
      marks = await tab.evaluate(readMarks, FURNITURE_SELECTOR);
    }, 60_000);

    afterAll(async () => {
      await driver
        .callBackground('setSiteEnabled', { host: '127.0.0.1', enabled: true })
        .catch(() => undefined);
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

    it('highlights nothing outside the article region', () => {
      // Without highlights there is nothing to check: that is a failure, not a pass.
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      const outside = marks.filter((m) => !m.inArticleRoot || m.inFurniture);
      expect(describeMarks(outside), `article root: ${snapshot?.articleRootLabel}`).toBe('');
    });

    it('leaves the article text unchanged', async () => {
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      expect(await tab.evaluate(readArticleText, undefined)).toBe(snapshot?.articleText);
    });

    it('is captured with its highlights', async () => {
      const file = await saveScreenshot(`page-${name.toLowerCase()}-${site}`, await tab.screenshot());
      expect(file).toContain(site);
    });

    it('gives back the original markup exactly when the site is switched off', async () => {
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      await driver.callBackground('setSiteEnabled', { host: '127.0.0.1', enabled: false });
      expect(
        await waitInTab(tab, () => document.querySelectorAll('backstory-mark').length === 0, undefined),
      ).toBe(true);
      const after = await tab.evaluate(readBodyHTML, undefined);
      expect(describeMarkupDifference(snapshot?.bodyHTML ?? '', after)).toBe('');
    });

    it('raises no error', () => {
      expect(tab.errors).toEqual([]);
    });
  });
});
