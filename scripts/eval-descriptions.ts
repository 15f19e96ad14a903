/**
 * How many of the salient people of the 40 gold pages (../shared/data/entities-gold) get a description
 * from the article, running the real pipeline as the CLI does offline (page → article → entities).
 *
 * A gold person is "found" when a predicted person shares one of its forms (normalised as the gold's
 * README says); it is "described" when that predicted person has at least one description. Whether a
 * description is right is judged by hand: `--list` prints every described person with its descriptions
 * so a reader can check them.
 *
 *   npm run eval:descriptions [-- --list] [-- --only=bbc-1]
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeText } from '../src/core/analyze';
import { createRecognizer } from '../src/core/ner';
import type { Entity } from '../src/core/types';
import { NoArticleError, readHtmlPage } from '../src/cli/read-page';
import { goldPageHtml, loadGoldPages, normalizeForm } from './entities-gold';

const list = process.argv.includes('--list');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

function loadModel(): unknown {
  const file = 'models/ner.json';
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const recognizer = createRecognizer(loadModel());
let salient = 0;
let found = 0;
let described = 0;
const lines: string[] = [];
for (const gold of loadGoldPages(only)) {
  let page;
  try {
    page = readHtmlPage(goldPageHtml(gold));
  } catch (err) {
    if (!(err instanceof NoArticleError)) throw err;
    page = { text: '' }; // the page's salient people all count as not found
  }
  const people = analyzeText(page, recognizer).entities.filter((e) => e.type === 'person');
  for (const person of gold.entities.filter((e) => e.type === 'person' && e.salient)) {
    salient++;
    const forms = new Set(person.forms.map(normalizeForm));
    const match = people.filter((e: Entity) => e.aliases.some((a) => forms.has(normalizeForm(a))));
    if (!match.length) continue;
    found++;
    const descriptions = [...new Set(match.flatMap((e) => e.descriptions))];
    if (descriptions.length) described++;
    if (list && descriptions.length)
      lines.push(`${gold.page}\t${person.name}\t${descriptions.map((d) => `«${d}»`).join(' ')}`);
  }
}
if (list) console.log(lines.join('\n') + '\n');
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log(`salient gold people: ${salient}`);
console.log(`  found as a person:  ${found} (${pct(found, salient)}%)`);
console.log(
  `  with a description: ${described} (${pct(described, salient)}% of salient, ${pct(described, found)}% of found)`,
);
