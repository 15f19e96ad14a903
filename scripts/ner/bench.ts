/**
 * `npm run bench`: speed of the trained recogniser in Node (one thread) on the text of CoNLL-2003
 * eng.testa, its load time and size, and compromise (the off-the-shelf baseline) on the same text.
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { createModelRecognizer, parseModel } from '../../src/core/ner/model';
import { tagTokens } from '../../src/core/ner/model/tagger';
import { DATA_DIR, readConll2003 } from './data';

const modelPath = join(import.meta.dirname, '..', '..', 'models', 'ner.json');
const docs = readConll2003(join(DATA_DIR, 'ner', 'conll2003', 'eng.testa.gz'));
const tokenCount = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
// The same documents as running text, for the recognisers that take text.
const texts = docs.map((d) => d.sentences.map((s) => s.tokens.join(' ')).join('\n'));

/**
 * CPU time (user + system) of this process, not wall time: the machine is shared, and CPU time is
 * what one core spends on the work whatever else runs beside it.
 */
function time<T>(run: () => T): { ms: number; result: T } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}
/** Best of `rounds` runs, after one warm-up run. */
function best(rounds: number, run: () => void): number {
  run();
  let min = Infinity;
  for (let r = 0; r < rounds; r++) min = Math.min(min, time(run).ms);
  return min;
}

const raw = readFileSync(modelPath, 'utf8');
const load = time(() => parseModel(JSON.parse(raw)));
const model = load.result;
const recognizer = createModelRecognizer(model);

const taggerMs = best(3, () => {
  for (const d of docs)
    tagTokens(
      model,
      d.sentences.map((s) => s.tokens),
    );
});
const recognizerMs = best(3, () => {
  for (const t of texts) recognizer.recognize(t);
});
const compromiseMs = best(1, () => {
  for (const t of texts) {
    const doc = nlp(t);
    doc.people().json();
    doc.organizations().json();
    doc.places().json();
  }
});

// Cold (after the warm runs, so the code is compiled): a freshly loaded model, so every word's
// cached feature rows are built during the run, as for the first article after the model loads.
const fresh = parseModel(JSON.parse(raw));
const coldMs = time(() => {
  for (const d of docs)
    tagTokens(
      fresh,
      d.sentences.map((s) => s.tokens),
    );
}).ms;
const rate = (ms: number): string =>
  `${Math.round(tokenCount / (ms / 1000)).toLocaleString('en-US')}`.padStart(10);
console.log(
  `load average (1 min): ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores — times below are CPU time of this thread`,
);
console.log(`eng.testa: ${docs.length} documents, ${tokenCount} tokens; Node ${process.version}, one thread`);
console.log(
  `model: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB raw, ${model.features.size} features, load (JSON.parse + parseModel) ${load.ms.toFixed(0)} ms`,
);
console.log('');
console.log('  recogniser                               CPU ms     tokens/s');
console.log(`  backstory tagTokens, cold first pass   ${coldMs.toFixed(0).padStart(8)}  ${rate(coldMs)}`);
console.log(`  backstory tagTokens (pre-tokenised)    ${taggerMs.toFixed(0).padStart(8)}  ${rate(taggerMs)}`);
console.log(
  `  backstory recognize (text → spans)     ${recognizerMs.toFixed(0).padStart(8)}  ${rate(recognizerMs)}`,
);
console.log(
  `  compromise people/orgs/places          ${compromiseMs.toFixed(0).padStart(8)}  ${rate(compromiseMs)}`,
);
