/**
 * axe-core in real Chromium, light and dark: the popup, the options page, the welcome page and the
 * hover card on the sample article have no serious or critical accessibility violation. jsdom has no
 * layout or colours, so contrast can only be judged here.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  tabIdOf,
  updateSettings,
  type ExtensionBrowser,
} from '../support/chromium';
import { isCardShowing } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { startWikiFixtureServer } from '../support/wiki-fixture-server';

type WikiFixture = Awaited<ReturnType<typeof startWikiFixtureServer>>;

interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Run axe in the page (CSP does not apply to evaluate) and keep what a reader would be blocked by. */
async function seriousViolations(page: Page, axeSource: string, include?: string): Promise<Finding[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } })
      .axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  }, include ?? null);
}

describe('Chromium: accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let server: StaticServer;
  let wiki: WikiFixture;
  let browser: ExtensionBrowser;
  let article: Page;
  let tabId: number;
  let axeSource: string;

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    browser = await launchChromiumWithExtension();
    await updateSettings(browser, {
      lookups: true,
      wikipediaOrigin: wiki.origin,
      wikidataOrigin: wiki.origin,
    });
    article = await browser.context.newPage();
    const url = `${server.origin}${SAMPLE_PATH}`;
    await article.goto(url);
    await article.waitForSelector('backstory-mark', { timeout: 20_000 });
    tabId = await tabIdOf(browser.worker, url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await server?.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it.each([
      ['the popup', () => `popup.html?tabId=${tabId}`, '[data-entity-id]'],
      ['the options page', () => 'options.html', 'input'],
      ['the welcome page', () => 'welcome.html', 'button'],
    ])('%s has no serious or critical violation', async (_name, path, ready) => {
      const page = await browser.context.newPage();
      try {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(`chrome-extension://${browser.extensionId}/${path()}`);
        await page.waitForSelector(ready, { timeout: 15_000 });
        expect(await seriousViolations(page, axeSource)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it("Lavrov's hover card has no serious or critical violation", async () => {
      await article.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await article.mouse.move(1, 1);
      await article.keyboard.press('Escape');
      await article.locator('backstory-mark', { hasText: 'Lavrov' }).first().hover();
      await article.waitForFunction(isCardShowing, 'Lavrov', { timeout: 10_000 });
      expect(await seriousViolations(article, axeSource, '[data-backstory-card]')).toEqual([]);
    });
  });
});
