/**
 * The saved real pages under ../shared/data/pages/readability/<site>/, read the way mozilla/readability reads
 * its own. None when the shared data is not beside the repository: the suites that use them then run no page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { realPagesDir } from './paths';

export interface ExpectedMetadata {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

export interface RealPage {
  /** The folder name, e.g. `bbc-1`. */
  site: string;
  dir: string;
  metadata: ExpectedMetadata;
}

export function listRealPages(): RealPage[] {
  if (!existsSync(realPagesDir)) return [];
  return readdirSync(realPagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(realPagesDir, d.name, 'source.html.gz')))
    .map((d) => {
      const dir = join(realPagesDir, d.name);
      const metaFile = join(dir, 'expected-metadata.json');
      const metadata = existsSync(metaFile)
        ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ExpectedMetadata)
        : {};
      return { site: d.name, dir, metadata };
    })
    .sort((a, b) => a.site.localeCompare(b.site));
}

/** The page's HTML as it was saved. */
export function readRealPageHtml(site: string): Buffer | undefined {
  const file = join(realPagesDir, site, 'source.html.gz');
  return existsSync(file) ? gunzipSync(readFileSync(file)) : undefined;
}
