// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { highlight, MARK_TAG } from '../../../src/content/highlighter';
import { buildTextIndex } from '../../../src/core/page/text-index';
import {
  markLabel,
  markRequests,
  removeOrphans,
  startContentScript,
  type ContentScript,
} from '../../../src/content/content-script';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { Analysis, Entity } from '../../../src/core/types';
import { findArticleRoot } from '../../../src/core/page/article-root';
import { TEXT_PART_CHARS, type PageText, type TextPart } from '../../../src/shared/protocol';
import { SAMPLE_PAGE } from '../core/page/page-fixtures';
import { DRAW_SLICE_MS, SLICE_MS } from '../../../src/content/slices';
import { READERS_PART_CHARS } from '../../../src/content/viewport';
import { analysisByNames, createFakeBrowser, type FakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const SAMPLE = readFileSync(SAMPLE_PAGE, 'utf8');
const NAMES = analysisByNames([
  ['Sergey Lavrov', 'person', 'Russian foreign minister'],
  ['Kim Jong Un', 'person'],
  ['North Korea', 'place'],
  ['Singapore', 'place'],
  // The sample has a no-break space here, as real pages do.
  ['Russian\u00a0foreign ministry', 'organization'],
  ['Theresa May', 'person'], // only in the comments: must never be highlighted
]);

let fake: FakeBrowser;
let scripts: ContentScript[] = [];

function loadSample(): void {
  document.documentElement.innerHTML = SAMPLE.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(
    /<\/html>\s*$/i,
    '',
  );
}
function start(settleMs?: number, sliceMs?: number): ContentScript {
  const script = startContentScript({
    doc: document,
    url: () => 'https://www.nationalreview.com/news/lavrov/',
    ...(settleMs ? { settleMs } : {}),
    ...(sliceMs !== undefined ? { sliceMs } : {}),
  });
  scripts.push(script);
  return script;
}
/** Runs `then` once, as soon as the first highlight is in the page (between two slices of drawing). */
function onFirstMark(then: () => void): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(MARK_TAG)) return;
    observer.disconnect();
    then();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}
function marksText(): string[] {
  return [...document.querySelectorAll(`${MARK_TAG}[tabindex="0"]`)].map((m) => m.textContent ?? '');
}

beforeEach(() => {
  fake = createFakeBrowser(NAMES);
  setBrowserForTesting(fake.browser);
  loadSample();
});

afterEach(() => {
  for (const s of scripts) s.stop();
  scripts = [];
  document.documentElement.innerHTML = '';
});

