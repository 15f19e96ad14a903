/**
 * Store screenshots (1280×800) of the built extension in real Chromium, on the sample article,
 * with cards answered by the local Wikipedia/Wikidata stand-in (test/support/wiki-fixture-server),
 * so nothing reaches the network. Run after `npm run build`:
 *   npx tsx store/screenshots.ts
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, tabIdOf, updateSettings } from '../test/support/chromium';
import { repoRoot } from '../test/support/paths';
import { SAMPLE_PATH, startStaticServer } from '../test/support/static-server';
import { startWikiFixtureServer } from '../test/support/wiki-fixture-server';

const OUT = join(repoRoot, 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 600 };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The popup drawn where the browser would show it: under the toolbar, over the page, with a shadow. */
async function composeWithPopup(
  page: Page,
  background: Buffer,
  popup: Buffer,
  caption: string,
  file: string,
) {
  await page.setViewportSize(SIZE);
  await page.setContent(`<!doctype html><style>
    body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; position: relative; overflow: hidden;
      font: 600 30px/1.25 system-ui, sans-serif; }
    .bg { position: absolute; inset: 0; width: 100%; filter: brightness(0.72) saturate(0.9); }
    .popup { position: absolute; top: 24px; right: 64px; width: ${POPUP.width}px; border-radius: 10px;
      box-shadow: 0 18px 50px rgb(0 0 0 / 45%); }
    .caption { position: absolute; left: 56px; bottom: 56px; max-width: 640px; color: #fff;
      padding: 18px 24px; border-radius: 14px; background: rgb(27 42 107 / 88%); }
  </style><img class="bg" src="${dataUrl(background)}"><img class="popup" src="${dataUrl(popup)}">
  <div class="caption">${caption}</div>`);
  await page.screenshot({ path: join(OUT, file) });
}

const site = await startStaticServer();
const wiki = await startWikiFixtureServer();
const browser = await launchChromiumWithExtension({ viewport: SIZE });
try {
  await updateSettings(browser, {
    wikipediaOrigin: wiki.origin,
    wikidataOrigin: wiki.origin,
    storyMemory: false,
  });
  // The welcome page opens on install; keep it for its own shot.
  const welcome =
    browser.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
    (await browser.context.newPage());
  await welcome.setViewportSize(SIZE);
  await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await wait(500);
  await welcome.screenshot({ path: join(OUT, '4-welcome.png') });

  const article = await browser.context.newPage();
  await article.setViewportSize(SIZE);
  const url = site.url(SAMPLE_PATH);
  await article.goto(url);
  await article.waitForSelector('[data-backstory-id]', { timeout: 15_000 });
  await wait(1500);
  const lavrov = article.locator('[data-backstory-id]', { hasText: 'Sergey Lavrov' }).first();
  await lavrov.scrollIntoViewIfNeeded();
  await article.mouse.wheel(0, -120);
  await wait(300);
  await lavrov.hover();
  await wait(1800);
  await article.screenshot({ path: join(OUT, '1-hover-card.png') });
  await article.mouse.move(5, 5);
  await wait(600);
  const plain = await article.screenshot();

  const tabId = await tabIdOf(browser.worker, url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('li[data-entity-id]');
  await wait(300);
  const entities = await popup.screenshot();
  await popup.click('#popup-tab-timeline');
  await wait(300);
  // End on the event the story turns on.
  await popup.evaluate(() => document.querySelector('.event.is-central')?.scrollIntoView({ block: 'end' }));
  await wait(200);
  const timeline = await popup.screenshot();

  const sheet = await browser.context.newPage();
  await composeWithPopup(
    sheet,
    plain,
    entities,
    'Everyone in the story, grouped, with what the article says about them.',
    '2-popup-entities.png',
  );
  await composeWithPopup(
    sheet,
    plain,
    timeline,
    'The story in date order: what happened, and what is still to come.',
    '3-popup-timeline.png',
  );
  console.log(`wrote ${OUT}/{1-hover-card,2-popup-entities,3-popup-timeline,4-welcome}.png`);
} finally {
  await browser.close();
  await site.close();
  await wiki.close();
}
