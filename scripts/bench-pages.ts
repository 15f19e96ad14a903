/**
 * `npm run bench:pages`: how fast Backstory highlights real pages, in real Chromium with dist/chrome.
 *
 * For each saved page (test/fixtures/pages/<site>/), with lookups off so the network plays no part:
 * - DOMContentLoaded → first and last highlight: the content script's wait for document_idle, reading
 *   the page, recognising names and wrapping them;
 * - the longest main-thread task, and the main thread's total busy time, from the moment the content
 *   script is evaluated until highlighting has settled (CDP tracing, `RunTask` events on the page's
 *   renderer main thread; the page's own scripts are blocked by the test server's CSP, so what runs
 *   then is Backstory and the style and layout work its highlights cause);
 * - the article's length and the background's analysis time (`Analysis.elapsedMs`, from getPageState);
 * and once: the content bundle's size, gzipped.
 *
 * Times are measured here and printed, never asserted in tests. Options: `--runs=N` (median of N loads,
 * default 3), `--site=NAME` (one page). Build first: `node build.mjs`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import {
  callBackgroundFrom,
  extensionPageUrl,
  launchChromiumWithExtension,
  tabIdOf,
  updateSettings,
  type ExtensionBrowser,
} from '../test/support/chromium';
import { distChrome } from '../test/support/paths';
import { listRealPages } from '../test/support/real-pages';
import { realPagePath, startStaticServer } from '../test/support/static-server';
import { waitForSettledCount } from '../test/support/wait';

interface Timings {
  highlights: number;
  firstMs: number | null;
  lastMs: number | null;
  longestTaskMs: number | null;
  busyMs: number | null;
  /** Characters of article text the content script sent, and the background's time to analyse them. */
  articleChars: number | null;
  analysisMs: number | null;
}

interface BenchGlobal {
  __backstoryBench?: { markTimes: number[] };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Math.max(1, Number(arg('runs') ?? 3));
const onlySite = arg('site');

/** Runs in the page before anything else: note when highlights appear. */
function recordInPage(): void {
  const bench = { markTimes: [] as number[] };
  (globalThis as BenchGlobal).__backstoryBench = bench;
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeName === 'BACKSTORY-MARK') bench.markTimes.push(performance.now());
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Runs in the page: highlight timings relative to DOMContentLoaded. */
function readTimings(): Pick<Timings, 'highlights' | 'firstMs' | 'lastMs'> {
  const bench = (globalThis as BenchGlobal).__backstoryBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const dcl = nav?.domContentLoadedEventEnd ?? 0;
  const times = bench?.markTimes ?? [];
  const first = times.length ? Math.min(...times) : null;
  const last = times.length ? Math.max(...times) : null;
  return {
    highlights: document.querySelectorAll('backstory-mark').length,
    firstMs: first === null ? null : first - dcl,
    lastMs: last === null ? null : last - dcl,
  };
}

/**
 * The page's renderer main thread is the `CrRendererMain` thread that parsed the page's HTML. From the
 * content script's evaluation to the end of the trace, its longest `RunTask` and the sum of them all.
 */
function mainThreadWork(events: TraceEvent[], pageUrl: string): { longestMs: number; busyMs: number } | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) return null;
  const onMain = (e: TraceEvent): boolean => e.pid === parse.pid && e.tid === parse.tid;
  const start = events.find(
    (e) =>
      onMain(e) &&
      (e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
      /content\.js$/.test(e.args?.data?.url ?? ''),
  );
  if (!start) return null;
  const tasks = events.filter(
    (e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) >= start.ts,
  );
  const durations = tasks.map((t) => (t.dur ?? 0) / 1000);
  return { longestMs: Math.max(0, ...durations), busyMs: durations.reduce((a, b) => a + b, 0) };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
};

async function measure(page: Page, url: string, browser: ExtensionBrowser, controls: Page): Promise<Timings> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await waitForSettledCount(() => page.evaluate(() => document.querySelectorAll('backstory-mark').length), {
    timeoutMs: 20_000,
  });
  const timings = await page.evaluate(readTimings);
  const work = mainThreadWork(await readTrace(cdp), url);
  await cdp.detach();
  const state = await callBackgroundFrom(controls, 'getPageState', {
    tabId: await tabIdOf(browser.worker, url),
  });
  return {
    ...timings,
    longestTaskMs: work?.longestMs ?? null,
    busyMs: work?.busyMs ?? null,
    articleChars: state?.analysis.textLength ?? null,
    analysisMs: state?.analysis.elapsedMs ?? null,
  };
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
  const controls = await browser.context.newPage();
  await controls.goto(extensionPageUrl(browser.extensionId));
  const rows: string[][] = [];
  for (const { site } of pages) {
    const samples: Timings[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript({ content: `(${recordInPage.toString()})();` });
      samples.push(await measure(page, server.url(realPagePath(site)), browser, controls));
      await page.close();
    }
    const pick = (f: (t: Timings) => number | null): number | null => {
      const xs = samples.map(f).filter((x): x is number => x !== null);
      return xs.length ? median(xs) : null;
    };
    rows.push([
      site,
      fmt(pick((t) => t.articleChars)),
      String(pick((t) => t.highlights) ?? 0),
      fmt(pick((t) => t.analysisMs)),
      fmt(pick((t) => t.firstMs)),
      fmt(pick((t) => t.lastMs)),
      fmt(pick((t) => t.longestTaskMs)),
      fmt(pick((t) => t.busyMs)),
    ]);
  }
  const header = [
    'page',
    'article chars',
    'highlights',
    'analysis ms',
    'DCL→first ms',
    'DCL→all ms',
    'longest task ms',
    'main thread busy ms',
  ];
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
