import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecognizedSpan } from '../../../../../src/core/types';
import { createModelRecognizer, parseModel } from '../../../../../src/core/ner/model';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const text = readFileSync(join(ROOT, '..', 'shared', 'seed', 'article.txt'), 'utf8');

describe('core/ner/model on the sample article, with the committed model', () => {
  let spans: RecognizedSpan[];
  beforeAll(() => {
    const model = parseModel(JSON.parse(readFileSync(join(ROOT, 'models', 'ner.json'), 'utf8')));
    spans = createModelRecognizer(model).recognize(text);
  });
  const typesOf = (name: string): Set<string> =>
    new Set(spans.filter((s) => s.text === name).map((s) => s.type));

  it('returns spans whose text is exactly the article text at their offsets', () => {
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    'Sergey Lavrov',
    'Ri Yong Ho',
    'Kim Jong Un',
    'Trump',
    'Mike Pompeo',
    'Vladimir Putin',
    'Kim Yong Chol',
  ])('finds the person %s', (name) => {
    expect(typesOf(name)).toEqual(new Set(['person']));
  });

  it.each(['North Korea', 'Singapore', 'Beijing', 'New York'])('finds the place %s', (name) => {
    expect(typesOf(name)).toEqual(new Set(['place']));
  });

  it('does not take nationality adjectives for places (the Korean Peninsula is one)', () => {
    const adjectives = spans.filter((s) => /^(?:Russian|American|Korean|North Korean|North)$/.test(s.text));
    expect(adjectives).toEqual([]);
    expect(typesOf('Korean Peninsula')).toEqual(new Set(['place']));
  });

  it('finds every mention of Putin and Pompeo, not only the first', () => {
    expect(spans.filter((s) => s.type === 'person' && /Putin/.test(s.text)).length).toBe(4);
    expect(spans.filter((s) => s.type === 'person' && /Pompeo/.test(s.text)).length).toBe(2);
  });
});
