/**
 * Real Firefox ESR with the extension from dist/firefox installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (Playwright's Firefox does not work with ESR; there is no
 * geckodriver here). Recipe: ../shared/docs/PLATFORM.md.
 *
 * Site access: the extension's host permissions are optional (`optional_host_permissions`), so it reads
 * nothing until the reader chooses. `launchFirefoxWithExtension` takes the reader's route to "on every
 * site" by default: a click in an extension page that calls `permissions.request`. With
 * `extensions.webextOptionalPermissionPrompts` false the request is granted without a doorhanger, and a
 * BiDi click counts as the user action (`grantHostPermissions`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type GoToOptions, type Page } from 'puppeteer-core';
import type { BackgroundMethods, MethodName, Request, Response } from '../../src/shared/protocol';
import type { Result } from '../../src/shared/result';
import { distFirefox } from './paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so tests know the moz-extension:// origin before installing. */
export const FIXED_UUID = '4b3a1c2e-5d6f-4a7b-8c9d-0e1f2a3b4c5d';

export interface FirefoxWithExtension {
  browser: Browser;
  geckoId: string;
  /** `moz-extension://UUID` */
  extensionOrigin: string;
  close(): Promise<void>;
}

function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxWithExtension(
  options: {
    extensionDir?: string;
    prefs?: Record<string, unknown>;
    /**
     * `every-site` (the default): the reader chose "on every site", granted the way a reader grants
     * it (a click that calls `permissions.request`). `as-installed`: nothing granted yet.
     */
    siteAccess?: 'every-site' | 'as-installed';
  } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? distFirefox;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json is missing: run \`node build.mjs\` first`);
  }
  const geckoId = geckoIdOf(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Needed to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      // Let the extension's own permissions.request() grant host access without a prompt nobody can click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Tests never reach the network: no captive portal, no updates, no telemetry.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the add-on in ${extensionDir}`, { cause: error });
  }
  const firefox: FirefoxWithExtension = {
    browser,
    geckoId,
    extensionOrigin: `moz-extension://${FIXED_UUID}`,
    close: () => browser.close(),
  };
  if ((options.siteAccess ?? 'every-site') === 'every-site') {
    try {
      const page = await openExtensionPage(firefox, 'options.html');
      await grantHostPermissions(page, ALL_SITES);
      await waitForContentScript(page);
      await page.close();
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  return firefox;
}

/** Every http(s) page: the extension's optional host permissions. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** Waits, from one of the extension's pages, until it has registered its content script. */
export async function waitForContentScript(extensionPage: Page, timeoutMs = 15_000): Promise<void> {
  await extensionPage.waitForFunction(
    async () =>
      (
        await (
          globalThis as unknown as { browser: import('webextension-polyfill').Browser }
        ).browser.scripting.getRegisteredContentScripts()
      ).length > 0,
    { timeout: timeoutMs, polling: 100 },
  );
}

/**
 * Open an extension page. `page.goto` on a moz-extension:// URL loads but never resolves over BiDi,
 * so start it without awaiting and wait for the document instead.
 */
export async function openExtensionPage(firefox: FirefoxWithExtension, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(`${firefox.extensionOrigin}/${path}`).catch(() => undefined);
  // Poll by hand: while the tab moves from about:blank to the extension page, evaluations can land in a
  // realm that is going away and fail; those attempts are retried.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate(
        (origin: string) => location.origin === origin && document.readyState === 'complete',
        firefox.extensionOrigin,
      )
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${path} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page;
}

/** True when the add-on holds the host permission for these origins. */
export async function hasHostPermissions(extensionPage: Page, origins: string[]): Promise<boolean> {
  return extensionPage.evaluate(
    (wanted: string[]) =>
      (
        globalThis as unknown as { browser: import('webextension-polyfill').Browser }
      ).browser.permissions.contains({
        origins: wanted,
      }),
    origins,
  );
}

