/**
 * Measures the entities a reader sees against the hand-made gold of 40 real English news pages
 * (../shared/data/entities-gold, scored as its README says).
 *
 * Each page's saved HTML goes through the same path as `backstory analyze --offline FILE`: the page is
 * read into its article (article region, text walker), the trained model recognises names, the core
 * groups them into entities. Every predicted entity is then matched to the gold by surface form: one of
 * its aliases, normalised (NFKC, case-fold, straight quotes, no possessive 's, no leading "the",
 * collapsed whitespace), equals a gold form.
 *
 * - precision: predicted entities matching a gold entity of the same type, over all predicted. The
 *   wrong ones are told apart: a wrong type of the four, a match with an `other` entity (work, product,
 *   law, demonym…), or no gold entity at all (text outside the body, common words, broken spans);
 * - recall: gold entities of the four types found with the right type; salient recall the same over
 *   the salient ones;
 * - splits: a gold entity found as more than one predicted entity (each extra one counts);
 *   merges: a predicted entity whose aliases match forms of more than one gold entity that no single one
 *   of them covers (a form the gold gives two entities, "Glasgow" the city and the song, is no merge).
 *
 * The scorer is checked on itself first: the gold, turned into a prediction, must score 1.00.
 *
 *   npm run eval:entities [-- --verbose] [-- --only=bbc-1] [-- --errors=FILE]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { createRecognizer } from '../src/core/ner';
import { ENTITY_TYPES } from '../src/core/types';
import { readHtmlPage } from '../src/cli/read-page';
import { goldPageHtml, loadGoldPages, normalizeForm, type GoldEntity } from './entities-gold';

const MODEL = 'models/ner.json';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const errorsFile =
  args.find((a) => a.startsWith('--errors='))?.slice(9) ?? 'test-results/entities-errors.txt';

/** What the scorer needs of a predicted entity. */
interface Predicted {
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

type Verdict = 'right' | 'wrong-type' | 'other' | 'not-in-gold';

/** The counts every score adds up. */
interface Totals {
  predicted: number;
  right: number;
  wrongType: number;
  other: number;
  notInGold: number;
  gold: number;
  found: number;
  salient: number;
  salientFound: number;
  splits: number;
  merges: number;
}

const zeroTotals = (): Totals => ({
  predicted: 0,
  right: 0,
  wrongType: 0,
  other: 0,
  notInGold: 0,
  gold: 0,
  found: 0,
  salient: 0,
  salientFound: 0,
  splits: 0,
  merges: 0,
});

interface PageScore extends Totals {
  page: string;
  errors: { verdict: Verdict; p: Predicted; gold?: GoldEntity }[];
  missed: GoldEntity[];
}

function scorePage(page: string, gold: GoldEntity[], predicted: Predicted[]): PageScore {
  const byForm = new Map<string, GoldEntity[]>();
  for (const g of gold)
    for (const f of new Set(g.forms.map(normalizeForm))) byForm.set(f, [...(byForm.get(f) ?? []), g]);
  const matchesOf = (p: Predicted): GoldEntity[] => [
    ...new Set(p.aliases.flatMap((a) => byForm.get(normalizeForm(a)) ?? [])),
  ];
  // A merge joins names of two gold entities. A form the gold gives two entities ("Glasgow" the city
  // and the song) is no merge by itself: it is one when no single gold entity has every matched form.
  const isMerge = (p: Predicted, matches: GoldEntity[]): boolean => {
    if (matches.length < 2) return false;
    const matched = p.aliases.map(normalizeForm).filter((a) => byForm.has(a));
    return !matches.some((g) => matched.every((a) => g.forms.some((f) => normalizeForm(f) === a)));
  };

  const s: PageScore = { ...zeroTotals(), page, predicted: predicted.length, errors: [], missed: [] };
  const foundBy = new Map<GoldEntity, number>();
  for (const p of predicted) {
    const matches = matchesOf(p);
    const same = matches.filter((g) => g.type === p.type);
    if (isMerge(p, matches)) s.merges++;
    for (const g of same) foundBy.set(g, (foundBy.get(g) ?? 0) + 1);
    if (same.length > 0) {
      s.right++;
      continue;
    }
    const typed = matches.find((g) => g.type !== 'other');
    const verdict: Verdict = typed ? 'wrong-type' : matches.length > 0 ? 'other' : 'not-in-gold';
    if (verdict === 'wrong-type') s.wrongType++;
    else if (verdict === 'other') s.other++;
    else s.notInGold++;
    s.errors.push({ verdict, p, ...(matches[0] ? { gold: typed ?? matches[0] } : {}) });
  }
  for (const g of gold) {
    if (g.type === 'other') continue;
    const n = foundBy.get(g) ?? 0;
    s.gold++;
    if (g.salient) s.salient++;
    if (n > 0) {
      s.found++;
      if (g.salient) s.salientFound++;
      s.splits += n - 1;
    } else s.missed.push(g);
  }
  return s;
}

/** The CLI's offline path: page → article → entities. */
function predict(html: string, model: unknown): Predicted[] {
  let page;
  try {
    page = quietCss(() => readHtmlPage(html));
  } catch {
    return []; // no article found: nothing highlighted
  }
  const analysis = analyzeText(page, createRecognizer(model));
  return analysis.entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions.length,
  }));
}

/** jsdom reports every stylesheet it cannot parse on the console; those lines say nothing about entities. */
function quietCss<T>(run: () => T): T {
  const error = console.error;
  console.error = (...a: unknown[]) => {
    if (!String(a[0]).startsWith('Could not parse CSS')) error(...a);
  };
  try {
    return run();
  } finally {
    console.error = error;
  }
}

