/**
 * Builds src/background/knowledge/popularity.json, the linker's popularity prior and alias table,
 * from the QRank top-10k gazetteer (../shared/data/gazetteer/qrank_top10k, CC0: QRank and Wikidata).
 *
 *   npx tsx scripts/build-popularity.ts [path/to/qrank_top10000_with_aliases.csv.gz]
 *
 * Output shape (kept compact so the background bundle stays small):
 *   { source, items: ["Q178995", …] (most viewed first, so an item's index is its popularity rank),
 *     aliases: "trump|102\nnew york|118,1757\n…" (normalised name → indexes into items, most viewed first) }
 * Aliases are kept for the ALIAS_TOP most viewed items only, and only names of at most three words:
 * the table is there for the short forms news articles use ("Trump", "New York"), and the full
 * table would weigh 850 KiB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalizeName } from '../src/background/knowledge/names';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input =
  process.argv[2] ?? join(root, '../shared/data/gazetteer/qrank_top10k/qrank_top10000_with_aliases.csv.gz');
const output = join(root, 'src/background/knowledge/popularity.json');

/** One CSV row: `#,Entity,QRank,Label` with the label quoted. */
function parseRow(line: string): { rank: number; qid: string; label: string } | null {
  const match = /^(\d+),(Q\d+),(\d+),"(.*)"$/.exec(line.trim());
  if (!match) return null;
  return { rank: Number(match[1]), qid: match[2] ?? '', label: (match[4] ?? '').replace(/""/g, '"') };
}

/** Names a news article could plausibly use: letters, spaces and a little punctuation, not too long. */
const isUsefulAlias = (name: string): boolean =>
  name.length >= 2 &&
  name.length <= 30 &&
  /^[\p{L} .'’-]+$/u.test(name) &&
  name.trim().split(/\s+/).length <= 3;
const ALIAS_TOP = 4000;

const rows = gunzipSync(readFileSync(input)).toString('utf8').split('\n').slice(1).map(parseRow);
const rankOf = new Map<string, number>();
for (const row of rows) if (row && !rankOf.has(row.qid)) rankOf.set(row.qid, row.rank);
const items = [...rankOf].sort((a, b) => a[1] - b[1]).map(([qid]) => qid);
const indexOf = new Map(items.map((qid, i) => [qid, i]));

const aliases: Record<string, number[]> = {};
for (const row of rows) {
  if (!row || !isUsefulAlias(row.label)) continue;
  const key = normalizeName(row.label);
  const index = indexOf.get(row.qid);
  if (!key || index === undefined || index >= ALIAS_TOP) continue;
  const list = (aliases[key] ??= []);
  if (!list.includes(index)) list.push(index);
}
const aliasText = Object.entries(aliases)
  .map(([name, list]) => `${name}|${list.sort((a, b) => a - b).join(',')}`)
  .join('\n');
const json = JSON.stringify({
  source: 'QRank top 10,000 (CC0), via mariomastrandrea/WikiNER',
  items,
  aliases: aliasText,
});
writeFileSync(output, json + '\n');
console.log(
  `${items.length} items, ${Object.keys(aliases).length} aliases, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB → ${output}`,
);
