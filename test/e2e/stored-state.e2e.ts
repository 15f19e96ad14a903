/**
 * Stored settings and per-tab state are input too: a field of the wrong type falls back to its
 * default (the rest kept), and a garbage page state never makes the popup throw or wait for ever.
 * Written once over the browser driver; runs in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, waitInTab, type DriverTab, type ExtensionDriver, type WithApi } from '../support/driver';
import { countMarks } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep } from '../support/wait';

async function send(tab: DriverTab, message: unknown, tabId?: number): Promise<unknown> {
  return tab.evaluate(
    ([m, id]) => {
      const ext = (globalThis as WithApi).browser ?? (globalThis as WithApi).chrome;
      return id === null ? ext.runtime.sendMessage(m) : ext.tabs.sendMessage(id, m);
    },
    [message, tabId ?? null] as const,
  );
}

describe.each(DRIVERS)('$name: stored settings and page state are checked field by field', ({ launch }) => {
  let driver: ExtensionDriver;
  let server: StaticServer;
  let extensionTab: DriverTab;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await launch();
    extensionTab = await driver.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('serves settings of the wrong type as their defaults, and "false" as a string does not pause', async () => {
    await extensionTab.evaluate(() => {
      const ext = (globalThis as WithApi).browser ?? (globalThis as WithApi).chrome;
      return ext.storage.sync.set({
        settings: {
          paused: 'false',
          lookups: 'no',
          hoverDelayMs: 'soon',
          highlightMode: 7,
          disabledSites: [],
        },
      });
    }, undefined);
    const reply = (await send(extensionTab, { backstory: 1, method: 'getSettings', payload: {} })) as {
      ok: boolean;
      value: Record<string, unknown>;
    };
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({
      paused: false,
      lookups: true,
      hoverDelayMs: 500,
      highlightMode: 'all',
    });

    const article = await driver.openWebPage(server.url(SAMPLE_PATH));
    try {
      const marks = await waitInTab(article, countMarks, undefined, 15_000);
      expect(marks).toBeGreaterThan(0);
    } finally {
      await article.close();
    }
  });

  it('never throws nor waits for ever in the popup over a garbage page state in session storage', async () => {
    await extensionTab.evaluate(
      () =>
        ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).storage.sync.set({
          settings: {},
        }),
      undefined,
    );
    const url = server.url('/no-article-here/');
    const page = await driver.openWebPage(url);
    try {
      const tabId = await extensionTab.evaluate(async (wanted) => {
        const tabs = await ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).tabs.query({});
        return tabs.find((t) => t.url === wanted)?.id ?? -1;
      }, url);
      expect(tabId).toBeGreaterThan(-1);
      // The content script has read the page and found no article (and the background forgot the tab).
      const ping = async (): Promise<unknown> =>
        (
          (await send(extensionTab, { backstory: 1, method: 'ping', payload: {} }, tabId).catch(
            () => null,
          )) as {
            value?: { article?: string };
          } | null
        )?.value?.article;
      const deadline = Date.now() + 15_000;
      while ((await ping()) !== 'none' && Date.now() < deadline) await sleep(200);
      await sleep(1000);
      await extensionTab.evaluate(
        (id) =>
          ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).storage.session.set({
            [`page:${id}`]: {
              tabId: id,
              enabled: true,
              analysis: { entities: 'x', timeline: 5, textLength: 1 },
            },
          }),
        tabId,
      );

      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        const state = await waitInTab(
          popup,
          () => {
            const kind = document.querySelector('[data-state]')?.getAttribute('data-state');
            return kind && kind !== 'analyzing' ? kind : null;
          },
          undefined,
          15_000,
        );
        expect(popup.errors).toEqual([]);
        expect(['no-article', 'unreadable']).toContain(state);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});