/** The gold as if a recogniser had produced it: the four types only, every form an alias. */
function goldAsPrediction(gold: GoldEntity[]): Predicted[] {
  return gold
    .filter((g) => (ENTITY_TYPES as readonly string[]).includes(g.type))
    .map((g) => ({ name: g.name, type: g.type, aliases: g.forms, mentions: g.mentions }));
}

function total(scores: PageScore[]): Totals {
  const t = zeroTotals();
  for (const s of scores) for (const k of Object.keys(t) as (keyof Totals)[]) t[k] += s[k];
  return t;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

function row(name: string, t: Totals): string {
  return [
    name.padEnd(14),
    String(t.predicted).padStart(5),
    ratio(t.right, t.predicted).padStart(6),
    String(t.wrongType).padStart(6),
    String(t.other).padStart(6),
    String(t.notInGold).padStart(6),
    ratio(t.found, t.gold).padStart(7),
    ratio(t.salientFound, t.salient).padStart(7),
    String(t.splits).padStart(6),
    String(t.merges).padStart(6),
  ].join(' ');
}

const HEADER = [
  'page'.padEnd(14),
  'pred'.padStart(5),
  'prec'.padStart(6),
  'wrongT'.padStart(6),
  'other'.padStart(6),
  'noGold'.padStart(6),
  'recall'.padStart(7),
  'salRec'.padStart(7),
  'splits'.padStart(6),
  'merges'.padStart(6),
].join(' ');

function main(): void {
  const pages = loadGoldPages(only);

  // The scorer on itself: the gold as a prediction must score 1.00 everywhere.
  const self = total(pages.map((g) => scorePage(g.page, g.entities, goldAsPrediction(g.entities))));
  const selfOk =
    self.right === self.predicted &&
    self.found === self.gold &&
    self.salientFound === self.salient &&
    self.splits === 0 &&
    self.merges === 0;
  console.log(
    `self-check (gold as prediction): precision ${ratio(self.right, self.predicted)}, recall ${ratio(self.found, self.gold)}, salient recall ${ratio(self.salientFound, self.salient)}, splits ${self.splits}, merges ${self.merges}`,
  );
  if (!selfOk) throw new Error('the scorer does not give the gold 1.00: fix the scorer first');

  const model: unknown = JSON.parse(readFileSync(MODEL, 'utf8'));
  const started = performance.now();
  const scores = pages.map((g) => scorePage(g.page, g.entities, predict(goldPageHtml(g), model)));
  const seconds = (performance.now() - started) / 1000;

  console.log(`\n${HEADER}`);
  for (const s of scores) console.log(row(s.page, s));
  const t = total(scores);
  console.log('-'.repeat(HEADER.length));
  console.log(row('ALL', t));
  console.log(
    `\nprecision ${ratio(t.right, t.predicted)} (${t.right}/${t.predicted}; wrong type ${t.wrongType}, ` +
      `'other' given a four-type ${t.other}, not in gold ${t.notInGold})` +
      `\nrecall ${ratio(t.found, t.gold)} (${t.found}/${t.gold}), salient recall ${ratio(t.salientFound, t.salient)} ` +
      `(${t.salientFound}/${t.salient}), splits ${t.splits}, merges ${t.merges}   [${pages.length} pages, ${seconds.toFixed(1)} s]`,
  );

  writeErrors(scores);
  if (verbose) for (const s of scores) printPage(s);
}

/** The wrong predictions, most mentions first, and the missed salient entities: what to fix next. */
function writeErrors(scores: PageScore[]): void {
  const wrong = scores
    .flatMap((s) => s.errors.map((e) => ({ page: s.page, ...e })))
    .sort((a, b) => b.p.mentions - a.p.mentions || a.page.localeCompare(b.page));
  const missed = scores
    .flatMap((s) => s.missed.map((g) => ({ page: s.page, g })))
    .sort((a, b) => Number(b.g.salient) - Number(a.g.salient) || b.g.mentions - a.g.mentions);
  const lines = [
    '# Wrong predictions, most mentions first: page, mentions, verdict, predicted type "name" [aliases] (gold)',
    ...wrong.map(
      (w) =>
        `${w.page.padEnd(13)} ${String(w.p.mentions).padStart(3)}  ${w.verdict.padEnd(11)} ${w.p.type.padEnd(12)} "${w.p.name}"` +
        (w.p.aliases.length > 1 ? ` [${w.p.aliases.filter((a) => a !== w.p.name).join(' | ')}]` : '') +
        (w.gold ? `  (gold ${w.gold.type} "${w.gold.name}")` : ''),
    ),
    '',
    '# Missed gold entities, salient first: page, gold mentions, salient, type "name" [forms]',
    ...missed.map(
      (m) =>
        `${m.page.padEnd(13)} ${String(m.g.mentions).padStart(3)}  ${m.g.salient ? 'salient' : '       '} ${m.g.type.padEnd(12)} "${m.g.name}" [${m.g.forms.join(' | ')}]`,
    ),
  ];
  mkdirSync(dirname(errorsFile), { recursive: true });
  writeFileSync(errorsFile, lines.join('\n') + '\n');
  console.log(`errors listed in ${errorsFile}`);
}

function printPage(s: PageScore): void {
  console.log(`\n== ${s.page}`);
  for (const e of s.errors)
    console.log(`  ${e.verdict.padEnd(11)} ${e.p.type.padEnd(12)} ${e.p.name} (${e.p.mentions})`);
  for (const g of s.missed)
    console.log(`  missed      ${g.type.padEnd(12)} ${g.name}${g.salient ? ' *' : ''}`);
}

main();
