/**
 * Loads mozilla/readability's saved news pages from the shared data beside the repository
 * (../shared/data/pages/readability); they belong to their publishers and are never copied here.
 */
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
const shared = join(dir, '../../../../../shared/data/pages/readability');

function load(name: string, htmlGz: string, metadata: string): PageFixture {
  const { title } = JSON.parse(readFileSync(metadata, 'utf8')) as { title: string };
  return { name, html: gunzipSync(readFileSync(htmlGz)).toString('utf8'), title };
}

/** Every saved page, by name; none when the shared data is absent. */
export function realPages(): PageFixture[] {
  if (!existsSync(shared)) return [];
  return readdirSync(shared)
    .sort()
    .map((name) =>
      load(name, join(shared, name, 'source.html.gz'), join(shared, name, 'expected-metadata.json')),
    );
}

export const SAMPLE_PAGE = join(dir, '../../../../samples/lavrov-north-korea.html');
export const SEED_ARTICLE = join(dir, '../../../../../shared/seed/article.txt');

/** A jsdom document that keeps its CSS parse warnings to itself. */
export function parseHtml(html: string, url = 'https://example.com/news/story'): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
