/**
 * Screenshots from the end-to-end runs. They always go to test-results/screenshots/ (ignored by git);
 * with BACKSTORY_SCREENSHOTS=1 they also replace the README's images in docs/screenshots/, so a CI run
 * never dirties the tree and refreshing the README's pictures is a deliberate act.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resultsDir, screenshotsDir } from './paths';

export const updateReadmeScreenshots = process.env.BACKSTORY_SCREENSHOTS === '1';

export async function saveScreenshot(
  name: string,
  png: Buffer | Uint8Array,
  options: { forReadme?: boolean } = {},
): Promise<string> {
  const dir = join(resultsDir, 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await writeFile(file, png);
  if (options.forReadme && updateReadmeScreenshots) {
    await mkdir(screenshotsDir, { recursive: true });
    await writeFile(join(screenshotsDir, `${name}.png`), png);
  }
  return file;
}
