/**
 * `npm run eval:extract`: how much of a page's text Backstory reads is the article, on real pages.
 *
 * Set 1, `../shared/data/pages/article-extraction-dev/` (83 pages with human-annotated article bodies):
 * the benchmark's own metric, reimplemented from its README. Both texts are tokenised with `\w+`
 * (Unicode letters, digits and "_", as Python's `re` reads it), cut into 4-token shingles, and the
 * shingle counts compared per page (TP/FP/FN). Precision is averaged over the pages that produced
 * output, recall over all pages, F1 from those two averages.
 *
 * Backstory's text is exactly what the pipeline reads: `findArticle` + `buildTextIndex` on a jsdom
 * document, as in the CLI (`readHtmlPage`). Mozilla Readability (0.6, the benchmark's reference) is run
 * beside it on the same pages, on its own parse of the page (its `parse()` changes the document).
 * Times: the median per page of `findArticle` and of `buildTextIndex`, against Readability's
 * `parse()` in the same run (parsing the HTML into a document is not counted for either).
 *
 * Set 2, `../shared/data/pages/readability/` (16 English news pages with no human body): Backstory
 * scored against Readability's own article text, i.e. agreement with the reference extractor.
 *
 * The scorer is checked on itself first: every gold body scored as its own prediction gives 1.00.
 *
 * Options: `--pages` (print every page's figures), `--page=ID` (one page, with both texts' extra
 * and missing shingles), `--cli` (also run the CLI's page reader on every page and count errors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { findArticle } from '../src/core/page/article-root';
import { buildTextIndex } from '../src/core/page/text-index';
import { NoArticleError, parseHtmlDocument, readHtmlPage } from '../src/cli/read-page';

const DATA = new URL('../../shared/data/pages/', import.meta.url);
const DEV = join(decodeURIComponent(DATA.pathname), 'article-extraction-dev');
const READABILITY = join(decodeURIComponent(DATA.pathname), 'readability');

// --- the metric ----------------------------------------------------------------------------------

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** 4-token shingles with their counts; a text shorter than 4 tokens is one shorter shingle. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = tokens.slice(i, i + SHINGLE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

interface Match {
  tp: number;
  fp: number;
  fn: number;
}

function match(gold: string, predicted: string): Match {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, count] of p) {
    const inGold = g.get(s) ?? 0;
    tp += Math.min(count, inGold);
    fp += Math.max(0, count - inGold);
  }
  for (const [s, count] of g) fn += Math.max(0, count - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

interface PageScore extends Match {
  id: string;
  hasOutput: boolean;
  precision: number;
  recall: number;
  f1: number;
  goldChars: number;
}

function scorePage(id: string, gold: string, predicted: string): PageScore {
  const m = match(gold, predicted);
  const hasOutput = m.tp + m.fp > 0;
  const precision = hasOutput ? m.tp / (m.tp + m.fp) : 0;
  const recall = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { id, ...m, hasOutput, precision, recall, f1, goldChars: gold.trim().length };
}

interface Totals {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
  withOutput: number;
}

function totals(scores: PageScore[]): Totals {
  const withOutput = scores.filter((s) => s.hasOutput);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(withOutput.map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length, withOutput: withOutput.length };
}

// --- the extractors ------------------------------------------------------------------------------

interface Reading {
  text: string;
  findMs: number;
  indexMs: number;
}

function readWithBackstory(html: string, url?: string): Reading {
  const dom = parseHtmlDocument(html, url);
  try {
    const doc = dom.window.document;
    const t0 = performance.now();
    const article = findArticle(doc);
    const t1 = performance.now();
    const text = article ? buildTextIndex(article).text : '';
    const t2 = performance.now();
    return { text, findMs: t1 - t0, indexMs: t2 - t1 };
  } finally {
    dom.window.close();
  }
}

function readWithReadability(html: string, url?: string): { text: string; parseMs: number } {
  const dom = parseHtmlDocument(html, url);
  try {
    const t0 = performance.now();
    const article = new Readability(dom.window.document).parse();
    const parseMs = performance.now() - t0;
    return { text: article?.textContent ?? '', parseMs };
  } finally {
    dom.window.close();
  }
}

// --- the run -------------------------------------------------------------------------------------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? 0
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const f2 = (x: number): string => x.toFixed(3);
const ms = (x: number): string => `${x.toFixed(1)} ms`;

function printTotals(label: string, t: Totals): void {
  console.log(
    `  ${label.padEnd(12)} P ${f2(t.precision)}  R ${f2(t.recall)}  F1 ${f2(t.f1)}  (${t.withOutput}/${t.pages} pages with output)`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const onePage = args.find((a) => a.startsWith('--page='))?.slice('--page='.length);
  const everyPage = args.includes('--pages');
  const withCli = args.includes('--cli');

  const gold = JSON.parse(readFileSync(join(DEV, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const ids = Object.keys(gold)
    .sort()
    .filter((id) => !onePage || id.startsWith(onePage));

  // The scorer on itself.
  const self = totals(ids.map((id) => scorePage(id, gold[id]!.articleBody, gold[id]!.articleBody)));
  console.log(`Article extraction, development half (${ids.length} pages): ${DEV}`);
  printTotals('gold itself', self);

  const ours: PageScore[] = [];
  const theirs: PageScore[] = [];
  const findMs: number[] = [];
  const indexMs: number[] = [];
  const parseMs: number[] = [];
  let cliErrors = 0;
  let cliNoArticle = 0;
  for (const id of ids) {
    const { articleBody, url } = gold[id]!;
    const html = gunzipSync(readFileSync(join(DEV, 'html', `${id}.html.gz`))).toString('utf8');
    const b = readWithBackstory(html, url);
    const r = readWithReadability(html, url);
    ours.push(scorePage(id, articleBody, b.text));
    theirs.push(scorePage(id, articleBody, r.text));
    findMs.push(b.findMs);
    indexMs.push(b.indexMs);
    parseMs.push(r.parseMs);
    if (withCli) {
      try {
        readHtmlPage(html, url);
      } catch (error) {
        if (error instanceof NoArticleError) cliNoArticle++;
        else {
          cliErrors++;
          console.log(`  CLI error on ${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    if (onePage) printDiff(articleBody, b.text);
  }
  printTotals('Backstory', totals(ours));
  printTotals('Readability', totals(theirs));
  console.log(
    `  median time per page: findArticle ${ms(median(findMs))}, buildTextIndex ${ms(median(indexMs))}; ` +
      `Readability parse() ${ms(median(parseMs))} (ratio find/parse ${(median(findMs) / median(parseMs)).toFixed(2)})`,
  );
  const low = ours.filter((s) => s.f1 < 0.5);
  console.log(
    `  Backstory pages under F1 0.5: ${low.length} (${low.filter((s) => s.goldChars >= 500).length} with a gold body of ≥ 500 chars)`,
  );
  for (const s of low) {
    const other = theirs.find((t) => t.id === s.id)!;
    console.log(
      `    ${s.id.slice(0, 8)} F1 ${f2(s.f1)} (P ${f2(s.precision)} R ${f2(s.recall)}) gold ${s.goldChars} chars; Readability ${f2(other.f1)}  ${gold[s.id]!.url}`,
    );
  }
  const lowR = theirs.filter((s) => s.f1 < 0.5).length;
  console.log(`  Readability pages under F1 0.5: ${lowR}`);
  if (withCli) console.log(`  CLI over all pages: ${cliErrors} errors, ${cliNoArticle} "no article"`);
  if (everyPage) {
    for (const [i, s] of ours.entries()) {
      const other = theirs[i]!;
      console.log(
        `    ${s.id.slice(0, 8)} ours F1 ${f2(s.f1)} P ${f2(s.precision)} R ${f2(s.recall)} | Readability F1 ${f2(other.f1)}  ${gold[s.id]!.url}`,
      );
    }
  }
  if (onePage) return;

  // Set 2: agreement with Readability on its own test pages.
  const sites = readdirSync(READABILITY).sort();
  const agreement: PageScore[] = [];
  for (const site of sites) {
    const html = gunzipSync(readFileSync(join(READABILITY, site, 'source.html.gz'))).toString('utf8');
    const reference = readWithReadability(html).text;
    const b = readWithBackstory(html);
    agreement.push(scorePage(site, reference, b.text));
  }
  console.log(
    `\nReadability's test pages (${sites.length}), Backstory scored against Readability's own text:`,
  );
  printTotals('Backstory', totals(agreement));
  for (const s of agreement.filter((x) => x.f1 < 0.9))
    console.log(`    ${s.id} F1 ${f2(s.f1)} (P ${f2(s.precision)} R ${f2(s.recall)})`);
}

function printDiff(gold: string, predicted: string): void {
  const g = shingles(gold);
  const p = shingles(predicted);
  const extra = [...p.keys()].filter((s) => !g.has(s));
  const missing = [...g.keys()].filter((s) => !p.has(s));
  console.log(`  extra (${extra.length}): ${extra.slice(0, 40).join(' | ')}`);
  console.log(`  missing (${missing.length}): ${missing.slice(0, 40).join(' | ')}`);
}

main();
