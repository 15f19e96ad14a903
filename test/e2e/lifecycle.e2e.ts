/**
 * A background stopped in the middle of an analysis: the content script asks again (bounded) and the
 * page is highlighted. A background stopped after it: the popup shows the page from the state kept in
 * session storage. Chromium only: it stops an MV3 service worker whenever it likes, and the test
 * can do the same over CDP (`ServiceWorker.stopAllWorkers`). Firefox's background is an event page
 * that WebDriver BiDi gives no way to stop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  tabIdOf,
  updateSettings,
  type ExtensionBrowser,
  type WithChrome,
} from '../support/chromium';
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

  it('shows the popup the same names after the worker restarted, read back from session storage', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE_PATH));
    await waitForSettledCount(() => page.evaluate(countMarks), { timeoutMs: 20_000 });
    const tabId = await tabIdOf(browser.worker, page.url());
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`;
    /** Each row of the popup's roster: its entity id and what it shows (name, type, mention count). */
    const roster = async (): Promise<{ rows: string[]; spans: unknown }> => {
      const popup = await browser.context.newPage();
      try {
        await popup.goto(popupUrl);
        await popup.waitForSelector('[role="tabpanel"]:not([hidden]) [data-entity-id]', { timeout: 15_000 });
        return await popup.evaluate(async (id) => {
          const rows = [
            ...document.querySelectorAll('[role="tabpanel"]:not([hidden]) li[data-entity-id]'),
          ].map((li) => `${li.getAttribute('data-entity-id')} ${li.textContent}`);
          const key = `page:${id}`;
          const stored = (await (globalThis as WithChrome).chrome.storage.session.get(key))[key] as
            { analysis: { entities: { spans?: unknown }[] } } | undefined;
          return { rows, spans: stored?.analysis.entities[0]?.spans };
        }, tabId);
      } finally {
        await popup.close();
      }
    };
    const before = await roster();
    // The session copy is the compact one: mentions as a string of offsets, not objects.
    expect(typeof before.spans).toBe('string');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const after = await roster();
    expect(before.rows.length).toBeGreaterThanOrEqual(8);
    expect(after.rows).toEqual(before.rows);
    await page.close();
  });
});
