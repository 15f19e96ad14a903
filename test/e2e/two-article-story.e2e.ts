/**
 * Two articles of one story, read one after the other with story memory on: the popup's "story so
 * far" tells each happening once, with both sources, and what the later article reports as done
 * (Lavrov met Kim on Thursday 31 May) carries no scheduled mark from the earlier preview ("will
 * visit on Thursday"). The first article is the sample; the second is written for this spec.
 * Written once over the browser driver.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, waitInTab, type DriverTab, type ExtensionDriver, type WithApi } from '../support/driver';
import { countMarks } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { clickTab } from './popup-panels';

/** The later report: published on Friday 1 June 2018, it tells the visit the sample announced. */
const REPORT = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lavrov meets Kim Jong Un in Pyongyang | Harbour Post</title>
<meta property="og:title" content="Lavrov meets Kim Jong Un in Pyongyang">
<meta property="article:published_time" content="2018-06-01T09:30:00+01:00"></head>
<body><main><article><h1>Lavrov meets Kim Jong Un in Pyongyang</h1>
<p>Russian Foreign Minister Sergey Lavrov met North Korean leader Kim Jong Un in Pyongyang on Thursday, the first visit by a senior Russian official in years.</p>
<p>Lavrov and Kim Jong Un talked for more than an hour about the Korean Peninsula, and Lavrov invited Kim Jong Un to visit Russia, the foreign ministry in Moscow said.</p>
<p>Kim Jong Un told Lavrov that he still hoped to meet President Trump at the summit in Singapore on June 12.</p>
</article></main></body></html>`;

interface ShownEvent {
  date: string;
  label: string;
  scheduled: boolean;
  central: boolean;
  sources: number;
}

/** Runs in the popup: the story-so-far items as the reader sees them. */
function readStoryEvents(): ShownEvent[] | null {
  const items = [...document.querySelectorAll('.story-timeline li[data-date]')];
  return items.length === 0
    ? null
    : items.map((li) => ({
        date: li.getAttribute('data-date') ?? '',
        label: li.querySelector('.event-label')?.textContent?.trim() ?? '',
        scheduled: !!li.querySelector('.badge--scheduled'),
        central: !!li.querySelector('.badge--central'),
        sources: 1 + li.querySelectorAll('.story-also').length,
      }));
}

/** Runs in the popup: press "The story so far" once it is offered. */
function showStorySoFar(): boolean {
  const button = document.querySelector<HTMLButtonElement>('button[data-mode="story"]');
  button?.click();
  return !!button;
}

describe.each(DRIVERS)('$name: a two-article story', ({ launch }) => {
  let driver: ExtensionDriver;
  let server: StaticServer;
  let reportServer: Server;
  let extensionTab: DriverTab;
  let reportUrl: string;

  beforeAll(async () => {
    server = await startStaticServer();
    reportServer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(REPORT);
    });
    await new Promise<void>((resolve) => reportServer.listen(0, '127.0.0.1', resolve));
    reportUrl = `http://127.0.0.1:${(reportServer.address() as AddressInfo).port}/world/lavrov-meets-kim`;
    driver = await launch();
    extensionTab = await driver.openExtensionPage('options.html');
    await extensionTab.evaluate(
      () =>
        ((globalThis as WithApi).browser ?? (globalThis as WithApi).chrome).storage.sync.set({
          settings: { storyMemory: true },
        }),
      undefined,
    );
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await new Promise((resolve) => reportServer?.close(resolve));
  });

  it('merges the preview and the report: each happening once, and no scheduled mark on the visit', async () => {
    const preview = await driver.openWebPage(server.url(SAMPLE_PATH));
    expect(await waitInTab(preview, countMarks, undefined, 20_000)).toBeGreaterThan(0);
    const report = await driver.openWebPage(reportUrl);
    expect(await waitInTab(report, countMarks, undefined, 20_000)).toBeGreaterThan(0);
    const tabId = await driver.tabIdOf(reportUrl);

    const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
    try {
      expect(await waitInTab(popup, clickTab, 'Timeline', 15_000)).toBe(true);
      expect(await waitInTab(popup, showStorySoFar, undefined, 15_000)).toBe(true);
      const events = (await waitInTab(popup, readStoryEvents, undefined, 15_000)) ?? [];

      // The visit: announced as scheduled by the preview, reported as done by the later article.
      const visit = events.filter((e) => e.date === '2018-05-31');
      expect(visit).toHaveLength(1);
      expect(visit[0]).toMatchObject({ scheduled: false, sources: 2 });
      expect(visit[0]!.label).toMatch(/Lavrov met/);
      // The summit both articles name: once, on its date.
      expect(events.filter((e) => e.central).map((e) => e.date)).toEqual(['2018-06-12']);
      expect(events.filter((e) => e.date === '2018-06-12')).toHaveLength(1);
      // No happening told twice.
      const labels = events.map((e) => `${e.date} ${e.label}`);
      expect(new Set(labels).size).toBe(labels.length);
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
      await report.close();
      await preview.close();
    }
  });
});
