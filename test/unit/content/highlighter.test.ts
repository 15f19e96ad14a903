// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../src/core/page/article-root';
import { buildTextIndex } from '../../../src/core/page/text-index';
import type { EntityType } from '../../../src/core/types';
import {
  highlight,
  highlightInSlices,
  MARK_TAG,
  MENTION_ATTRIBUTE,
  type MarkRequest,
} from '../../../src/content/highlighter';
import { installMarkStyles } from '../../../src/content/mark-styles';
import { MARK_CSS } from '../../../src/ui/mark-css';
import { TYPE_COLOURS } from '../../../src/ui/theme';
import { realPages, SAMPLE_PAGE } from '../core/page/page-fixtures';

function setUp(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as Element;
}

/** Requests for every occurrence of each name in the index text. */
function marksFor(text: string, names: [string, EntityType][]): MarkRequest[] {
  const marks: MarkRequest[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      marks.push({
        span: { start: at, end: at + name.length },
        entityId: `e-${name}`,
        type,
        label: `${name}, ${type}`,
      });
    }
  }
  return marks;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('content/highlighter', () => {
  it("tells the page's mutation observers of one insertion per text node, however many mentions it holds", () => {
    const root = setUp('<p>Okafor met Lindqvist and Okafor again.</p><p>Then Lindqvist left.</p>');
    const index = buildTextIndex(root);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const handle = highlight(
      index,
      marksFor(index.text, [
        ['Okafor', 'person'],
        ['Lindqvist', 'person'],
      ]),
    );
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(4);
    // Two paragraphs, one text node each: per node one insertion and the page's node cut short.
    expect(records.filter((r) => r.type === 'childList')).toHaveLength(2);
    expect(records.filter((r) => r.type === 'characterData')).toHaveLength(2);
    // The wrappers arrive with their attributes: none is set on a wrapper already in the page.
    expect(records.filter((r) => r.type === 'attributes')).toHaveLength(0);
    handle.remove();
  });

  it("tells the page's mutation observers of one write per page node and one removal per node of ours when removed", () => {
    const root = setUp('<p>Okafor met Lindqvist and Okafor again.</p>');
    const html = root.innerHTML;
    const index = buildTextIndex(root);
    const handle = highlight(
      index,
      marksFor(index.text, [
        ['Okafor', 'person'],
        ['Lindqvist', 'person'],
      ]),
    );
    // Three wrappers, the text between them and the text after the last: six nodes of ours.
    const ours = (root.querySelector('p') as Element).childNodes.length - 1;
    expect(ours).toBe(6);
    const observer = new MutationObserver(() => undefined);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    handle.remove();
    const records = observer.takeRecords();
    observer.disconnect();
    expect(root.innerHTML).toBe(html);
    expect(records.filter((r) => r.type === 'characterData')).toHaveLength(1);
    expect(records.filter((r) => r.type === 'childList')).toHaveLength(ours);
  });

  it('wraps a mention in a focusable, labelled <backstory-mark>', () => {
    const root = setUp('<p>Sergey Lavrov will visit.</p>');
    const index = buildTextIndex(root);
    const handle = highlight(index, [
      {
        span: { start: 0, end: 13 },
        entityId: 'e1',
        type: 'person',
        label: 'Sergey Lavrov, person: Russian foreign minister',
      },
    ]);
    const mark = root.querySelector(MARK_TAG) as HTMLElement;
    expect(mark.textContent).toBe('Sergey Lavrov');
    expect(mark.dataset.backstoryId).toBe('e1');
    expect(mark.dataset.backstoryType).toBe('person');
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.getAttribute('role')).toBe('button');
    expect(mark.getAttribute('aria-haspopup')).toBe('dialog');
    expect(mark.getAttribute('aria-label')).toBe('Sergey Lavrov, person: Russian foreign minister');
    expect(handle.marks).toHaveLength(1);
  });

  it('keeps the page text unchanged when a mention spans inline elements', () => {
    const html =
      '<p>The dictator <b>Kim</b> Jong Un met <i>Moon <u>Jae</u></i>-in at <a href="/x">Panmunjom</a>.</p>';
    const root = setUp(html);
    const before = root.textContent;
    const index = buildTextIndex(root);
    const handle = highlight(
      index,
      marksFor(index.text, [
        ['Kim Jong Un', 'person'],
        ['Moon Jae-in', 'person'],
        ['Panmunjom', 'place'],
      ]),
    );
    expect(root.textContent).toBe(before);
    // "<b>Kim</b> Jong Un": one mention, two wrappers, one tab stop; the <b> is not moved.
    const kim = [...root.querySelectorAll<HTMLElement>('[data-backstory-id="e-Kim Jong Un"]')];
    expect(kim.map((m) => m.textContent)).toEqual(['Kim', ' Jong Un']);
    expect(kim[0]?.parentElement?.tagName).toBe('B');
    expect(kim.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(handle.marks.map((m) => m.elements.map((e) => e.textContent).join(''))).toEqual([
      'Kim Jong Un',
      'Moon Jae-in',
      'Panmunjom',
    ]);
    handle.remove();
    expect(root.innerHTML).toBe(html);
  });

  it('does not make a mention inside a link a second control', () => {
    const root = setUp('<p>See <a href="/p">Mike Pompeo</a>.</p>');
    const index = buildTextIndex(root);
    highlight(index, marksFor(index.text, [['Mike Pompeo', 'person']]));
    const mark = root.querySelector(MARK_TAG) as HTMLElement;
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(mark.hasAttribute('role')).toBe(false);
    expect(mark.getAttribute('aria-label')).toBe('Mike Pompeo, person');
  });

  it('never wraps whitespace-only runs (between cells, items or inline elements)', () => {
    const root = setUp('<p><b>North</b> <b>Korea</b></p>');
    const index = buildTextIndex(root);
    highlight(index, marksFor(index.text, [['North Korea', 'place']]));
    expect([...root.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['North', 'Korea']);
  });

  it('keeps the first of overlapping mentions and drops empty ones', () => {
    const root = setUp('<p>Kim Jong Un and Kim Yong Chol</p>');
    const index = buildTextIndex(root);
    const handle = highlight(index, [
      { span: { start: 0, end: 11 }, entityId: 'a', type: 'person', label: 'a' },
      { span: { start: 4, end: 11 }, entityId: 'b', type: 'person', label: 'b' },
      { span: { start: 5, end: 5 }, entityId: 'c', type: 'person', label: 'c' },
      { span: { start: 16, end: 29 }, entityId: 'd', type: 'person', label: 'd' },
    ]);
    expect(handle.marks.map((m) => m.request.entityId)).toEqual(['a', 'd']);
  });

  it('marks several mentions inside one text node, using offsets resolved before any split', () => {
    const html = '<p>Trump met Kim; then Trump left Kim.</p>';
    const root = setUp(html);
    const index = buildTextIndex(root);
    const handle = highlight(
      index,
      marksFor(index.text, [
        ['Trump', 'person'],
        ['Kim', 'person'],
      ]),
    );
    expect([...root.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual([
      'Trump',
      'Kim',
      'Trump',
      'Kim',
    ]);
    handle.remove();
    expect(root.innerHTML).toBe(html);
    // The page's own text node is kept (frameworks hold references to it), whole again.
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  it('leaves the page its own text node when a mention starts at offset 0', () => {
    const html = '<p>Putin said hello to the reporters.</p>';
    const root = setUp(html);
    const paragraph = root.querySelector('p') as HTMLParagraphElement;
    const original = paragraph.firstChild as Text;
    const handle = highlight(buildTextIndex(root), [
      { span: { start: 0, end: 5 }, entityId: 'p', type: 'person', label: 'Putin' },
    ]);
    expect(root.querySelector(MARK_TAG)?.textContent).toBe('Putin');
    // A framework that re-renders removes the node it created from the parent it put it in.
    expect(original.parentNode).toBe(paragraph);
    expect(paragraph.textContent).toBe('Putin said hello to the reporters.');
    handle.remove();
    expect(root.innerHTML).toBe(html);
    expect([...paragraph.childNodes]).toEqual([original]);
    expect(() => paragraph.removeChild(original)).not.toThrow();
  });

  it.each([
    ['at the start of the node', 0, 5],
    ['in the middle of the node', 'Putin said '.length, 'Putin said hello'.length],
  ])('leaves what a framework wrote to its node after removal, for a mention %s', (_where, start, end) => {
    const root = setUp('<p>Putin said hello to the reporters.</p>');
    const paragraph = root.querySelector('p') as HTMLParagraphElement;
    const original = paragraph.firstChild as Text;
    const handle = highlight(buildTextIndex(root), [
      { span: { start, end }, entityId: 'p', type: 'person', label: 'mention' },
    ]);
    // A framework updates the text node it rendered, unaware of the nodes split off it.
    original.data = 'Medvedev left.';
    handle.remove();
    expect(root.innerHTML).toBe('<p>Medvedev left.</p>');
    expect([...paragraph.childNodes]).toEqual([original]);
  });

  it('drops the text split off a node the framework took out of the page', () => {
    const root = setUp('<p>Putin said hello.</p>');
    const paragraph = root.querySelector('p') as HTMLParagraphElement;
    const original = paragraph.firstChild as Text;
    const handle = highlight(buildTextIndex(root), [
      { span: { start: 0, end: 5 }, entityId: 'p', type: 'person', label: 'Putin' },
    ]);
    paragraph.removeChild(original);
    paragraph.append('Medvedev left.');
    handle.remove();
    expect(root.innerHTML).toBe('<p>Medvedev left.</p>');
  });

  it('knows the nodes it made or split, and forgets them once removed', () => {
    const root = setUp('<p>Putin said hello.</p><p>Unrelated.</p>');
    const original = root.querySelector('p')?.firstChild as Text;
    const handle = highlight(buildTextIndex(root), [
      { span: { start: 0, end: 5 }, entityId: 'p', type: 'person', label: 'Putin' },
    ]);
    const mark = root.querySelector(MARK_TAG) as HTMLElement;
    expect(handle.touches(original)).toBe(true);
    expect(handle.touches(mark)).toBe(true);
    expect(handle.touches(mark.firstChild as Text)).toBe(true);
    expect(handle.touches(original.nextSibling?.nextSibling as Text)).toBe(true);
    expect(handle.touches(root.querySelectorAll('p')[1]?.firstChild as Text)).toBe(false);
    handle.remove();
    expect(handle.touches(original)).toBe(false);
  });

  it('can be removed twice without harm', () => {
    const html = '<p>Putin said.</p>';
    const root = setUp(html);
    const handle = highlight(buildTextIndex(root), [
      { span: { start: 0, end: 5 }, entityId: 'p', type: 'person', label: 'Putin' },
    ]);
    handle.remove();
    handle.remove();
    expect(root.innerHTML).toBe(html);
  });

  it('round-trips the sample article: same text while highlighted, same HTML after', () => {
    document.documentElement.innerHTML = readFileSync(SAMPLE_PAGE, 'utf8');
    const root = findArticleRoot(document) as Element;
    const html = root.innerHTML;
    const text = root.textContent;
    const index = buildTextIndex(root);
    const names: [string, EntityType][] = [
      ['Sergey Lavrov', 'person'],
      ['North Korea', 'place'],
      ['Kim Jong Un', 'person'],
      ['Trump', 'person'],
      ['Singapore', 'place'],
      ['Russian foreign ministry', 'organization'],
      ['June 12 summit', 'event'],
    ];
    const handle = highlight(index, marksFor(index.text, names));
    expect(handle.marks.length).toBeGreaterThan(12);
    expect(root.textContent).toBe(text);
    // Highlighting keeps the index text: the walker reads our wrappers' text as page text.
    expect(buildTextIndex(root).text).toBe(index.text);
    handle.remove();
    expect(root.innerHTML).toBe(html);
  });

  it.each(realPages().map((p) => [p.name, p] as const))(
    'round-trips a real page (%s): a mark every few words, then the exact HTML back',
    (_n, page) => {
      document.documentElement.innerHTML = page.html.replace(/^[\s\S]*?<html[^>]*>/i, '');
      const root = findArticleRoot(document) as Element;
      const html = root.innerHTML;
      const text = root.textContent;
      const index = buildTextIndex(root);
      const words = [...index.text.matchAll(/[A-Z][a-z]+(?:\s[A-Z][a-z]+)*/g)];
      const handle = highlight(
        index,
        words.map((m, i) => ({
          span: { start: m.index, end: m.index + m[0].length },
          entityId: `e${i % 7}`,
          type: (['person', 'organization', 'place', 'event'] as const)[i % 4] as EntityType,
          label: m[0],
        })),
      );
      expect(handle.marks.length).toBeGreaterThan(10);
      expect(root.textContent).toBe(text);
      handle.remove();
      expect(root.innerHTML).toBe(html);
    },
    30_000,
  );

  describe('in slices', () => {
    const NAMES: [string, EntityType][] = [
      ['Sergey Lavrov', 'person'],
      ['North Korea', 'place'],
      ['Kim Jong Un', 'person'],
      ['Trump', 'person'],
      ['Singapore', 'place'],
      ['Russian foreign ministry', 'organization'],
    ];

    function loadSample(): Element {
      document.documentElement.innerHTML = readFileSync(SAMPLE_PAGE, 'utf8');
      return findArticleRoot(document) as Element;
    }

    /** The page's turns between slices, handed out by the test: the run waits until one is given. */
    function turns(): { yieldToPage: () => Promise<void>; waiting: () => number; give: () => Promise<void> } {
      const queue: (() => void)[] = [];
      return {
        yieldToPage: () => new Promise<void>((resolve) => queue.push(resolve)),
        waiting: () => queue.length,
        give: async () => {
          queue.shift()?.();
          // Let the run's continuation draw its next slice.
          await Promise.resolve();
          await Promise.resolve();
        },
      };
    }

    /** Markup with the per-call mention ids taken out, to compare two drawings of the same marks. */
    const withoutCallIds = (html: string): string =>
      html.replace(new RegExp(`${MENTION_ATTRIBUTE}="[^"-]+-`, 'g'), `${MENTION_ATTRIBUTE}="`);

    it('draws exactly what the one-shot highlight draws, giving the page a turn between slices', async () => {
      const root = loadSample();
      const html = root.innerHTML;
      const text = root.textContent;
      const requests = marksFor(buildTextIndex(root).text, NAMES);
      const once = highlight(buildTextIndex(root), requests);
      const expected = withoutCallIds(root.innerHTML);
      const expectedMarks = once.marks.map((m) => m.elements.map((e) => e.textContent).join(''));
      once.remove();

      const textAtEachTurn: (string | null)[] = [];
      const run = highlightInSlices(buildTextIndex(root), requests, {
        sliceMs: 0, // a spent budget: one text node per slice
        yieldToPage: async () => {
          textAtEachTurn.push(root.textContent);
        },
      });
      expect(await run.done).toBe('done');
      // One turn between each two of the paragraphs that hold mentions.
      expect(textAtEachTurn.length).toBeGreaterThan(5);
      expect(textAtEachTurn.every((t) => t === text)).toBe(true);
      expect(withoutCallIds(root.innerHTML)).toBe(expected);
      expect(run.handle.marks.map((m) => m.elements.map((e) => e.textContent).join(''))).toEqual(
        expectedMarks,
      );
      run.handle.remove();
      expect(root.innerHTML).toBe(html);
    });

    it('restores the exact HTML when removed part-way, and draws nothing after', async () => {
      const root = loadSample();
      const html = root.innerHTML;
      const page = turns();
      const run = highlightInSlices(buildTextIndex(root), marksFor(buildTextIndex(root).text, NAMES), {
        sliceMs: 0,
        yieldToPage: page.yieldToPage,
      });
      await page.give();
      await page.give();
      const partial = root.querySelectorAll(MARK_TAG).length;
      expect(partial).toBeGreaterThan(0);
      expect(page.waiting()).toBe(1);
      run.handle.remove();
      expect(root.innerHTML).toBe(html);
      await page.give();
      expect(await run.done).toBe('stopped');
      expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
      expect(root.innerHTML).toBe(html);
    });

    it('draws from where the reader is first, then what is above, and restores the exact HTML', async () => {
      const paragraphs = ['Lavrov', 'Pompeo', 'Kim', 'Putin', 'Xi'].map((n) => `<p>${n} spoke.</p>`);
      const root = setUp(paragraphs.join(''));
      const html = root.innerHTML;
      const index = buildTextIndex(root);
      const names: [string, EntityType][] = ['Lavrov', 'Pompeo', 'Kim', 'Putin', 'Xi'].map((n) => [
        n,
        'person',
      ]);
      const drawnAtEachTurn: string[][] = [];
      const run = highlightInSlices(index, marksFor(index.text, names), {
        sliceMs: 0, // one text node per slice
        // The reader's view starts at the third paragraph.
        startAt: (nodes) => nodes.findIndex((n) => n.data.startsWith('Kim')),
        yieldToPage: async () => {
          drawnAtEachTurn.push([...root.querySelectorAll(MARK_TAG)].map((m) => m.textContent ?? ''));
        },
      });
      expect(await run.done).toBe('done');
      const order = drawnAtEachTurn.map((names) => names.join(' '));
      expect(order.slice(0, 4)).toEqual(['Kim', 'Kim Putin', 'Kim Putin Xi', 'Pompeo Kim Putin Xi']);
      // Mentions are still listed in document order.
      expect(run.handle.marks.map((m) => m.elements[0]?.textContent)).toEqual([
        'Lavrov',
        'Pompeo',
        'Kim',
        'Putin',
        'Xi',
      ]);
      run.handle.remove();
      expect(root.innerHTML).toBe(html);
    });

    it('lists only finished mentions while drawing, in document order', async () => {
      const root = setUp('<p>Trump met <b>Kim</b> Jong Un.</p><p>Kim Jong Un met Trump.</p>');
      const page = turns();
      const index = buildTextIndex(root);
      const run = highlightInSlices(
        index,
        marksFor(index.text, [
          ['Trump', 'person'],
          ['Kim Jong Un', 'person'],
        ]),
        { sliceMs: 0, yieldToPage: page.yieldToPage },
      );
      // First slice: the first paragraph's first text node ("Trump met "); "Kim Jong Un" is half drawn.
      expect(run.handle.marks.map((m) => m.request.entityId)).toEqual(['e-Trump']);
      while (page.waiting() > 0) await page.give();
      expect(await run.done).toBe('done');
      expect(run.handle.marks.map((m) => m.request.entityId)).toEqual([
        'e-Trump',
        'e-Kim Jong Un',
        'e-Kim Jong Un',
        'e-Trump',
      ]);
    });

    it.each([
      [
        'rewrites',
        (p: Element): void => void ((p.firstChild as Text).data = 'Breaking: Kim Jong Un met Trump.'),
      ],
      ['removes', (p: Element): void => p.remove()],
    ])(
      'stops when the page %s a paragraph still to be wrapped, leaving what it drew removable',
      async (_what, change) => {
        const root = setUp('<p>Trump met Kim Jong Un.</p><p>Kim Jong Un met Trump.</p>');
        const page = turns();
        const index = buildTextIndex(root);
        const run = highlightInSlices(
          index,
          marksFor(index.text, [
            ['Trump', 'person'],
            ['Kim Jong Un', 'person'],
          ]),
          { sliceMs: 0, yieldToPage: page.yieldToPage },
        );
        expect(root.querySelectorAll(MARK_TAG)).toHaveLength(2);
        const second = root.querySelectorAll('p')[1] as Element;
        change(second);
        const changed = root.innerHTML;
        await page.give();
        expect(await run.done).toBe('changed');
        expect(second.querySelector(MARK_TAG)).toBeNull();
        expect(run.handle.marks.map((m) => m.elements[0]?.textContent)).toEqual(['Trump', 'Kim Jong Un']);
        run.handle.remove();
        expect(root.querySelector(MARK_TAG)).toBeNull();
        expect(root.innerHTML).toBe(changed.replace(/<backstory-mark[^>]*>([^<]*)<\/backstory-mark>/g, '$1'));
        expect(root.querySelector('p')?.childNodes).toHaveLength(1);
      },
    );

    describe('a plan of thousands of mentions', () => {
      /** Six hundred paragraphs with two names each: 1,200 mentions to plan. */
      function longPage(): { root: Element; requests: MarkRequest[] } {
        const root = setUp(
          Array.from({ length: 600 }, (_, i) => `<p>Okafor ${i} met Lindqvist again.</p>`).join(''),
        );
        const requests = marksFor(buildTextIndex(root).text, [
          ['Okafor', 'person'],
          ['Lindqvist', 'person'],
        ]);
        return { root, requests };
      }

      it('is made in slices too: the page gets turns before the first mark, and the drawing is the same', async () => {
        const { root, requests } = longPage();
        const html = root.innerHTML;
        const once = highlight(buildTextIndex(root), requests);
        const expected = withoutCallIds(root.innerHTML);
        once.remove();
        const marksAtEachTurn: number[] = [];
        const run = highlightInSlices(buildTextIndex(root), requests, {
          sliceMs: 0,
          yieldToPage: async () => {
            marksAtEachTurn.push(root.querySelectorAll(MARK_TAG).length);
          },
        });
        expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
        expect(await run.done).toBe('done');
        expect(marksAtEachTurn.slice(0, 2)).toEqual([0, 0]);
        expect(withoutCallIds(root.innerHTML)).toBe(expected);
        expect(run.handle.marks).toHaveLength(1200);
        run.handle.remove();
        expect(root.innerHTML).toBe(html);
      });

      it('is dropped, with nothing drawn, when removed before it is done', async () => {
        const { root, requests } = longPage();
        const html = root.innerHTML;
        const page = turns();
        const run = highlightInSlices(buildTextIndex(root), requests, {
          sliceMs: 0,
          yieldToPage: page.yieldToPage,
        });
        expect(run.handle.marks).toEqual([]);
        expect(run.handle.touches(root.querySelector('p')?.firstChild as Node)).toBe(false);
        run.handle.remove();
        await page.give();
        expect(await run.done).toBe('stopped');
        expect(root.innerHTML).toBe(html);
      });

      it('does not draw on a paragraph the page rewrote while it was being made', async () => {
        const { root, requests } = longPage();
        const page = turns();
        const last = root.querySelector('p:last-child') as Element;
        const run = highlightInSlices(buildTextIndex(root), requests, {
          sliceMs: 0,
          yieldToPage: page.yieldToPage,
          // The last paragraph is where the reader is, so it is drawn first.
          startAt: (nodes) => nodes.length - 1,
        });
        // Its mentions come last in the plan: they are planned after this change, on the old offsets.
        (last.firstChild as Text).data = 'Lindqvist 599 met Okafor again.';
        while (page.waiting() > 0) await page.give();
        expect(await run.done).toBe('changed');
        expect(last.querySelector(MARK_TAG)).toBeNull();
        run.handle.remove();
        expect(root.querySelector(MARK_TAG)).toBeNull();
      });
    });

    it('stops before the next slice when asked to', async () => {
      const root = setUp('<p>Trump met Kim Jong Un.</p><p>Kim Jong Un met Trump.</p>');
      const page = turns();
      let go = true;
      const index = buildTextIndex(root);
      const run = highlightInSlices(index, marksFor(index.text, [['Trump', 'person']]), {
        sliceMs: 0,
        yieldToPage: page.yieldToPage,
        shouldContinue: () => go,
      });
      go = false;
      await page.give();
      expect(await run.done).toBe('stopped');
      expect([...root.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Trump']);
    });
  });

  describe('styles', () => {
    it('installs one stylesheet with a rule per type and removes it again', () => {
      // jsdom has no adoptedStyleSheets, so this exercises the <style> fallback; browsers adopt a sheet.
      const adopted = (): number => (document.adoptedStyleSheets as CSSStyleSheet[] | undefined)?.length ?? 0;
      const styles = installMarkStyles(document);
      const inPage = adopted() > 0 || document.querySelector('style[data-backstory-style]') !== null;
      expect(inPage).toBe(true);
      for (const type of ['person', 'organization', 'place', 'event']) {
        expect(MARK_CSS).toContain(`[data-backstory-type="${type}"]`);
      }
      styles.remove();
      expect(adopted()).toBe(0);
      expect(document.querySelector('style[data-backstory-style]')).toBeNull();
    });

    describe('a calm look', () => {
      const styleOf = (html: string): CSSStyleDeclaration => {
        document.body.innerHTML = html;
        return getComputedStyle(document.querySelector(MARK_TAG) as Element);
      };
      const mark = (attributes = ''): string =>
        `<${MARK_TAG} data-backstory-type="person"${attributes}>Lavrov</${MARK_TAG}>`;
      let styles: ReturnType<typeof installMarkStyles>;
      beforeEach(() => {
        styles = installMarkStyles(document);
      });
      afterEach(() => styles.remove());

      it('draws a mark at rest as a dotted underline in its type colour, with no fill and the page text colour', () => {
        const style = styleOf(`<p style="color: rgb(10, 20, 30)">${mark()}</p>`);
        expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
        expect(style.textDecorationLine).toBe('underline');
        // Dotted, like <abbr>: "more to know here", where a solid underline reads as a link.
        expect(style.textDecorationStyle).toBe('dotted');
        expect(style.getPropertyValue('text-decoration-color')).toBe('var(--backstory-accent)');
        expect(style.color).toBe('rgb(10, 20, 30)');
        expect(MARK_CSS).toContain(`--backstory-accent: ${TYPE_COLOURS.person.accent}`);
      });

      it('fills a mark only while its card is open (and on hover and keyboard focus)', () => {
        expect(styleOf(`<p>${mark(' data-backstory-active')}</p>`).backgroundColor).toBe(
          'var(--backstory-tint)',
        );
        expect(MARK_CSS).toMatch(/:hover[^{]*\{\s*background-color: var\(--backstory-tint\)/);
      });

      it('keeps a visible outline on keyboard focus', () => {
        expect(MARK_CSS).toMatch(/:focus-visible \{\s*outline: 2px solid var\(--backstory-accent\)/);
      });

      it('marks the headline more lightly than the body: a thin, faded underline', () => {
        const inHeadline = styleOf(`<h1>${mark()}</h1>`);
        expect(inHeadline.getPropertyValue('text-decoration-thickness')).toBe('1px');
        expect(inHeadline.getPropertyValue('text-decoration-color')).toContain('55%');
        expect(inHeadline.backgroundColor).toBe('rgba(0, 0, 0, 0)');
        expect(styleOf(`<p>${mark()}</p>`).getPropertyValue('text-decoration-thickness')).toBe('2px');
      });

      it('marks a headline the page marks up as such as lightly as an h1', () => {
        for (const headline of ['<div itemprop="headline">', '<div role="heading" aria-level="1">']) {
          const style = styleOf(`${headline}${mark()}</div>`);
          expect(style.getPropertyValue('text-decoration-thickness')).toBe('1px');
        }
      });

      it('marks a section heading further down like the body text: only the headline is lighter', () => {
        for (const heading of ['h2', 'h3', 'h6']) {
          const style = styleOf(`<${heading}>${mark()}</${heading}>`);
          expect(style.getPropertyValue('text-decoration-thickness')).toBe('2px');
          expect(style.getPropertyValue('text-decoration-color')).toBe('var(--backstory-accent)');
        }
      });

      it("leaves the page's own link its cursor and no fill, and draws our underline below the link's", () => {
        const inLink = styleOf(`<a href="/x" style="cursor: pointer">${mark(' data-backstory-active')}</a>`);
        expect(inLink.cursor).toBe('pointer');
        expect(inLink.backgroundColor).toBe('rgba(0, 0, 0, 0)');
        expect(inLink.getPropertyValue('text-underline-offset')).toBe('0.4em');
        expect(styleOf(`<p>${mark()}</p>`).cursor).toBe('help');
      });
    });

    it('puts its sheet back when the page drops it', () => {
      const styles = installMarkStyles(document);
      document.querySelector('style[data-backstory-style]')?.remove();
      styles.ensure();
      expect(document.querySelectorAll('style[data-backstory-style]')).toHaveLength(1);
      styles.remove();
    });
  });
});
