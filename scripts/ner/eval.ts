/**
 * `npm run eval:ner`: exact-span P/R/F1 per type (conlleval-style) of the committed model
 * (or `--model PATH`) on CoNLL-2003 eng.testa and on the held-out GUM dev documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModel } from '../../src/core/ner/model/model';
import { DATA_DIR, readConll2003, readGum } from './data';
import { evaluateDocs } from './evaluate';
import { formatScores } from './metrics';

const args = process.argv.slice(2);
const modelPath = args.includes('--model')
  ? (args[args.indexOf('--model') + 1] as string)
  : join(import.meta.dirname, '..', '..', 'models', 'ner.json');
const model = parseModel(JSON.parse(readFileSync(modelPath, 'utf8')));
const testa = readConll2003(join(DATA_DIR, 'ner', 'conll2003', 'eng.testa.gz'));
const gum = readGum();
const news = gum.dev.filter((d) => d.id.includes('GUM_news_'));

console.log(`model: ${modelPath} (${model.features.size} features)`);
console.log(formatScores('CoNLL-2003 eng.testa (exact spans)', evaluateDocs(model, testa)));
console.log(
  formatScores(`GUM dev, all genres (${gum.dev.length} held-out documents)`, evaluateDocs(model, gum.dev)),
);
if (args.includes('--ablate'))
  for (const [name, docs] of [
    ['testa', testa],
    ['GUM dev', gum.dev],
  ] as const)
    console.log(
      formatScores(
        `${name} without the document post-pass`,
        evaluateDocs(model, docs, { consistency: false }),
      ),
    );
console.log(formatScores(`GUM dev, news only (${news.length} documents)`, evaluateDocs(model, news)));
