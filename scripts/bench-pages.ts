/**
 * `npm run bench:pages`: how fast Backstory highlights real pages, in real Chromium with dist/chrome.
 *
 * For each saved page (test/fixtures/pages/<site>/), with lookups off so the network plays no part:
 * - DOMContentLoaded → first and last highlight: the content script's wait for document_idle, reading
 *   the page, recognising names and wrapping them;
 * - the longest main-thread task from DOMContentLoaded until the last highlight (PerformanceObserver
 *   'longtask': tasks of 50 ms or more, the page's and the content script's alike; with the page's own
 *   scripts blocked by the test server's CSP, what runs after DOMContentLoaded is mostly Backstory);
 * and once: the content bundle's size, gzipped.
 *
 * Times are measured here and printed, never asserted in tests. Options: `--runs=N` (median of N loads,
 * default 3), `--site=NAME` (one page). Build first: `node build.mjs`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, updateSettings } from '../test/support/chromium';
import { distChrome } from '../test/support/paths';
import { listRealPages } from '../test/support/real-pages';
import { realPagePath, startStaticServer } from '../test/support/static-server';
import { waitForSettledCount } from '../test/support/wait';

interface Timings {
  highlights: number;
  firstMs: number | null;
  lastMs: number | null;
  longestTaskMs: number;
}

interface BenchGlobal {
  __backstoryBench?: { markTimes: number[]; longTasks: { start: number; duration: number }[] };
}

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Math.max(1, Number(arg('runs') ?? 3));
const onlySite = arg('site');

/** Runs in the page before anything else: note when highlights appear and every long task. */
function recordInPage(): void {
  const bench = { markTimes: [] as number[], longTasks: [] as { start: number; duration: number }[] };
  (globalThis as BenchGlobal).__backstoryBench = bench;
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeName === 'BACKSTORY-MARK') bench.markTimes.push(performance.now());
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Runs in the page: timings relative to DOMContentLoaded. */
function readTimings(): Timings {
  const bench = (globalThis as BenchGlobal).__backstoryBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const dcl = nav?.domContentLoadedEventEnd ?? 0;
  const times = bench?.markTimes ?? [];
  const first = times.length ? Math.min(...times) : null;
  const last = times.length ? Math.max(...times) : null;
  const end = (last ?? performance.now()) + 50;
  const during = (bench?.longTasks ?? []).filter((t) => t.start + t.duration >= dcl && t.start <= end);
  return {
    highlights: document.querySelectorAll('backstory-mark').length,
    firstMs: first === null ? null : first - dcl,
    lastMs: last === null ? null : last - dcl,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
};

async function measure(page: Page, url: string): Promise<Timings> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await waitForSettledCount(() => page.evaluate(() => document.querySelectorAll('backstory-mark').length), {
    timeoutMs: 20_000,
  });
  return page.evaluate(readTimings);
}

function bundleSize(): string {
  const file = join(distChrome, 'content.js');
  try {
    const raw = readFileSync(file);
    return `${(statSync(file).size / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  } catch {
    return 'missing (run `node build.mjs`)';
  }
}

const fmt = (ms: number | null): string => (ms === null || Number.isNaN(ms) ? '-' : ms.toFixed(0));

const pages = listRealPages().filter((p) => !onlySite || p.site === onlySite);
const server = await startStaticServer();
const browser = await launchChromiumWithExtension();
try {
  await updateSettings(browser, { lookups: false });
  const rows: string[][] = [];
  for (const { site } of pages) {
    const samples: Timings[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript({ content: `(${recordInPage.toString()})();` });
      samples.push(await measure(page, server.url(realPagePath(site))));
      await page.close();
    }
    const pick = (f: (t: Timings) => number | null): number | null => {
      const xs = samples.map(f).filter((x): x is number => x !== null);
      return xs.length ? median(xs) : null;
    };
    rows.push([
      site,
      String(pick((t) => t.highlights) ?? 0),
      fmt(pick((t) => t.firstMs)),
      fmt(pick((t) => t.lastMs)),
      (() => {
        const longest = pick((t) => t.longestTaskMs) ?? 0;
        return longest === 0 ? '<50' : fmt(longest);
      })(),
    ]);
  }
  const header = ['page', 'highlights', 'DCL→first ms', 'DCL→all ms', 'longest task ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(
    `Chromium ${browser.context.browser()?.version() ?? ''}, median of ${runs} load(s), lookups off`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\ncontent.js: ${bundleSize()}`);
} finally {
  await browser.close();
  await server.close();
}
