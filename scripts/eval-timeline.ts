/**
 * `npm run eval:timeline`: how far the story timeline on real pages can be trusted, against the
 * hand-made gold timelines of ../shared/data/timeline-gold (16 Readability pages; README there).
 *
 * Each page's saved HTML goes through the real pipeline offline (article detection, text walker,
 * publication date, recogniser, analyzeText), with the gold `published` date only where the page
 * yields none. Its timeline items are matched to gold items on word tokens:
 * - the first 5 tokens of the gold prefix (or of an `also_sentences` entry) occur contiguously in
 *   one of the item's texts (`sentence`, `label`), or
 * - the first 5 tokens of one of those texts occur contiguously in the gold prefix.
 * Each prediction goes to one gold item, preferring one with an equal value, then one not yet taken.
 *
 * Micro-averaged: precision (matched predictions / predictions), recall (gold items matched / gold
 * items), date accuracy (matched predictions whose TIMEX3 value equals the gold value at the same
 * granularity / matched predictions) and duplicates (gold items matched by 2 or more predictions).
 * The scorer checks itself first: a prediction built from the gold must score 1.00.
 *
 *   npm run eval:timeline [-- --verbose] [-- --only=nytimes-1]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeText } from '../src/core/analyze';
import { createRecognizer } from '../src/core/ner';
import { readHtmlPage } from '../src/cli/read-page';

const DATA = '../shared/data';
const GOLD_DIR = join(DATA, 'timeline-gold');
const PAGES_DIR = join(DATA, 'pages/readability');
const MODEL = 'models/ner.json';
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

interface GoldItem {
  sentence: string;
  expression: string;
  value: string;
  status: string;
  event: string;
  also_sentences?: string[];
}

interface GoldPage {
  page: string;
  published: string;
  items: GoldItem[];
}

/** What the scorer needs of a predicted item. */
export interface Predicted {
  texts: string[];
  value: string;
  /** For the verbose listing only. */
  show: string;
}

/** Word tokens: NFKC, lower case, soft hyphens dropped, quotes and dashes folded, runs of letters and digits. */
export function tokens(s: string): string[] {
  const folded = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The gold prefixes (own sentence and `also_sentences`) and a predicted text match on their first 5 tokens. */
function matches(gold: GoldItem, texts: string[]): boolean {
  const prefixes = [gold.sentence, ...(gold.also_sentences ?? [])].map(tokens);
  return texts.some((t) => {
    const tt = tokens(t);
    return prefixes.some(
      (p) => containsRun(tt, p.slice(0, 5)) || (tt.length >= 5 && containsRun(p, tt.slice(0, 5))),
    );
  });
}

/** TIMEX3 values compared as the README says: trailing `X`s dropped, week numbers zero-padded. */
export function normaliseValue(v: string): string {
  return v.replace(/X+$/, '').replace(/-W(\d)(?!\d)/, '-W0$1');
}

export interface PageScore {
  predictions: number;
  matched: number;
  gold: number;
  found: number;
  rightDate: number;
  duplicates: number;
  lines: string[];
}

export function scorePage(gold: GoldItem[], predicted: Predicted[]): PageScore {
  const takenBy = gold.map(() => 0);
  let matched = 0;
  let rightDate = 0;
  const lines: string[] = [];
  for (const p of predicted) {
    const candidates = gold.map((g, i) => ({ g, i })).filter(({ g }) => matches(g, p.texts));
    if (candidates.length === 0) {
      lines.push(`  FP  ${p.value.padEnd(10)} ${p.show}`);
      continue;
    }
    const rank = ({ g, i }: { g: GoldItem; i: number }): number =>
      (normaliseValue(g.value) === normaliseValue(p.value) ? 0 : 2) + (takenBy[i]! > 0 ? 1 : 0);
    const best = candidates.sort((a, b) => rank(a) - rank(b))[0]!;
    takenBy[best.i]!++;
    matched++;
    const right = normaliseValue(best.g.value) === normaliseValue(p.value);
    if (right) rightDate++;
    lines.push(
      `  ${right ? 'ok' : 'DT'}  ${p.value.padEnd(10)} ${p.show}${right ? '' : `   (gold ${best.g.value})`}${takenBy[best.i]! > 1 ? '  [DUPLICATE]' : ''}`,
    );
  }
  gold.forEach((g, i) => {
    if (!takenBy[i]) lines.push(`  FN  ${g.value.padEnd(10)} ${g.sentence} [${g.expression}]`);
  });
  return {
    predictions: predicted.length,
    matched,
    gold: gold.length,
    found: takenBy.filter((n) => n > 0).length,
    rightDate,
    duplicates: takenBy.filter((n) => n > 1).length,
    lines,
  };
}

const ratio = (a: number, b: number): string => (b === 0 ? (a === 0 ? '1.00' : '0.00') : (a / b).toFixed(2));

function total(scores: PageScore[]): Omit<PageScore, 'lines'> {
  const sum = (k: keyof Omit<PageScore, 'lines'>): number => scores.reduce((n, s) => n + s[k], 0);
  return {
    predictions: sum('predictions'),
    matched: sum('matched'),
    gold: sum('gold'),
    found: sum('found'),
    rightDate: sum('rightDate'),
    duplicates: sum('duplicates'),
  };
}

function summary(s: Omit<PageScore, 'lines'>): string {
  return `precision ${ratio(s.matched, s.predictions)} recall ${ratio(s.found, s.gold)} date accuracy ${ratio(s.rightDate, s.matched)}`;
}

function loadGold(): GoldPage[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldPage)
    .filter((g) => !only || g.page === only);
}

