/**
 * A page in a language the recogniser was not trained on: nothing is highlighted, and the popup says
 * plainly that Backstory reads English articles for now. Written once over the browser driver; runs in
 * Chromium and Firefox. The page (test/fixtures/other-language/) is invented and full of capitalised
 * names an English model would otherwise highlight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, waitInTab, type DriverTab, type ExtensionDriver, type WithApi } from '../support/driver';
import { countMarks } from '../support/page-probe';
import { INDONESIAN_PATH, SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep } from '../support/wait';

/** Where the content script is with the page ('reading', 'found', 'none'), or null before it answers. */
const articleProgress = (extensionTab: DriverTab, tabId: number): Promise<string | null> =>
  extensionTab
    .evaluate(async (id) => {
      const ext = (globalThis as WithApi).browser ?? (globalThis as WithApi).chrome;
      const reply = (await ext.tabs.sendMessage(id, { backstory: 1, method: 'ping', payload: {} })) as {
        value?: { article?: string };
      };
      return reply.value?.article ?? null;
    }, tabId)
    .catch(() => null);

describe.each(DRIVERS)('$name: an article in another language', ({ launch }) => {
  let driver: ExtensionDriver;
  let server: StaticServer;
  let extensionTab: DriverTab;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await launch();
    extensionTab = await driver.openExtensionPage('options.html');
    await extensionTab.evaluate(
      () =>
        ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).storage.sync.set({
          settings: { lookups: false },
        }),
      undefined,
    );
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights nothing on an Indonesian article and the popup says Backstory reads English for now', async () => {
    const url = server.url(INDONESIAN_PATH);
    const page = await driver.openWebPage(url);
    try {
      const tabId = await driver.tabIdOf(url);
      expect(tabId).toBeGreaterThan(-1);
      // The article was read and analysed (not skipped as "no article"), and came back with nothing to mark.
      const deadline = Date.now() + 15_000;
      while ((await articleProgress(extensionTab, tabId)) !== 'found' && Date.now() < deadline)
        await sleep(200);
      expect(await articleProgress(extensionTab, tabId)).toBe('found');
      expect(await page.evaluate(countMarks, undefined)).toBe(0);

      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        const said = await waitInTab(
          popup,
          () => document.querySelector('[data-state="other-language"]')?.textContent?.trim() || null,
          undefined,
          15_000,
        );
        expect(said).toContain('Backstory reads English articles for now');
        expect(popup.errors).toEqual([]);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  it('still highlights the English sample article in the same browser', async () => {
    const article = await driver.openWebPage(server.url(SAMPLE_PATH));
    try {
      expect(await waitInTab(article, countMarks, undefined, 15_000)).toBeGreaterThan(0);
    } finally {
      await article.close();
    }
  });
});
