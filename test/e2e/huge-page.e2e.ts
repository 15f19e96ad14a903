/**
 * #14 item 5: on a long article, the reader's part of the page is highlighted first. The page is
 * opened scrolled to its middle; the first highlight drawn must be one the reader can see, the rest
 * of the article (above too) follows, and switching the site off gives the article back exactly.
 * Times are not asserted here (`npm run bench:pages` measures them); only the order.
 * Written once over the browser driver; runs in Chromium and Firefox.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRIVERS,
  waitInTab,
  type DriverTab,
  type ExtensionApi,
  type ExtensionDriver,
} from '../support/driver';
import { longArticleHtml } from '../support/long-articles';

/** Inside an extension page: the extension's API, whichever browser this is (Chromium has no `browser`). */
type WithApi = typeof globalThis & { browser?: ExtensionApi; chrome: ExtensionApi };

/** What the page's own script saw: where the first highlight was drawn, and the article before any. */
interface Seen {
  firstMark?: { text: string; top: number; bottom: number; viewport: number };
  articleBefore?: string;
}

/**
 * The page's own script, first in <head>: scrolls to the middle part once parsed, keeps the article's
 * markup from before Backstory ran (content scripts run at document_idle, later), and notes where the
 * first highlight lands, relative to the viewport, at the moment it is added.
 */
const PAGE_SCRIPT = `<script>
(() => {
  const seen = (window.__seen = {});
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('middle').scrollIntoView({ block: 'start' });
    seen.articleBefore = document.querySelector('[itemprop="articleBody"]').innerHTML;
  });
  new MutationObserver((records, observer) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeName !== 'BACKSTORY-MARK') continue;
      const rect = node.getBoundingClientRect();
      seen.firstMark = { text: node.textContent, top: rect.top, bottom: rect.bottom, viewport: innerHeight };
      observer.disconnect();
      return;
    }
  }).observe(document, { childList: true, subtree: true });
})();
</script>`;

/** A 20,000-word article (the sample's body 60-odd times) with the page script, and an anchor halfway. */
function pageHtml(): string {
  const { html, copies } = longArticleHtml(20_000, false);
  const middle = Math.ceil(copies / 2);
  return html
    .replace('<head>', `<head>${PAGE_SCRIPT}`)
    .replace(`<h2>Part ${middle}</h2>`, `<h2 id="middle">Part ${middle}</h2>`);
}

async function serve(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/long-article.html` };
}

const marksIn = (selector: string): number => document.querySelectorAll(`${selector} backstory-mark`).length;

describe.each(DRIVERS)('$name: a long article is highlighted where the reader is first', ({ launch }) => {
  let driver: ExtensionDriver;
  let site: { server: Server; url: string };
  let tab: DriverTab;

  beforeAll(async () => {
    site = await serve(pageHtml());
    driver = await launch();
  });

  afterAll(async () => {
    await tab?.close();
    await driver?.close();
    await new Promise((resolve) => site?.server.close(resolve));
  });

  it('draws the first highlight inside the viewport, then the whole article, above it too', async () => {
    tab = await driver.openWebPage(site.url);
    const first = await waitInTab(
      tab,
      () => (window as unknown as { __seen: Seen }).__seen.firstMark,
      undefined,
      45_000,
    );
    expect(first, 'no highlight was drawn').toBeTruthy();
    expect(first?.bottom).toBeGreaterThan(0);
    expect(first?.top).toBeLessThan(first?.viewport ?? 0);
    // The first part, far above the reader, is highlighted too once the rest is drawn.
    const above = await waitInTab(
      tab,
      () => {
        const h2 = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Part 2');
        let marks = 0;
        for (let el = h2?.previousElementSibling; el; el = el.previousElementSibling) {
          marks += el.querySelectorAll('backstory-mark').length;
        }
        return marks;
      },
      undefined,
      45_000,
    );
    expect(above).toBeGreaterThan(0);
    expect(await tab.evaluate(marksIn, '[itemprop="articleBody"]')).toBeGreaterThan(1000);
  });

  it('gives the article back exactly when the site is switched off', async () => {
    const settled = await waitInTab(
      tab,
      async () => {
        const count = (): number => document.querySelectorAll('backstory-mark').length;
        const before = count();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return before > 0 && count() === before;
      },
      undefined,
      45_000,
    );
    expect(settled).toBe(true);
    const options = await driver.openExtensionPage('options.html');
    try {
      await options.evaluate(
        (message) =>
          ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).runtime.sendMessage(message),
        { backstory: 1, method: 'setSiteEnabled', payload: { host: '127.0.0.1', enabled: false } },
      );
    } finally {
      await options.close();
    }
    const gone = await waitInTab(
      tab,
      () => document.querySelectorAll('backstory-mark').length === 0,
      undefined,
      15_000,
    );
    expect(gone).toBe(true);
    const same = await tab.evaluate(
      () =>
        document.querySelector('[itemprop="articleBody"]')?.innerHTML ===
        (window as unknown as { __seen: Seen }).__seen.articleBefore,
      undefined,
    );
    expect(same).toBe(true);
  });
});
