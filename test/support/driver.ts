/**
 * One small interface over both browsers, so an end-to-end scenario is written once and runs in
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi) alike. Each
 * implementation only opens tabs, evaluates in them and acts as the reader would (a real mouse and
 * keyboard); what a scenario checks lives in the scenario.
 */
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type { BackgroundMethods, MethodName, Request, Response } from '../../src/shared/protocol';
import {
  callBackgroundFrom,
  extensionPageUrl,
  KEEP_NAMES_SHIM,
  launchChromiumWithExtension,
} from './chromium';
import {
  callBackgroundFromFirefox,
  launchFirefoxWithExtension,
  openExtensionPage,
  openPage,
  setFirefoxPrefs,
} from './firefox';

/** A tab, in either browser. */
export interface DriverTab {
  /** Runs `fn(arg)` in the tab's page (for an extension page: with the extension's APIs). */
  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Errors the page threw, uncaught, since the tab was opened (and, in Chromium, our scripts' console errors). */
  readonly errors: readonly string[];
  /** The reader's click on the first element matching `selector` (`inCard`: inside our card's shadow root). */
  click(selector: string, options?: { inCard?: boolean }): Promise<void>;
  /** The reader's pointer moved to a point of the viewport. */
  moveMouse(x: number, y: number): Promise<void>;
  /** The reader's click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** The reader presses a key (`Tab`, `Escape`). */
  press(key: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Uint8Array>;
  /** The page as a reader with this colour scheme (and reduced motion) sees it (in Firefox: every tab). */
  emulate(scheme: 'light' | 'dark'): Promise<void>;
  /** The tab's viewport, in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /**
   * Runs a whole script (a library such as axe-core) in the page. The driver's evaluation is not
   * subject to the page's CSP, which would refuse a `<script>` or `eval` in extension pages.
   */
  runScript(source: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Scripts run at the start of every document of the tab, before the page's own (probes, hostile pages). */
  initScripts?: string[];
  /** How long the page may take to load. */
  timeoutMs?: number;
}

export interface ExtensionDriver {
  readonly name: 'Chromium' | 'Firefox';
  /** A new tab showing a web page, loaded. */
  openWebPage(url: string, options?: OpenOptions): Promise<DriverTab>;
  /** A new tab showing one of the extension's pages (`popup.html?tabId=3`), loaded. */
  openExtensionPage(path: string): Promise<DriverTab>;
  /** A request to the background through the extension's own protocol, as the popup sends it. */
  callBackground<K extends MethodName<BackgroundMethods>>(
    method: K,
    payload: Request<BackgroundMethods, K>,
  ): Promise<Response<BackgroundMethods, K>>;
  /** The id the browser gives the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** `every-site` (the default): the reader chose "on every site". `as-installed`: nothing granted yet. */
  siteAccess?: 'every-site' | 'as-installed';
  /**
   * Firefox has no host-resolver switch: every host but 127.0.0.1 goes through this port (the static
   * test server), which fails it at once. Chromium resolves no other host anyway.
   */
  offlineProxyPort?: number;
}

/**
 * Over WebDriver BiDi, Firefox also reports its own security messages as page errors: the test server's
 * `script-src 'none'` blocking a saved page's scripts, and cross-origin fonts and styles failing because
 * the network is cut off. Those are the fixture working as intended, not Backstory failing.
 */
export function isOfflineFixtureReport(message: string): boolean {
  return /^(Error: )?(Content-Security-Policy: |Cross-Origin Request Blocked: )/.test(message);
}

function chromiumTab(page: ChromiumPage): DriverTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Content-script errors show in the page's console with an extension URL as their location.
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    errors,
    // Playwright's CSS engine reaches into open shadow roots by itself.
    click: (selector, options) =>
      page
        .locator(options?.inCard ? `[data-backstory-card] ${selector}` : selector)
        .first()
        .click(),
    moveMouse: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    // caret: 'initial': hiding the caret makes Playwright touch every input's inline style, which
    // leaves `style=""` behind and would be blamed on Backstory by the exact-markup check.
    screenshot: () => page.screenshot({ caret: 'initial' }),
    emulate: (scheme) => page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }),
    resize: (width, height) => page.setViewportSize({ width, height }),
    runScript: async (source) => {
      await page.evaluate(source);
    },
    close: () => page.close(),
  };
}

/** Firefox's content follows these preferences: 0 dark, 1 light; reduced motion on. */
const FIREFOX_SCHEME_PREFS = {
  light: { 'layout.css.prefers-color-scheme.content-override': 1, 'ui.prefersReducedMotion': 1 },
  dark: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 },
} as const;

