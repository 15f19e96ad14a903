// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../src/core/page/article-root';
import { buildTextIndex, type TextIndex } from '../../../src/core/page/text-index';
import { highlight, MARK_TAG, type MarkRequest } from '../../../src/content/highlighter';
import { installMarkStyles } from '../../../src/content/mark-styles';
import { parseHtml, realPages } from '../core/page/page-fixtures';

/** A mark on every capitalised word of the text: more marks than any real reading draws. */
function marksOnCapitalisedWords(index: TextIndex): MarkRequest[] {
  return [...index.text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m, i) => ({
    span: { start: m.index, end: m.index + m[0].length },
    entityId: `e${i}`,
    type: 'person' as const,
    label: m[0],
  }));
}

/** The text read from `root`, then read again with our marks (and their stylesheet) in the page. */
function readTwice(root: Element): { before: string; after: string; marks: number } {
  const index = buildTextIndex(root);
  installMarkStyles(root.ownerDocument);
  const handle = highlight(index, marksOnCapitalisedWords(index));
  const after = buildTextIndex(root).text;
  handle.remove();
  return { before: index.text, after, marks: handle.marks.length };
}

describe('the text walker and our marks', () => {
  it('reads an article the same with our marks in it, whatever rule judged its blocks', () => {
    const doc = parseHtml(
      '<!doctype html><head><style>.menu { display: none }</style></head><body><article id="root">' +
        '<div>WORLD NEWS</div><h1>Harbour Town Rebuilds Its Pier</h1><div>By Ada Quill</div>' +
        '<div>Updated 9:41 AM EST, Fri March 3, 2023</div>' +
        '<p>PORT ELLEN, Scotland (AP) — Officials in Port Ellen agreed on Friday to rebuild the pier, which storms had broken twice.</p>' +
        '<figure><img src="p.jpg" alt=""><figcaption>The Pier After The Storm (Photo: Ann Lee/Coast Pictures)</figcaption></figure>' +
        '<ul class="menu"><li>Georgia</li><li>Tahoma</li></ul><div>Advertisement</div>' +
        '<p>The Council said work would start in April and last two years, with Historic Scotland advising.</p>' +
        '<p>Read more: <a href="/x">Town Votes On Ferry Route</a></p><p>Reporting by Ada Quill; editing by Tom Reed.</p>' +
        '</article></body>',
    );
    const root = doc.getElementById('root') as Element;
    const { before, after, marks } = readTwice(root);
    expect(marks).toBeGreaterThan(15);
    expect(root.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(after).toBe(before);
    expect(before).toContain('Harbour Town Rebuilds Its Pier');
    expect(before).toContain('PORT ELLEN, Scotland\n\nOfficials in Port Ellen');
    expect(before).not.toMatch(/WORLD NEWS|Ada Quill|Georgia|Ann Lee|Ferry Route/);
  });

  it.each(realPages().map((p) => [p.name, p] as const))(
    '%s: reads the same text with a mark on every capitalised word',
    (_n, page) => {
      const root = findArticleRoot(parseHtml(page.html)) as Element;
      const { before, after, marks } = readTwice(root);
      expect(marks).toBeGreaterThan(0);
      expect(after).toBe(before);
    },
    30_000,
  );
});
