import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFeatures, prepareDocument } from '../../../../../src/core/ner/model/features';
import { parseModel, type NerModel } from '../../../../../src/core/ner/model/model';
import { tagPrepared } from '../../../../../src/core/ner/model/tagger';
import { tokenizeText } from '../../../../../src/core/ner/model/tokenizer';
import { viterbi } from '../../../../../src/core/ner/model/viterbi';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const model = parseModel(JSON.parse(readFileSync(join(ROOT, 'models', 'ner.json'), 'utf8')));

/** The definition: sum the weights of every feature extractFeatures lists, then Viterbi. */
function referenceTags(m: NerModel, sentence: ReturnType<typeof prepareDocument>[number]): number[] {
  const T = m.tags.length;
  const n = sentence.words.length;
  const emissions = new Float64Array(n * T);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const count = extractFeatures(sentence, i, out);
    for (let k = 0; k < count; k++) {
      const row = m.features.get(out[k]!);
      if (row === undefined) continue;
      for (let t = 0; t < T; t++) emissions[i * T + t]! += m.weights[row * T + t]!;
    }
  }
  return Array.from(viterbi(emissions, n, T, m.transitions));
}

describe('core/ner/model/tagger', () => {
  it('tags exactly as the feature definition says, despite its per-word caches and skips', () => {
    const text =
      readFileSync(join(ROOT, '..', 'shared', 'seed', 'article.txt'), 'utf8') +
      '\n\nLONDON 1996-08-30\nWEST INDIAN ALL-ROUNDER PHIL SIMMONS TOOK FOUR FOR 38 .\nA|B pipe|words and "quotes" at the end';
    const doc = prepareDocument(
      tokenizeText(text).map((s) => s.map((t) => t.text)),
      model.gazetteer,
    );
    let compared = 0;
    for (const sentence of doc) {
      expect(Array.from(tagPrepared(model, sentence))).toEqual(referenceTags(model, sentence));
      compared += sentence.words.length;
    }
    expect(compared).toBeGreaterThan(400);
  });
});