/**
 * Grant host permissions the way a user would: a click in an extension page that calls
 * `permissions.request`. The button is the test's own, added to the page for this.
 */
export async function grantHostPermissions(extensionPage: Page, origins: string[]): Promise<boolean> {
  await extensionPage.evaluate((wanted: string[]) => {
    const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    const button = document.createElement('button');
    button.id = 'backstory-test-grant';
    button.textContent = 'Grant';
    button.style.cssText = 'position:fixed;top:0;left:0;width:120px;height:40px;z-index:2147483647';
    button.addEventListener('click', () => {
      api.permissions.request({ origins: wanted }).then(
        (granted) => button.setAttribute('data-granted', String(granted)),
        (error: unknown) => button.setAttribute('data-granted', `error: ${String(error)}`),
      );
    });
    document.documentElement.append(button);
  }, origins);
  await extensionPage.click('#backstory-test-grant');
  const handle = await extensionPage.waitForFunction(
    () => document.getElementById('backstory-test-grant')?.getAttribute('data-granted'),
    { timeout: 10_000 },
  );
  const answer = await handle.jsonValue();
  await extensionPage.evaluate(() => document.getElementById('backstory-test-grant')?.remove());
  if (answer !== 'true') throw new Error(`permissions.request answered ${String(answer)}`);
  return hasHostPermissions(extensionPage, origins);
}

/**
 * Sets Firefox preferences while it runs, from its own chrome (privileged) scope over WebDriver BiDi
 * (`--remote-allow-system-access` lets the session reach it). Firefox's BiDi has no media-feature
 * emulation; its `prefers-color-scheme` and `prefers-reduced-motion` follow these preferences live.
 */
export async function setFirefoxPrefs(browser: Browser, prefs: Record<string, number>): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no chrome window to set preferences from');
  const expression = Object.entries(prefs)
    .map(([name, value]) => `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`)
    .join('\n');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
  });
  if (reply.result.type !== 'success')
    throw new Error(`Firefox refused the preferences: ${JSON.stringify(reply)}`);
}

/** The few raw WebDriver BiDi commands `setFirefoxPrefs` sends (puppeteer has no wrapper for them). */
interface BidiConnection {
  send(
    method: 'browsingContext.getTree',
    params: { 'moz:scope': 'chrome' },
  ): Promise<{ result: { contexts: { context: string }[] } }>;
  send(
    method: 'script.evaluate',
    params: { expression: string; target: { context: string }; awaitPromise: boolean },
  ): Promise<{ result: { type: string } }>;
}

/** Call the background through the extension's message protocol from one of its pages, as the popup does. */
export async function callBackgroundFromFirefox<K extends MethodName<BackgroundMethods>>(
  extensionPage: Page,
  method: K,
  payload: Request<BackgroundMethods, K>,
): Promise<Response<BackgroundMethods, K>> {
  const reply = (await extensionPage.evaluate(
    (envelope) =>
      (
        globalThis as unknown as { browser: import('webextension-polyfill').Browser }
      ).browser.runtime.sendMessage(envelope),
    { backstory: 1 as const, method, payload },
  )) as Result<Response<BackgroundMethods, K>> | undefined;
  if (!reply) throw new Error(`No answer to ${method}`);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error}`);
  return reply.value;
}

/** The id Firefox gives the tab showing `url`, asked of the extension from one of its pages. */
export async function firefoxTabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted: string) => {
    const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Navigate a tab to a web page. Firefox over BiDi now and then rejects a fresh tab's first navigation
 * ("Address rejected", from its navigation layer, before the page or Backstory runs). That is the
 * harness, so it is tried once more; any other failure, or a second rejection, still fails the test.
 */
export async function openPage(page: Page, url: string, options?: GoToOptions): Promise<void> {
  try {
    await page.goto(url, options);
  } catch (error) {
    if (!/Address rejected/.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.goto(url, options);
  }
}
