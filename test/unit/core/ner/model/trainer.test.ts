import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../../../src/core/ner/model/gazetteer';
import { parseModel, serializeModel } from '../../../../../src/core/ner/model/model';
import { tagTokens } from '../../../../../src/core/ner/model/tagger';
import { trainModel, type TrainingDocument } from '../../../../../src/core/ner/model/trainer';

const sentence = (text: string): { tokens: string[]; tags: string[] } => {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const part of text.split(' ')) {
    const [word, tag] = part.split('/') as [string, string | undefined];
    tokens.push(word);
    tags.push(tag ?? 'O');
  }
  return { tokens, tags };
};

// A toy corpus: people come before "said", places after "in", organisations end in "Corp".
const corpus: TrainingDocument[] = [
  {
    sentences: [
      sentence('Anna/B-PER Berg/I-PER said on Monday ./O'),
      sentence('She lives in Oslo/B-LOC ./O'),
      sentence('Acme/B-ORG Corp/I-ORG hired Carl/B-PER Dahl/I-PER in Bergen/B-LOC ./O'),
    ],
  },
  {
    sentences: [
      sentence('Erik/B-PER Lund/I-PER said the deal was done ./O'),
      sentence('Talks were held in Paris/B-LOC ./O'),
      sentence('Globex/B-ORG Corp/I-ORG said profits rose in Rome/B-LOC ./O'),
    ],
  },
];
const train = (seed: number) =>
  trainModel(corpus, buildGazetteer({}), { epochs: 8, seed, minFeatureCount: 1 });

describe('core/ner/model/trainer', () => {
  it('learns the toy corpus and generalises to new names in the same contexts', () => {
    const model = train(1);
    expect(tagTokens(model, [['Nora', 'Holm', 'said', 'so', '.']])[0]).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'O',
      'O',
    ]);
    expect(tagTokens(model, [['They', 'met', 'in', 'Lima', '.']])[0]).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    expect(tagTokens(model, [['Initech', 'Corp', 'said', 'no', '.']])[0]).toEqual([
      'B-ORG',
      'I-ORG',
      'O',
      'O',
      'O',
    ]);
  });

  it('is deterministic for a seed', () => {
    expect(Array.from(train(3).weights)).toEqual(Array.from(train(3).weights));
  });

  it('learns with the prediction-history feature when asked, and the model file says so', () => {
    const model = trainModel(corpus, buildGazetteer({}), {
      epochs: 8,
      seed: 1,
      minFeatureCount: 1,
      history: true,
    });
    expect(model.history).toBe(true);
    expect(model.features.has('h=PER')).toBe(true);
    const loaded = parseModel(JSON.parse(JSON.stringify(serializeModel(model, 0.01))));
    expect(loaded.history).toBe(true);
    // It fits its training data (the toy corpus is too small to ask more of a document-order run).
    expect(tagTokens(loaded, [corpus[0]!.sentences[2]!.tokens])[0]).toEqual(corpus[0]!.sentences[2]!.tags);
    expect(parseModel(JSON.parse(JSON.stringify(serializeModel(train(1), 0.01)))).history).toBe(false);
  });

  it('survives writing and reading the model file with the same answers', () => {
    const model = train(1);
    const file = JSON.parse(JSON.stringify(serializeModel(model, 0.01))) as unknown;
    const loaded = parseModel(file);
    const probe = [
      ['Nora', 'Holm', 'said', 'so', '.'],
      ['They', 'met', 'in', 'Lima', '.'],
    ];
    expect(tagTokens(loaded, probe)).toEqual(tagTokens(model, probe));
  });
});

describe('core/ner/model/model parseModel', () => {
  const good = JSON.parse(JSON.stringify(serializeModel(train(1), 0.01))) as Record<string, unknown>;

  it.each([
    ['not an object', 'nope', /JSON object/],
    ['another format', { ...good, format: 'other' }, /format/],
    ['a newer version', { ...good, version: 2 }, /version 2/],
    ['a short codebook', { ...good, codebook: [1, 2] }, /codebook/],
    ['weights of the wrong length', { ...good, weights: 'AAAA' }, /expected \d+ weights/],
    ['broken base64', { ...good, weights: '%%%' }, /base64/],
  ])('throws a clear error on %s', (_name, json, message) => {
    expect(() => parseModel(json)).toThrow(message);
  });
});