describe('content/content-script', () => {
  it('has fetched its UI strings by the time it sends the article away (not while drawing)', async () => {
    let stringsWhenSent = -1;
    fake.handlers.analyzePage = (payload) => {
      stringsWhenSent = fake.strings.length;
      return NAMES(payload as PageText);
    };
    await start().ready;
    expect(stringsWhenSent).toBeGreaterThan(0);
  });

  it('sends a long article ahead in pieces of at most TEXT_PART_CHARS, then has it analysed whole', async () => {
    const body = document.querySelector('[itemprop="articleBody"]') as HTMLElement;
    body.innerHTML = body.innerHTML.repeat(
      Math.ceil((2.5 * TEXT_PART_CHARS) / (body.textContent ?? ' ').length),
    );
    await start().ready;
    const pieces = fake.sent.filter((e) => e.method === 'sendTextPart').map((e) => e.payload as TextPart);
    const whole = fake.sent
      .filter((e) => e.method === 'analyzePage')
      .map((e) => e.payload as PageText)
      .at(-1);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
    expect(whole?.upload).toEqual({ id: pieces[0]?.upload, count: pieces.length });
    expect(whole?.text).toBe('');
    expect(pieces.map((p) => p.text).join('').length).toBeGreaterThan(2 * TEXT_PART_CHARS);
    // The answer's offsets are read back against the text: the names are highlighted where they are.
    await vi.waitFor(() =>
      expect(marksText().filter((t) => t === 'Sergey Lavrov').length).toBeGreaterThan(10),
    );
  }, 60_000);

  it('sends the article text, title, site and publication date, and highlights what comes back', async () => {
    const script = start();
    await script.ready;
    const request = fake.sent.find((e) => e.method === 'analyzePage')?.payload as PageText;
    expect(request.text.startsWith('Russian Foreign Minister Will Visit North Korea')).toBe(true);
    expect(request.title).toBe('Russian Foreign Minister Will Visit North Korea for Talks');
    expect(request.url).toBe('https://www.nationalreview.com/news/lavrov/');
    expect(request.published?.date).toBe('2018-05-30');
    expect(marksText()).toContain('Sergey Lavrov');
    expect(marksText().filter((t) => t === 'North Korea').length).toBeGreaterThan(3);
    expect(document.querySelector(`${MARK_TAG}[data-backstory-type="organization"]`)?.textContent).toBe(
      'Russian\u00a0foreign ministry',
    );
  });

  it("draws the reader's part of a long article before it hands the whole article over", async () => {
    const body = document.querySelector('[itemprop="articleBody"]') as Element;
    body.innerHTML = Array.from({ length: 60 }, () => body.innerHTML).join('');
    let marksWhenWholeSent = -1;
    fake.handlers.analyzePage = (payload) => {
      const page = payload as PageText;
      if (!page.part) {
        marksWhenWholeSent = document.querySelectorAll(MARK_TAG).length;
        // Drawing the whole article is not what this is about.
        script.stop();
      }
      return NAMES(page);
    };
    const script = start();
    await script.ready;
    const parts = fake.sent
      .filter((e) => e.method === 'analyzePage')
      .map((e) => !!(e.payload as PageText).part);
    expect(parts).toEqual([true, false]);
    expect(marksWhenWholeSent).toBeGreaterThan(0);
  });

  it("sends the reader's part as a few screens of text, under 10,000 characters, so it comes back fast", async () => {
    const body = document.querySelector('[itemprop="articleBody"]') as Element;
    body.innerHTML = Array.from({ length: 60 }, () => body.innerHTML).join('');
    await start().ready;
    const [part, whole] = fake.sent
      .filter((e) => e.method === 'analyzePage')
      .map((e) => e.payload as PageText);
    expect(part?.part).toBeDefined();
    expect(part?.text.length).toBeGreaterThanOrEqual(READERS_PART_CHARS);
    expect(part?.text.length).toBeLessThan(10_000);
    expect(whole?.part).toBeUndefined();
  });

  it('has put the highlight styles in the page by the time it sends the article away', async () => {
    let stylesWhenSent = -1;
    fake.handlers.analyzePage = (payload) => {
      // jsdom has no adopted style sheets: the styles come as a <style> element.
      stylesWhenSent = document.querySelectorAll('style[data-backstory-style]').length;
      return NAMES(payload as PageText);
    };
    await start().ready;
    expect(stylesWhenSent).toBe(1);
  });

  it('highlights nothing outside the article', async () => {
    await start().ready;
    const outside = [...document.querySelectorAll(MARK_TAG)].filter((m) => !m.closest('main > article'));
    expect(outside).toEqual([]);
    expect(marksText()).not.toContain('Theresa May');
  });

  it('names each mention for assistive technology', async () => {
    await start().ready;
    const lavrov = document.querySelector(`${MARK_TAG}[data-backstory-id="e-sergey-lavrov"]`);
    expect(lavrov?.getAttribute('aria-label')).toBe('Sergey Lavrov, person: Russian foreign minister');
  });

  it('does nothing on a site the reader switched off', async () => {
    fake.settings.disabledSites = [location.hostname];
    await start().ready;
    expect(fake.sent.map((e) => e.method)).toEqual(['getSettings']);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('reports a page without an article and touches nothing', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><ul><li><a href="/a">A headline</a></li></ul>';
    await start().ready;
    expect(fake.sent.map((e) => e.method)).toEqual(['getSettings', 'reportNoArticle']);
  });

  it('restores the article exactly when the site is switched off, and redraws when back on', async () => {
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    await start().ready;
    expect(root.innerHTML).not.toBe(before);
    await fake.callContent('applySettings', { ...fake.settings, disabledSites: [location.hostname] });
    expect(root.innerHTML).toBe(before);
    await fake.callContent('applySettings', { ...fake.settings, disabledSites: [] });
    expect(marksText()).toContain('Sergey Lavrov');
  });

  it('restores the article exactly when the site is switched off while highlights are still being drawn', async () => {
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    let switchedOff: Promise<unknown> = Promise.resolve();
    onFirstMark(() => {
      switchedOff = fake.callContent('applySettings', {
        ...fake.settings,
        disabledSites: [location.hostname],
      });
    });
    const script = start(undefined, 0); // a spent budget: one text node per slice
    await script.ready;
    await switchedOff;
    expect(root.innerHTML).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
  });

  it('draws highlights in shorter slices than it reads the page in, so each frame lays out little', async () => {
    // A clock that moves 1 ms each time it is read: a slice of N ms wraps about N text nodes.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    let firstSlice = 0;
    onFirstMark(
      () => (firstSlice = new Set([...document.querySelectorAll(MARK_TAG)].map((m) => m.parentNode)).size),
    );
    await start().ready;
    vi.restoreAllMocks();
    expect(DRAW_SLICE_MS).toBeLessThan(SLICE_MS);
    expect(firstSlice).toBeGreaterThan(0);
    // Wrapped text nodes sit side by side in their parents: a slice's nodes have at most that many.
    expect(firstSlice).toBeLessThanOrEqual(DRAW_SLICE_MS);
    expect(marksText().filter((t) => t === 'North Korea').length).toBeGreaterThan(3);
  });

  it('stops walking the page for the article at its next turn once it has left the page', async () => {
    const body = document.querySelector('[itemprop="articleBody"]') as Element;
    body.innerHTML = Array.from({ length: 30 }, () => body.innerHTML).join('');
    const script = start(undefined, 0); // a spent budget: a turn after every step of the walk
    // It leaves as soon as the walk for the article is under way (its first steps read tag names): at
    // that read itself, so a busy machine cannot let the whole walk run before the spec looks.
    const readTagName = Object.getOwnPropertyDescriptor(Element.prototype, 'tagName')?.get as () => string;
    let readsAtStop = -1;
    const tagName = vi.spyOn(Element.prototype, 'tagName', 'get').mockImplementation(function (
      this: Element,
    ) {
      if (readsAtStop < 0) {
        readsAtStop = tagName.mock.calls.length;
        script.stop();
      }
      return readTagName.call(this);
    });
    await vi.waitFor(() => expect(readsAtStop).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const readsAfter = tagName.mock.calls.length - readsAtStop;
    tagName.mockRestore();
    // At most the step under way when it left (512 elements); the page has thousands more.
    expect(readsAfter).toBeLessThan(2000);
    expect(fake.sent.filter((e) => e.method === 'analyzePage')).toHaveLength(0);
  });

  it('leaves a half-drawn page to a second copy, which draws every highlight', async () => {
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    const first = start(undefined, 0);
    let second: ContentScript | undefined;
    onFirstMark(() => {
      second = start();
      expect(first.signal.aborted).toBe(true);
      expect(root.innerHTML).toBe(before);
    });
    await first.ready;
    await vi.waitFor(() => expect(second).toBeDefined());
    await second?.ready;
    expect(marksText()).toContain('Sergey Lavrov');
    expect(marksText().filter((t) => t === 'North Korea').length).toBeGreaterThan(3);
    expect(document.querySelector(`${MARK_TAG} ${MARK_TAG}`)).toBeNull();
  });

  it('stops drawing when the page changes text still to be highlighted, and reads it again', async () => {
    const last = [...document.querySelectorAll('[itemprop="articleBody"] p')].at(-1) as Element;
    expect(last.textContent).toContain('North Korea');
    // A short edit inside the paragraph's own text node: too small for the page watch to count alone.
    const text = last.firstChild as Text;
    onFirstMark(() => (text.data = `Breaking: ${text.data}`));
    const script = start(20, 0);
    await script.ready;
    await vi.waitFor(() => expect(fake.sent.filter((e) => e.method === 'analyzePage')).toHaveLength(2));
    await vi.waitFor(() => expect(last.querySelector(MARK_TAG)?.textContent).toBe('North Korea'));
    expect(document.querySelector(`${MARK_TAG} ${MARK_TAG}`)).toBeNull();
  });

  it.each([
    [
      'only the enabled types',
      { types: { person: true, organization: false, place: false, event: true } },
      ['Sergey Lavrov', 'Kim Jong Un', 'Kim Jong Un', 'Kim Jong Un'],
    ],
    [
      'only first mentions',
      {
        highlightMode: 'first' as const,
        types: { person: true, organization: false, place: false, event: true },
      },
      ['Sergey Lavrov', 'Kim Jong Un'],
    ],
  ])('re-applies settings: %s', async (_what, change, expected) => {
    await start().ready;
    await fake.callContent('applySettings', { ...fake.settings, ...change });
    expect(marksText()).toEqual(expected);
  });

  it('takes its highlights out at once when a framework rewrites a text node it split, keeping the new text', async () => {
    const root = findArticleRoot(document) as Element;
    const original = [...root.querySelectorAll('p')]
      .map((p) => p.firstChild)
      .find((node): node is Text => node instanceof Text && node.data.includes('Sergey Lavrov')) as Text;
    const paragraph = original.parentNode as Element;
    // Whatever follows the page's own first text node, in inline elements of the paragraph.
    const rest = (paragraph.textContent ?? '').slice(original.data.length);
    await start().ready;
    expect(paragraph.querySelector(MARK_TAG)).not.toBeNull();
    original.data = 'Medvedev left.';
    // MutationObserver callbacks run as microtasks: no timer has to fire.
    await Promise.resolve();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(original.parentNode).toBe(paragraph);
    expect(paragraph.textContent).toBe(`Medvedev left.${rest}`);
  });

  it('reveals the next mention of an entity on each request, flashing it', async () => {
    await start().ready;
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un' })).toBe(0);
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un' })).toBe(1);
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un', index: 0 })).toBe(0);
    expect(scrolled).toHaveLength(3);
    expect(scrolled[1]?.hasAttribute('data-backstory-flash')).toBe(true);
    await expect(fake.callContent('revealMention', { entityId: 'nobody' })).rejects.toThrow();
  });

  it('adds nothing to its signal per reveal, however often the reader reveals', async () => {
    const script = start();
    await script.ready;
    Element.prototype.scrollIntoView = () => undefined;
    const listen = vi.spyOn(script.signal, 'addEventListener');
    for (let i = 0; i < 5; i++) await fake.callContent('revealMention', { entityId: 'e-kim-jong-un' });
    expect(listen).not.toHaveBeenCalled();
  });

  it('reveals mentions that are not highlighted by scrolling to their text', async () => {
    fake.settings.highlightMode = 'first';
    await start().ready;
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un' })).toBe(0);
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un' })).toBe(1);
    expect(scrolled[0]?.localName).toBe(MARK_TAG);
    // The second mention has no highlight: its paragraph is scrolled to instead.
    expect(scrolled[1]?.localName).toBe('p');
    expect(scrolled[1]?.textContent).toContain('Kim Jong Un on his part');
  });

  it('reveals a mention that is not highlighted in a text node split by a highlight before it', async () => {
    fake.settings.highlightMode = 'first';
    const story = [
      'Kim Jong Un arrived in Singapore on Sunday, and Kim Jong Un left again on Tuesday after talks.',
      'The summit was prepared for weeks by officials of both governments, who met several times.',
      'Observers said the talks were a first step, and that much remained to be negotiated later.',
      'Neither side published a joint statement, and the date of a second meeting was left open.',
      'Diplomats from neighbouring countries followed the talks closely and asked to be kept informed.',
    ];
    document.body.innerHTML = `<main><article><h1>Summit in Singapore</h1>${story
      .map((text) => `<p>${text}</p>`)
      .join('')}</article></main>`;
    await start().ready;
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    expect(marksText()).toContain('Kim Jong Un');
    expect(await fake.callContent('revealMention', { entityId: 'e-kim-jong-un', index: 1 })).toBe(1);
    expect(scrolled[0]?.textContent).toBe(story[0]);
  });

  it('answers ping with the types it highlighted, and that it found an article', async () => {
    await start().ready;
    expect(await fake.callContent('ping', {})).toEqual({
      types: ['person', 'organization', 'place'],
      article: 'found',
    });
  });

  it('answers ping that it is still reading while the background analyses the article', async () => {
    let answer: (analysis: Analysis) => void = () => undefined;
    fake.handlers.analyzePage = () =>
      new Promise<Analysis>((resolve) => {
        answer = resolve;
      });
    const script = start();
    await vi.waitFor(() => expect(fake.sent.map((e) => e.method)).toContain('analyzePage'));
    expect(await fake.callContent('ping', {})).toEqual({ types: [], article: 'reading' });
    answer(NAMES(fake.sent.find((e) => e.method === 'analyzePage')?.payload as PageText));
    await script.ready;
    expect((await fake.callContent('ping', {})).article).toBe('found');
  });

  it.each([
    [
      'a page without an article',
      (): void => void (document.body.innerHTML = '<nav><a href="/">Home</a></nav>'),
    ],
    ['a site the reader switched off', (): void => void (fake.settings.disabledSites = [location.hostname])],
  ])('answers ping that no article is coming on %s', async (_page, arrange) => {
    arrange();
    await start().ready;
    expect(await fake.callContent('ping', {})).toEqual({ types: [], article: 'none' });
  });

  it('leaves the page to a second copy: the first removes its highlights and stops answering', async () => {
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    const first = start();
    await first.ready;
    const second = start();
    expect(first.signal.aborted).toBe(true);
    expect(root.innerHTML).toBe(before);
    await second.ready;
    expect(marksText()).toContain('Sergey Lavrov');
    expect(fake.listeners.size).toBe(1);
  });

  it('cleans up highlights left by a copy that died without a word, then highlights once', async () => {
    // Firefox drops an unloaded extension's scripts silently: their highlights stay in the page.
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    const index = buildTextIndex(root);
    const at = index.text.indexOf('Sergey Lavrov');
    highlight(index, [{ span: { start: at, end: at + 13 }, entityId: 'old', type: 'person', label: 'old' }]);
    expect(removeOrphans(document)).toBe(1);
    expect(root.innerHTML).toBe(before);

    highlight(buildTextIndex(root), [
      { span: { start: at, end: at + 13 }, entityId: 'old', type: 'person', label: 'old' },
    ]);
    await start().ready;
    expect(document.querySelector(`${MARK_TAG} ${MARK_TAG}`)).toBeNull();
    expect(document.querySelector(`${MARK_TAG}[data-backstory-id="old"]`)).toBeNull();
    expect(marksText()).toContain('Sergey Lavrov');
  });

  it('merges text only where a dead copy split it, leaving the page its own adjacent text nodes', () => {
    const paragraph = document.createElement('p');
    const mark = (text: string): HTMLElement => {
      const el = document.createElement(MARK_TAG);
      el.append(text);
      return el;
    };
    // "Hello " and "world. " are two nodes of the page's own; the rest is a dead copy's splits.
    paragraph.append(
      'Hello ',
      'world. ',
      'Then ',
      mark('Putin'),
      mark(' and'),
      ' Lavrov ',
      mark('left'),
      '.',
    );
    document.body.replaceChildren(paragraph);
    expect(removeOrphans(document)).toBe(3);
    expect([...paragraph.childNodes].map((node) => node.textContent)).toEqual([
      'Hello ',
      'world. ',
      'Then Putin and Lavrov left.',
    ]);
  });

  it('removes itself quietly when the extension context is invalidated', async () => {
    const root = findArticleRoot(document) as Element;
    const before = root.innerHTML;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const script = start();
    await script.ready;
    fake.invalidate();
    const mark = document.querySelector<HTMLElement>(`${MARK_TAG}[tabindex="0"]`) as HTMLElement;
    mark.focus(); // opens the card, which asks the (dead) background
    await vi.waitFor(() => expect(script.signal.aborted).toBe(true));
    expect(root.innerHTML).toBe(before);
    expect(document.querySelector('[data-backstory-card]')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('does not draw an analysis of text that changed meanwhile', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    fake.handlers.analyzePage = async (payload) => {
      await gate;
      return NAMES(payload as PageText);
    };
    const script = start();
    await vi.waitFor(() => expect(fake.sent.some((e) => e.method === 'analyzePage')).toBe(true));
    document.querySelector('[itemprop="articleBody"] p')?.prepend('Breaking: ');
    release();
    await script.ready;
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('reads the article again when a live update appends a paragraph, and highlights the new mention', async () => {
    const script = start(20);
    await script.ready;
    const before = document.querySelectorAll(`${MARK_TAG}[data-backstory-id="e-singapore"]`).length;
    const update = document.createElement('p');
    update.textContent = 'Update: officials in Singapore confirmed the venue for the summit this evening.';
    document.querySelector('[itemprop="articleBody"]')?.append(update);
    await vi.waitFor(() =>
      expect(document.querySelectorAll(`${MARK_TAG}[data-backstory-id="e-singapore"]`).length).toBe(
        before + 1,
      ),
    );
    expect(fake.sent.filter((e) => e.method === 'analyzePage')).toHaveLength(2);
    expect(update.querySelector(MARK_TAG)?.textContent).toBe('Singapore');
  });

  it('keeps the current highlights while a re-read is with the background', async () => {
    const script = start(20);
    await script.ready;
    const drawn = document.querySelectorAll(MARK_TAG).length;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    fake.handlers.analyzePage = async (payload) => {
      await gate;
      return NAMES(payload as PageText);
    };
    const update = document.createElement('p');
    update.textContent = 'Update: Kim Jong Un is expected to attend, a spokesman said late on Wednesday.';
    document.querySelector('[itemprop="articleBody"]')?.append(update);
    await vi.waitFor(() => expect(fake.sent.filter((e) => e.method === 'analyzePage')).toHaveLength(2));
    expect(document.querySelectorAll(MARK_TAG).length).toBe(drawn);
    release();
    await vi.waitFor(() => expect(update.querySelector(MARK_TAG)?.textContent).toBe('Kim Jong Un'));
  });

  it('never touches an editable article', async () => {
    document.querySelector('main')?.setAttribute('contenteditable', 'true');
    await start().ready;
    expect(fake.sent.map((e) => e.method)).toEqual(['getSettings']);
  });
});

describe('content/content-script markRequests', () => {
  const person: Entity = {
    id: 'p',
    type: 'person',
    name: 'Sergey Lavrov',
    aliases: ['Sergey Lavrov', 'Lavrov'],
    mentions: [
      { start: 0, end: 13, text: 'Sergey Lavrov' },
      { start: 40, end: 46, text: 'Lavrov' },
    ],
    descriptions: ['Russian foreign minister'],
    firstContext: '',
  };
  const place: Entity = {
    ...person,
    id: 'k',
    type: 'place',
    name: 'Korea',
    aliases: ['Korea'],
    descriptions: [],
    mentions: [{ start: 20, end: 25, text: 'Korea' }],
  };
  const analysis: Analysis = { textLength: 50, entities: [person, place], timeline: [], elapsedMs: 0 };

  it.each([
    ['every mention of every type', {}, ['Sergey Lavrov', 'Lavrov', 'Korea']],
    ['first mentions only', { highlightMode: 'first' as const }, ['Sergey Lavrov', 'Korea']],
    [
      'enabled types only',
      { types: { ...DEFAULT_SETTINGS.types, place: false } },
      ['Sergey Lavrov', 'Lavrov'],
    ],
    [
      'nothing when every type is off',
      { types: { person: false, organization: false, place: false, event: false } },
      [],
    ],
  ])('asks for %s', (_what, change, expected) => {
    const requests = markRequests(analysis, { ...DEFAULT_SETTINGS, ...change });
    expect(
      requests.map(
        (r) => analysis.entities.flatMap((e) => e.mentions).find((m) => m.start === r.span.start)?.text,
      ),
    ).toEqual(expected);
  });

  it("asks the browser for each type's name once, however many entities have it", () => {
    const fake = createFakeBrowser(NAMES);
    setBrowserForTesting(fake.browser);
    const other: Entity = {
      ...person,
      id: 'q',
      name: 'Wang Yi',
      mentions: [{ start: 30, end: 37, text: 'Wang Yi' }],
    };
    markRequests({ ...analysis, entities: [person, other, place] }, DEFAULT_SETTINGS);
    expect(fake.strings.filter((key) => key === 'typePerson')).toHaveLength(1);
    expect(fake.strings.filter((key) => key === 'typePlace')).toHaveLength(1);
  });

  it.each([
    [person, 'Lavrov', 'Lavrov, person: Russian foreign minister'],
    [place, 'Korea', 'Korea, place'],
  ])('names a mention for assistive technology', (entity, text, label) => {
    expect(markLabel(text, entity)).toBe(label);
  });

  describe('when an answer is lost', () => {
    const quick = { delaysMs: [10, 10], timeoutMs: 200 };
    const startAsking = (): ContentScript => {
      const script = startContentScript({
        doc: document,
        url: () => 'https://www.nationalreview.com/news/lavrov/',
        askAgain: quick,
      });
      scripts.push(script);
      return script;
    };

    it('asks again when the background stopped in the middle of an analysis, and highlights', async () => {
      let tries = 0;
      fake.handlers.analyzePage = (payload) => {
        if (++tries === 1) throw new Error('The message port closed before a response was received.');
        return NAMES(payload as PageText);
      };
      const script = startAsking();
      await script.ready;
      expect(tries).toBe(2);
      expect(script.state.marks).toBeGreaterThan(0);
    });

    it('asks again when an analysis never answers', async () => {
      let tries = 0;
      fake.handlers.analyzePage = (payload) =>
        ++tries === 1 ? new Promise<Analysis>(() => undefined) : NAMES(payload as PageText);
      const script = startAsking();
      await script.ready;
      expect(tries).toBe(2);
      expect(script.state.marks).toBeGreaterThan(0);
    });

    it('gives up after a bounded number of tries', async () => {
      let tries = 0;
      fake.handlers.analyzePage = () => {
        tries++;
        throw new Error('gone');
      };
      await startAsking().ready;
      expect(tries).toBe(quick.delaysMs.length + 1);
    });

    it('reads the page again when the popup asks (the background lost its analysis)', async () => {
      await start().ready;
      const before = fake.sent.filter((e) => e.method === 'analyzePage').length;
      expect(await fake.callContent('readAgain', {})).toBeNull();
      await vi.waitFor(() =>
        expect(fake.sent.filter((e) => e.method === 'analyzePage').length).toBe(before + 1),
      );
    });
  });
});
