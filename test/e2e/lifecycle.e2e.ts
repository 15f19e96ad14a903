/**
 * A background stopped in the middle of an analysis: the content script asks again (bounded) and the
 * page is highlighted. Chromium only: it stops an MV3 service worker whenever it likes, and the test
 * can do the same over CDP (`ServiceWorker.stopAllWorkers`). Firefox's background is an event page
 * that WebDriver BiDi gives no way to stop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, updateSettings, type ExtensionBrowser } from '../support/chromium';
import { countMarks } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep, waitForSettledCount } from '../support/wait';

describe('Chromium: the background stopped mid-analysis', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromiumWithExtension();
    await updateSettings(browser, { lookups: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is asked again by the page, which is then highlighted', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // Stop the worker over and over while the page loads, is read and is sent for analysis: every
    // request the content script makes in that time dies with the worker.
    const stopping = (async () => {
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        await sleep(40);
      }
    })();
    await page.goto(server.url(SAMPLE_PATH), { waitUntil: 'commit' });
    await stopping;
    const marks = await waitForSettledCount(() => page.evaluate(countMarks), { timeoutMs: 20_000 });
    expect(marks).toBeGreaterThan(0);
    await page.close();
  });
});
