/**
 * The hand-made entity gold of 40 real English news pages (../shared/data/entities-gold), as the
 * entity scripts read it: the pages, their saved HTML, and the README's matching form.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EntityType } from '../src/core/types';

export const DATA = '../shared/data';
export const GOLD_DIR = join(DATA, 'entities-gold');

export type GoldType = EntityType | 'other';

export interface GoldEntity {
  name: string;
  type: GoldType;
  forms: string[];
  mentions: number;
  salient: boolean;
}

export interface GoldPage {
  page: string;
  source: 'readability' | 'article-extraction';
  id?: string;
  entities: GoldEntity[];
}

/** Every gold page, sorted by file name; only the one named `only` when given. */
export function loadGoldPages(only?: string): GoldPage[] {
  const pages = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldPage)
    .filter((g) => !only || g.page === only);
  if (pages.length === 0) throw new Error(`no gold page${only ? ` named ${only}` : ''} in ${GOLD_DIR}`);
  return pages;
}

/** The saved HTML of a gold page. */
export function goldPageHtml(g: GoldPage): string {
  const file =
    g.source === 'readability'
      ? join(DATA, 'pages/readability', g.page, 'source.html.gz')
      : join(DATA, 'pages/article-extraction-dev/html', `${g.id}.html.gz`);
  return gunzipSync(readFileSync(file)).toString('utf8');
}

/** The gold README's normalisation of a surface form. */
export function normalizeForm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s$/, '')
    .replace(/^the /, '')
    .trim();
}
