import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelRecognizer, parseModel } from '../../../../../src/core/ner/model';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const recognizer = createModelRecognizer(
  parseModel(JSON.parse(readFileSync(join(ROOT, 'models', 'ner.json'), 'utf8'))),
);
const found = (text: string): string[] => recognizer.recognize(text).map((s) => `${s.type}:${s.text}`);

describe('core/ner/model/recognizer', () => {
  it.each([
    ['He fought in the Second World War and the Korean War.', 'event:Korean War'],
    ['France won the World Cup in 2018.', 'event:World Cup'],
    ['Britain voted for Brexit in the referendum.', 'event:Brexit'],
    ['Trump and Kim met at the Singapore summit in June.', 'event:Singapore summit'],
    ['Renault showed the car at the Paris Motor Show on Tuesday.', 'event:Paris Motor Show'],
  ])('names events: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['Thousands joined the Velmora Spring Protests last year.', 'event:Velmora Spring Protests'],
    ['The Norland Peace Accord ended the fighting.', 'event:Norland Peace Accord'],
    ['Leaders met at the Kessel Economic Forum in June.', 'event:Kessel Economic Forum'],
  ])('names events by any event head word of the table: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    [
      'The series moved from Starlume Entertainment to a rival last year.',
      'organization:Starlume Entertainment',
    ],
    ['Fans of Kestrel Records waited.', 'organization:Kestrel Records'],
  ])('names a company the tagger calls MISC by its trade head word: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('does not make a company an event because its name ends in "Games"', () => {
    expect(found('Epic Games sued Apple.').some((s) => s.startsWith('event:'))).toBe(false);
  });

  it('keeps offsets exact across curly quotes, possessives and line breaks', () => {
    const text = '“Lavrov’s visit,” said Kim Yong Chol.\r\n\r\nPompeo flew to New York.';
    const spans = recognizer.recognize(text);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(found(text)).toContain('place:New York');
  });

  it('finds nothing in text without names', () => {
    expect(recognizer.recognize('')).toEqual([]);
    expect(recognizer.recognize('it rained all day and then it stopped.')).toEqual([]);
  });
});
