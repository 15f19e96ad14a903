/**
 * One small interface over both browsers, so an end-to-end scenario is written once and runs in
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi) alike. Each
 * implementation only opens tabs and evaluates in them; what a scenario checks lives in the scenario.
 */
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchChromiumWithExtension } from './chromium';
import { launchFirefoxWithExtension, openExtensionPage, openPage } from './firefox';

/** A tab, in either browser. */
export interface DriverTab {
  /** Runs `fn(arg)` in the tab's page (for an extension page: with the extension's APIs). */
  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Errors the page threw, uncaught, since the tab was opened. */
  readonly errors: readonly string[];
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: 'Chromium' | 'Firefox';
  /** A new tab showing a web page, loaded. */
  openWebPage(url: string): Promise<DriverTab>;
  /** A new tab showing one of the extension's pages (`popup.html?tabId=3`), loaded. */
  openExtensionPage(path: string): Promise<DriverTab>;
  close(): Promise<void>;
}

function chromiumTab(page: ChromiumPage): DriverTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    errors,
    close: () => page.close(),
  };
}

function firefoxTab(page: FirefoxPage): DriverTab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    errors,
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(): Promise<ExtensionDriver> {
  const browser = await launchChromiumWithExtension();
  return {
    name: 'Chromium',
    async openWebPage(url) {
      const page = await browser.context.newPage();
      const tab = chromiumTab(page);
      await page.goto(url);
      return tab;
    },
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      const tab = chromiumTab(page);
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return tab;
    },
    close: () => browser.close(),
  };
}

export async function launchFirefoxDriver(): Promise<ExtensionDriver> {
  const firefox = await launchFirefoxWithExtension();
  return {
    name: 'Firefox',
    async openWebPage(url) {
      const page = await firefox.browser.newPage();
      const tab = firefoxTab(page);
      await openPage(page, url);
      return tab;
    },
    async openExtensionPage(path) {
      return firefoxTab(await openExtensionPage(firefox, path));
    },
    close: () => firefox.close(),
  };
}

/** Every browser a scenario runs in. */
export const DRIVERS: readonly { name: ExtensionDriver['name']; launch(): Promise<ExtensionDriver> }[] = [
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

/** The extension's API inside one of its pages, in either browser. */
export type ExtensionApi = import('webextension-polyfill').Browser;
