/** Where the end-to-end suite finds the built extension, the sample page and the saved real pages. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distChrome = join(repoRoot, 'dist', 'chrome');
export const distFirefox = join(repoRoot, 'dist', 'firefox');
export const samplePage = join(repoRoot, 'samples', 'lavrov-north-korea.html');
/** Shared data lives next to the repository, never inside it (see ../shared/data/README.md). */
export const sharedDir = join(repoRoot, '..', 'shared');
/**
 * mozilla/readability's saved news pages, one folder each (`source.html.gz`, `expected-metadata.json`). They
 * belong to their publishers, so they are read from the shared data, never copied into the repository.
 */
export const realPagesDir = join(sharedDir, 'data', 'pages', 'readability');
/** Artefacts of a run: screenshots, reports. Ignored by git. */
export const resultsDir = join(repoRoot, 'test-results');
export const screenshotsDir = join(repoRoot, 'docs', 'screenshots');
