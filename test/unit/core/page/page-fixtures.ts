/** Loads the real-page fixtures: the two committed here, plus the shared corpus when present. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface PageFixture {
  name: string;
  html: string;
  title: string;
}

const dir = dirname(fileURLToPath(import.meta.url));
const here = join(dir, 'fixtures');
const shared = join(dir, '../../../../../shared/data/pages/readability');

function load(name: string, htmlGz: string, metadata: string): PageFixture {
  const { title } = JSON.parse(readFileSync(metadata, 'utf8')) as { title: string };
  return { name, html: gunzipSync(readFileSync(htmlGz)).toString('utf8'), title };
}

/** Every real page available, committed ones first; names are unique. */
export function realPages(): PageFixture[] {
  const pages = new Map<string, PageFixture>();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.html.gz'))) {
    const name = file.replace(/\.html\.gz$/, '');
    pages.set(name, load(name, join(here, file), join(here, `${name}.json`)));
  }
  if (existsSync(shared)) {
    for (const name of readdirSync(shared)) {
      if (pages.has(name)) continue;
      pages.set(
        name,
        load(name, join(shared, name, 'source.html.gz'), join(shared, name, 'expected-metadata.json')),
      );
    }
  }
  return [...pages.values()];
}

export const SAMPLE_PAGE = join(dir, '../../../../samples/lavrov-north-korea.html');
export const SEED_ARTICLE = join(dir, '../../../../../shared/seed/article.txt');

/** A jsdom document that keeps its CSS parse warnings to itself. */
export function parseHtml(html: string, url = 'https://example.com/news/story'): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
