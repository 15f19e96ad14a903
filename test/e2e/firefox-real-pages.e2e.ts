/**
 * The saved real news pages in Firefox ESR: the same promises as in Chromium (text unchanged, something
 * highlighted inside the article region and nothing outside it, the exact markup back when the site is
 * switched off, no errors). Firefox has no host-resolver switch, so every request for another host is
 * sent to a local proxy that fails it at once; tests never reach the network.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_NAMES_SHIM } from '../support/chromium';
import {
  callBackgroundFromFirefox,
  launchFirefoxWithExtension,
  openExtensionPage,
  openPage,
  type FirefoxWithExtension,
} from '../support/firefox';
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
import { realPagePath, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep, waitForSettledCount } from '../support/wait';
import { describeMarks } from './sample-article';

const pages = listRealPages();

/**
 * Everything but 127.0.0.1 goes through a "proxy" that is the static test server itself: plain HTTP
 * gets its 404, HTTPS tunnels are refused. (A closed port such as 9 is on Firefox's banned-port list,
 * which made some navigations fail with "Address rejected".)
 */
function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
}

/**
 * Over WebDriver BiDi, Firefox also reports its own security messages as page errors: the test server's
 * `script-src 'none'` blocking the page's scripts, and cross-origin fonts and styles failing because the
 * network is cut off. Those are the fixture working as intended, not Backstory failing.
 */
function isOfflineFixtureReport(message: string): boolean {
  return /^(Error: )?(Content-Security-Policy: |Cross-Origin Request Blocked: )/.test(message);
}

describe('Firefox: saved real news pages', () => {
  let server: StaticServer;
  let firefox: FirefoxWithExtension;
  let controls: Page;
  let probe: string;

  beforeAll(async () => {
    server = await startStaticServer();
    firefox = await launchFirefoxWithExtension({ prefs: offlinePrefs(Number(new URL(server.origin).port)) });
    controls = await openExtensionPage(firefox, 'popup.html');
    await callBackgroundFromFirefox(controls, 'updateSettings', { lookups: false });
    probe = await probeInitScript();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  describe.each(pages)('$site', ({ site }) => {
    let tab: Page;
    let snapshot: PageSnapshot | null = null;
    let marks: MarkInfo[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      tab = await firefox.browser.newPage();
      tab.on('pageerror', (error) => {
        if (!isOfflineFixtureReport(String(error))) errors.push(`pageerror: ${String(error)}`);
      });
      await tab.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      await tab.evaluateOnNewDocument(probe);
      await openPage(tab, server.url(realPagePath(site)), { waitUntil: 'load', timeout: 30_000 });
      await waitForSettledCount(() => tab.evaluate(countMarks), { timeoutMs: 20_000 });
      snapshot = await tab.evaluate(readSnapshot);
      marks = await tab.evaluate(readMarks, FURNITURE_SELECTOR);
    }, 60_000);

    afterAll(async () => {
      await callBackgroundFromFirefox(controls, 'setSiteEnabled', { host: '127.0.0.1', enabled: true }).catch(
        () => undefined,
      );
      await tab?.close();
    });

    it('highlights something in the article and nothing outside it', () => {
      expect(snapshot?.marksAtSnapshot, 'the probe saw the page after highlighting began').toBe(0);
      expect(marks.filter((m) => m.inArticleRoot).length, 'no highlight in the article').toBeGreaterThan(0);
      const outside = marks.filter((m) => !m.inArticleRoot || m.inFurniture);
      expect(describeMarks(outside), `article root: ${snapshot?.articleRootLabel}`).toBe('');
    });

    it('leaves the article text unchanged', async () => {
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      expect(await tab.evaluate(readArticleText)).toBe(snapshot?.articleText);
    });

    it('gives back the original markup exactly when the site is switched off', async () => {
      expect(marks.length, 'no highlight on the page').toBeGreaterThan(0);
      await callBackgroundFromFirefox(controls, 'setSiteEnabled', { host: '127.0.0.1', enabled: false });
      const deadline = Date.now() + 10_000;
      while ((await tab.evaluate(countMarks)) > 0 && Date.now() < deadline) await sleep(150);
      expect(await tab.evaluate(countMarks)).toBe(0);
      const before = snapshot?.bodyHTML ?? '';
      const after = await tab.evaluate(readBodyHTML);
      expect(describeMarkupDifference(before, after)).toBe('');
    });

    it('raises no error', () => {
      expect(errors).toEqual([]);
    });
  });
});
