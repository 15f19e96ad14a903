// Renders icons/backstory.svg (and the simplified icons/backstory-small.svg for toolbar sizes, when
// present) to the PNGs the manifest names, with headless Chromium so no system image tools are needed.
// Usage: node scripts/render-icons.mjs   (CHROMIUM=/path/to/chromium to override the browser)
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const icons = join(root, 'icons');
const large = await readFile(join(icons, 'backstory.svg'), 'utf8');
const smallPath = join(icons, 'backstory-small.svg');
// Under 32 px the full mark's details blur together; a simplified drawing stays legible.
const small = existsSync(smallPath) ? await readFile(smallPath, 'utf8') : large;
const sizes = [16, 32, 48, 128];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of sizes) {
    const svg = size <= 32 ? small : large;
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(
      /<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/,
      `<svg$1 width="${size}" height="${size}"`,
    );
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(join(icons, `icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
