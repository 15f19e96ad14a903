/**
 * Real Chromium (Debian's /usr/bin/chromium) with the unpacked extension from dist/chrome loaded,
 * driven by playwright-core. Recipe and pitfalls: ../shared/docs/PLATFORM.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { BackgroundMethods, MethodName, Request, Response } from '../../src/shared/protocol';
import type { Result } from '../../src/shared/result';
import type { Settings } from '../../src/shared/settings';
import { distChrome } from './paths';

/** Chromium's promise-returning `chrome` namespace, typed with the polyfill's types (no @types/chrome here). */
export type WithChrome = typeof globalThis & { chrome: Browser };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A broken extension fails silently; its worker not appearing is how we notice. */
const WORKER_TIMEOUT_MS = 15_000;

/** Defines esbuild's `__name` helper where it is missing; a no-op otherwise. */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Files the manifest refers to that do not exist: Chromium then refuses the whole extension, silently. */
export function missingManifestFiles(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const named = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
  ].filter((f): f is string => !!f);
  return [...new Set(named)].filter((f) => !existsSync(join(extensionDir, f)));
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  extensionDir?: string;
  /**
   * `every-site` (the default): the reader chose "on every site". `as-installed`: nothing granted,
   * as after install before the reader chooses.
   */
  siteAccess?: 'every-site' | 'as-installed';
}

/**
 * The built extension as if the reader had chosen "on every site". Its host permissions are
 * optional, and Chromium lets automation neither click nor skip the prompt `permissions.request`
 * opens (browser UI, outside any page; playwright#32755), so a copy lists them as granted at install.
 * The extension reads the grant back from `permissions.getAll()`, exactly as after the reader's
 * click; only how the grant arrives differs.
 */
async function withEverySiteGranted(extensionDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'backstory-every-site-'));
  await cp(extensionDir, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return copy;
}

export async function launchChromiumWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const builtDir = options.extensionDir ?? distChrome;
  if (!existsSync(join(builtDir, 'manifest.json'))) {
    throw new Error(`${builtDir}/manifest.json is missing: run \`node build.mjs\` first`);
  }
  const everySite = (options.siteAccess ?? 'every-site') === 'every-site';
  const extensionDir = everySite ? await withEverySiteGranted(builtDir) : builtDir;
  const removeCopy = (): Promise<void> =>
    everySite ? rm(extensionDir, { recursive: true, force: true }) : Promise.resolve();
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      // Without this Playwright's own --disable-extensions wins and nothing loads.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
      // Tests never reach the network: every host but the local test servers fails to resolve, fast.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  // tsx and vitest may compile with esbuild's keepNames, which wraps named functions in `__name(...)`:
  // functions we pass to `evaluate` then need that helper in the page too.
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT_MS }));
    const extensionId = new URL(worker.url()).host;
    // The worker registers the content script for the granted sites as it starts: a page opened
    // before that would be read by no one.
    if (everySite) await waitForContentScript(worker);
    return {
      context,
      worker,
      extensionId,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
        await removeCopy();
      },
    };
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    await removeCopy();
    const missing = missingManifestFiles(extensionDir);
    const hint = missing.length ? `; the manifest names files that are not built: ${missing.join(', ')}` : '';
    throw new Error(`The extension's service worker did not start within ${WORKER_TIMEOUT_MS} ms${hint}`, {
      cause: error,
    });
  }
}

/** Waits until the extension has registered its content script (it does so for the granted sites). */
export async function waitForContentScript(worker: Worker, timeoutMs = WORKER_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const registered = await worker
      .evaluate(
        async () => (await (globalThis as WithChrome).chrome.scripting.getRegisteredContentScripts()).length,
      )
      .catch(() => 0);
    if (registered > 0) return;
    if (Date.now() > deadline) throw new Error(`No content script registered within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id Chromium gives the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted: string) => {
    const tabs = await (globalThis as WithChrome).chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Call the background through the extension's own message protocol, from an extension page,
 * exactly as the popup and options page do. Throws with the background's error on `{ ok: false }`.
 */
export async function callBackgroundFrom<K extends MethodName<BackgroundMethods>>(
  extensionPage: Page,
  method: K,
  payload: Request<BackgroundMethods, K>,
): Promise<Response<BackgroundMethods, K>> {
  const reply = (await extensionPage.evaluate(
    (envelope) => (globalThis as WithChrome).chrome.runtime.sendMessage(envelope),
    { backstory: 1 as const, method, payload },
  )) as Result<Response<BackgroundMethods, K>> | undefined;
  if (!reply) throw new Error(`No answer to ${method}`);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error}`);
  return reply.value;
}

/** Any page of ours will do to send messages from; prefer one that does nothing on load. */
export function extensionPageUrl(extensionId: string, extensionDir = distChrome): string {
  const page =
    ['options.html', 'popup.html'].find((p) => existsSync(join(extensionDir, p))) ?? 'manifest.json';
  return `chrome-extension://${extensionId}/${page}`;
}

/** Open an extension page to talk to the background from, change settings, and close it again. */
export async function updateSettings(browser: ExtensionBrowser, patch: Partial<Settings>): Promise<Settings> {
  const page = await browser.context.newPage();
  try {
    await page.goto(extensionPageUrl(browser.extensionId));
    return await callBackgroundFrom(page, 'updateSettings', patch);
  } finally {
    await page.close();
  }
}