function main(): void {
  // jsdom reports every stylesheet it cannot parse; the pages' CSS is not what is measured here.
  const error = console.error;
  console.error = (...args: unknown[]): void => {
    if (!String(args[0]).startsWith('Could not parse CSS')) error(...args);
  };
  if (!existsSync(GOLD_DIR)) throw new Error(`no gold at ${GOLD_DIR}`);
  const pages = loadGold();

  // The scorer on itself: the gold as a prediction must score 1.00 on all three.
  const self = total(
    pages.map((g) =>
      scorePage(
        g.items,
        g.items.map((i) => ({ texts: [i.sentence, i.event], value: i.value, show: i.sentence })),
      ),
    ),
  );
  console.log(`scorer self-check (gold as prediction): ${summary(self)}, duplicates ${self.duplicates}`);

  const model: unknown = existsSync(MODEL) ? JSON.parse(readFileSync(MODEL, 'utf8')) : undefined;
  const recognizer = createRecognizer(model);
  const scores: PageScore[] = [];
  console.log(
    `\n${'page'.padEnd(18)} ${'pred'.padStart(4)} ${'gold'.padStart(4)} ${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'date'.padStart(5)} ${'dup'.padStart(3)}  published`,
  );
  for (const g of pages) {
    const html = gunzipSync(readFileSync(join(PAGES_DIR, g.page, 'source.html.gz'))).toString('utf8');
    const page = readHtmlPage(html);
    const fromPage = page.published?.date;
    page.published ??= { date: g.published, source: 'given' };
    const analysis = analyzeText(page, recognizer);
    const predicted: Predicted[] = analysis.timeline.map((e) => ({
      texts: [e.sentence, e.label],
      value: e.value,
      show: `${e.label}  «${e.dateText}»`,
    }));
    const s = scorePage(g.items, predicted);
    scores.push(s);
    const pub = fromPage
      ? `${fromPage}${fromPage === g.published ? '' : ` (gold ${g.published})`}`
      : `gold ${g.published}`;
    console.log(
      `${g.page.padEnd(18)} ${String(s.predictions).padStart(4)} ${String(s.gold).padStart(4)} ${ratio(s.matched, s.predictions).padStart(5)} ${ratio(s.found, s.gold).padStart(5)} ${ratio(s.rightDate, s.matched).padStart(5)} ${String(s.duplicates).padStart(3)}  ${pub}`,
    );
    if (verbose) for (const line of s.lines) console.log(line);
  }
  const all = total(scores);
  console.log(
    `\n${all.predictions} predictions, ${all.gold} gold items, ${all.matched} matched, ${all.duplicates} duplicates`,
  );
  console.log(`timeline on real pages: ${summary(all)} (${scores.length} pages)`);
}

main();
