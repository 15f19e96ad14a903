/**
 * Lists the tagger's mistakes on held-out GUM dev documents (or eng.testa with `--testa`), for error analysis:
 * `npx tsx scripts/ner/errors.ts [--testa] [--genre news] [--limit 80]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModel } from '../../src/core/ner/model/model';
import { tagsToSpans } from '../../src/core/ner/model/tags';
import { tagTokens } from '../../src/core/ner/model/tagger';
import { DATA_DIR, readConll2003, readGum } from './data';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const model = parseModel(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'models', 'ner.json'), 'utf8')),
);
const genre = opt('--genre');
const limit = Number(opt('--limit') ?? 80);
const docs = args.includes('--testa')
  ? readConll2003(join(DATA_DIR, 'ner', 'conll2003', 'eng.testa.gz'))
  : readGum().dev.filter((d) => !genre || d.id.includes(`GUM_${genre}_`));
const counts = new Map<string, number>();
let shown = 0;
for (const doc of docs) {
  const predicted = tagTokens(
    model,
    doc.sentences.map((s) => s.tokens),
  );
  doc.sentences.forEach((s, i) => {
    const key = (x: { start: number; end: number; type: string }): string => `${x.start}:${x.end}:${x.type}`;
    const gold = tagsToSpans(s.tags);
    const pred = tagsToSpans(predicted[i] as string[]);
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    const text = (x: { start: number; end: number }): string => s.tokens.slice(x.start, x.end).join(' ');
    const misses = gold.filter((x) => !p.has(key(x))).map((x) => `-${x.type}[${text(x)}]`);
    const extras = pred.filter((x) => !g.has(key(x))).map((x) => `+${x.type}[${text(x)}]`);
    for (const m of [...misses, ...extras]) {
      const kind = m.slice(0, m.indexOf('['));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    if (misses.length + extras.length > 0 && shown++ < limit)
      console.log(`${[...misses, ...extras].join(' ')}\n    ${s.tokens.join(' ').slice(0, 200)}`);
  });
}
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