function firefoxTab(page: FirefoxPage): DriverTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!isOfflineFixtureReport(String(error))) errors.push(`pageerror: ${message}`);
  });
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    errors,
    click: async (selector, options) => {
      // Puppeteer's `>>>` combinator reaches into open shadow roots.
      const handle = await page.waitForSelector(
        options?.inCard ? `[data-backstory-card] >>> ${selector}` : selector,
        { timeout: 5_000 },
      );
      if (!handle) throw new Error(`Nothing matches ${selector}`);
      await handle.click();
    },
    moveMouse: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: () => page.screenshot(),
    // Puppeteer's media emulation needs CDP. The preferences are the whole browser's, not the tab's:
    // a scenario that switches to dark switches back.
    emulate: (scheme) => setFirefoxPrefs(page.browser(), FIREFOX_SCHEME_PREFS[scheme]),
    resize: (width, height) => page.setViewport({ width, height }),
    runScript: async (source) => {
      await page.evaluate(source);
    },
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(options: DriverOptions = {}): Promise<ExtensionDriver> {
  const browser = await launchChromiumWithExtension({ siteAccess: options.siteAccess });
  const controls = await browser.context.newPage();
  await controls.goto(extensionPageUrl(browser.extensionId));
  const newTab = async (): Promise<[ChromiumPage, DriverTab]> => {
    const page = await browser.context.newPage();
    return [page, chromiumTab(page)];
  };
  return {
    name: 'Chromium',
    async openWebPage(url, open = {}) {
      const [page, tab] = await newTab();
      for (const content of open.initScripts ?? []) await page.addInitScript({ content });
      await page.goto(url, { waitUntil: 'load', timeout: open.timeoutMs ?? 30_000 });
      return tab;
    },
    async openExtensionPage(path) {
      const [page, tab] = await newTab();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return tab;
    },
    callBackground: (method, payload) => callBackgroundFrom(controls, method, payload),
    tabIdOf: (url) => tabIdOfFrom(chromiumTab(controls), url),
    close: () => browser.close(),
  };
}

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

export async function launchFirefoxDriver(options: DriverOptions = {}): Promise<ExtensionDriver> {
  const firefox = await launchFirefoxWithExtension({
    siteAccess: options.siteAccess,
    prefs: options.offlineProxyPort ? offlinePrefs(options.offlineProxyPort) : undefined,
  });
  const controls = await openExtensionPage(firefox, 'options.html');
  return {
    name: 'Firefox',
    async openWebPage(url, open = {}) {
      const page = await firefox.browser.newPage();
      const tab = firefoxTab(page);
      await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      for (const script of open.initScripts ?? []) await page.evaluateOnNewDocument(script);
      await openPage(page, url, { waitUntil: 'load', timeout: open.timeoutMs ?? 30_000 });
      return tab;
    },
    async openExtensionPage(path) {
      return firefoxTab(await openExtensionPage(firefox, path));
    },
    callBackground: (method, payload) => callBackgroundFromFirefox(controls, method, payload),
    tabIdOf: (url) => tabIdOfFrom(firefoxTab(controls), url),
    close: () => firefox.close(),
  };
}

/** Asks the extension, from one of its pages, which tab shows `url`. */
async function tabIdOfFrom(extensionTab: DriverTab, url: string): Promise<number> {
  const id = await extensionTab.evaluate(async (wanted) => {
    const api = (globalThis as WithApi).browser ?? (globalThis as WithApi).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Every browser a scenario runs in. */
export const DRIVERS: readonly {
  name: ExtensionDriver['name'];
  launch(options?: DriverOptions): Promise<ExtensionDriver>;
}[] = [
  { name: 'Chromium', launch: launchChromiumDriver },
  { name: 'Firefox', launch: launchFirefoxDriver },
];

/** Polls `check` in the tab until it answers truthy; returns its last answer. */
export async function waitInTab<A, T>(
  tab: DriverTab,
  check: (arg: A) => T | Promise<T>,
  arg: A,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A tab between documents refuses evaluations for a moment: that is not an answer yet.
    const answer = await tab.evaluate(check, arg).catch(() => undefined);
    if (answer || Date.now() > deadline) return answer as T;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Runs in the page: the centre of the first highlight reading `text`, scrolled into view. */
function pointOfHighlight(text: string): { x: number; y: number } | null {
  const mark = [...document.querySelectorAll('backstory-mark')].find((m) => m.textContent?.includes(text));
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center' });
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * The reader's pointer leaves whatever it was on and comes to rest on the first highlight reading
 * `text`: real pointer movement (CDP in Chromium, WebDriver BiDi input actions in Firefox), so the page
 * gets the same `pointerover`/`mouseover` a reader's mouse gives.
 */
export async function hoverHighlight(tab: DriverTab, text: string): Promise<void> {
  await tab.moveMouse(1, 1);
  const point = await tab.evaluate(pointOfHighlight, text);
  if (!point) throw new Error(`No highlight of ${text} on the page`);
  await tab.moveMouse(point.x, point.y);
}

/** The extension's API inside one of its pages, in either browser. */
export type ExtensionApi = import('webextension-polyfill').Browser;
/** Inside an extension page: the extension's API, whichever browser this is (Chromium has no `browser`). */
export type WithApi = typeof globalThis & { browser?: ExtensionApi; chrome: ExtensionApi };
