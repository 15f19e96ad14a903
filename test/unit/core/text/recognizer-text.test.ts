import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { recognizerText } from '../../../../src/core/text/recognizer-text';
import type { Entity } from '../../../../src/core/types';
import { loadProductRecognizer } from '../product-recognizer';

const SHY = '\u00ad';
const NBSP = '\u00a0';
const ZWSP = '\u200b';

describe('core/text/recognizer-text', () => {
  it('drops soft hyphens and zero-width characters and maps offsets back to the page text', () => {
    const page = `The mayor Ottil${SHY}ie Brann${ZWSP}igan spoke.`;
    const clean = recognizerText(page);
    expect(clean.text).toBe('The mayor Ottilie Brannigan spoke.');
    const start = clean.text.indexOf('Ottilie');
    const end = start + 'Ottilie Brannigan'.length;
    expect(page.slice(clean.startOnPage(start), clean.endOnPage(end))).toBe(`Ottil${SHY}ie Brann${ZWSP}igan`);
  });

  it('keeps offsets unchanged when nothing is dropped', () => {
    const clean = recognizerText(`A${NBSP}B\nC`);
    expect(clean.text).toBe('A B C');
    expect([clean.startOnPage(4), clean.endOnPage(5)]).toEqual([4, 5]);
  });

  it('turns a line break inside a paragraph into a space but keeps blank lines between blocks', () => {
    const page = 'Talks with Marguerite\n      Okonkwo went on.\n\nA second block.';
    const clean = recognizerText(page);
    expect(clean.text).toBe('Talks with Marguerite       Okonkwo went on.\n\nA second block.');
    expect(clean.text.length).toBe(page.length);
  });

  it('turns no-break and narrow spaces into plain spaces', () => {
    expect(recognizerText(`Port${NBSP}Harcourt and Le\u202fHavre`).text).toBe('Port Harcourt and Le Havre');
  });
});

describe('core/analyze reads names cut by invisible characters as one name', () => {
  const recognizer = loadProductRecognizer();
  const personNamed = (entities: Entity[], name: string): Entity | undefined =>
    entities.find((e) => e.type === 'person' && e.name === name);

  it('finds one person across a soft hyphen, highlighted on the page’s own characters', () => {
    const text = `President Vladi${SHY}mir Putin met the envoy in Moscow on Tuesday.\n\nPutin said little.`;
    const { entities } = analyzeText({ text }, recognizer);
    const putin = personNamed(entities, 'Vladimir Putin');
    expect(putin).toBeDefined();
    expect(entities.some((e) => e.name === 'Vladi')).toBe(false);
    const first = putin!.mentions[0]!;
    expect(text.slice(first.start, first.end)).toBe(`Vladi${SHY}mir Putin`);
    for (const m of putin!.mentions) expect(text.slice(m.start, m.end).replaceAll(SHY, '')).toBe(m.text);
  });

  it('keeps a first name and its surname together across a line break inside a paragraph', () => {
    const text = 'The coach, David\n    Moyes, said the team would recover.';
    const { entities } = analyzeText({ text }, recognizer);
    const moyes = personNamed(entities, 'David Moyes');
    expect(moyes).toBeDefined();
    const m = moyes!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('David\n    Moyes');
  });
});
