/**
 * The reader's part of a long article: whole blocks from the one in view, about the size asked; and
 * the check that the page still holds that part's text before its highlights are drawn.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../src/core/page/text-index';
import { partStillOnPage, readersPart } from '../../../src/content/viewport';

function article(paragraphs: number): Document {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i} says that Ana Costa met the mayor of Porto on a Tuesday.</p>`,
  ).join('');
  return new JSDOM(`<!doctype html><html><body><article>${body}</article></body></html>`).window.document;
}

describe('content/viewport readersPart', () => {
  it('reads a short article whole (no part)', () => {
    const doc = article(10);
    expect(readersPart(buildTextIndex(doc.querySelector('article')!), 2000)).toBeNull();
  });

  it('takes whole blocks from the first one in view (all of them in jsdom, which has no layout)', () => {
    const doc = article(200);
    const index = buildTextIndex(doc.querySelector('article')!);
    const part = readersPart(index, 2000);
    expect(part).not.toBeNull();
    expect(part?.start).toBe(0);
    expect(part?.text).toBe(index.text.slice(part?.start, part?.end));
    expect(part?.text.length).toBeGreaterThanOrEqual(2000);
    expect(part?.text.length).toBeLessThan(2200);
    expect(index.text.slice(part?.end, (part?.end ?? 0) + 2)).toBe('\n\n');
    expect(part?.text.endsWith('Tuesday.')).toBe(true);
  });

  it('says when the part changed on the page, and not when text after it did', () => {
    const doc = article(200);
    const index = buildTextIndex(doc.querySelector('article')!);
    const part = readersPart(index, 2000)!;
    expect(partStillOnPage(index, part)).toBe(true);
    doc.querySelectorAll('p')[150]!.firstChild!.textContent = 'Rewritten far below.';
    expect(partStillOnPage(index, part)).toBe(true);
    doc.querySelectorAll('p')[3]!.firstChild!.textContent = 'Rewritten in the part.';
    expect(partStillOnPage(index, part)).toBe(false);
  });
});
