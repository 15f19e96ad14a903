/**
 * The article's text as one string, with a map from every character back to the text node it came
 * from. Recognition works on the string; highlighting turns the offsets back into DOM positions at the
 * last moment. Built from `textContent` of text nodes only (no layout, no `innerText`), so the browser
 * and jsdom produce the same string from the same HTML.
 */
import { runInSlices, type Steps } from '../steps';
import { prefixLength } from '../text/span-reach';
import type { Span } from '../types';
import {
  FURNITURE_ROLES,
  hintsOf,
  isHidden,
  isNegativeHint,
  isSpaceCode,
  POSITIVE,
  textLength,
} from './dom-hints';
import {
  captionCuts,
  type Cut,
  datelineCut,
  isNonProse,
  isTeaserListLabel,
  isTeaserListLine,
} from './non-prose';
import { teaserCards } from './teaser-cards';
import { createVisibilityCheck } from './visibility';

/** One accepted text node: `text.slice(start, end)` equals `node.data.slice(nodeOffset, nodeOffset + end - start)`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Where `start` falls inside `node.data` (leading whitespace after a block boundary is left out). */
  nodeOffset: number;
}

export interface TextIndex {
  /** Accepted text in document order; blocks separated by exactly one blank line ("\n\n"). */
  text: string;
  /** Segments in document order, non-overlapping, increasing. Separators belong to no segment. */
  segments: TextSegment[];
}

/**
 * An article as the finder hands it over: the element holding it, and the parts of that element
 * whose text is the article, in document order (the headline and the body). Around the parts (a
 * byline, a standfirst, tags, share bars between the headline and the body) nothing is read. With
 * no parts, all of `root` is the article.
 */
export interface ArticleRegion {
  root: Element;
  parts: readonly Element[];
}

/** A piece of a span inside one text node, in node offsets. */
export interface NodePiece {
  node: Text;
  /** Offsets into `node.data`, half-open. */
  from: number;
  to: number;
}

/** A piece of a span inside one text node, and where its text starts in the index's `text`. */
export interface SpanPiece extends NodePiece {
  at: number;
}

/** The separator between blocks: sentences and headings never run together. */
export const BLOCK_SEPARATOR = '\n\n';

/** Elements whose content is never article text. Compared upper-case; SVG is matched by namespace too. */
const REJECTED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'DIALOG',
  'MENU',
  'LABEL',
  'DATALIST',
  'OUTPUT',
  'METER',
  'PROGRESS',
]);

/** Roles of controls and of popups that only show when opened: their labels are UI, not prose. */
const CONTROL_ROLES =
  /^(button|checkbox|combobox|listbox|option|radio|radiogroup|searchbox|slider|spinbutton|switch|textbox|menuitem|menuitemcheckbox|menuitemradio|tab|tablist|tooltip|toolbar)$/i;

/** Layout starts a new line before and after these, so their text is a block of its own. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Whether layout gives this element's text a block of its own (`P`, `LI`, `DIV`…; tag names in upper case). */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

/** Bylines, credits, share bars, photo galleries (their slides and captions) and similar blocks inside an article: not the story's prose. */
const ARTICLE_FURNITURE =
  /byline|author|credit|dateline|share|sharing|social|related|newsletter|subscribe|signup|tags?-?list|toolbar|caption-?credit|visually-?hidden|sr-only|screen-?reader|skip-?link|up-?next|read-?next|next-?preview|recommend|more-?stories|teads|inread|paywall|gallery|slideshow|carousel|slider/i;

/** The whole text of an ad slot's label. */
const AD_LABEL =
  /^\s*(advertisement|advertising|ad|sponsored|sponsored content|story continues below advertisement)\s*$/i;

/** Our own UI in the page: the hover card's host. Its text is never the page's. */
const OWN_UI = '[data-backstory-card]';

/**
 * The tag of our highlight wrappers. A wrapper is transparent to every rule here: the page's text reads
 * the same with or without our marks (a mark carries `role="button"`, which would otherwise make the
 * name it wraps a control label).
 */
export const OWN_MARK_TAG = 'backstory-mark';

const isOwnMark = (el: Element): boolean => el.localName === OWN_MARK_TAG;

/** True when an element holds only text (our marks count as text). */
function holdsOnlyText(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!isOwnMark(child) || !holdsOnlyText(child)) return false;
  }
  return true;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** True for an element whose whole subtree is left out of the article text. */
function isRejected(el: Element, rootLength: () => number, hiddenByStyle: (el: Element) => boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (REJECTED_TAGS.has(tag)) return true;
  if (el.namespaceURI === SVG_NS || el.namespaceURI === MATHML_NS) return true;
  if (isHidden(el) || hiddenByStyle(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.matches(OWN_UI)) return true;
  const role = el.getAttribute('role');
  if (role && (FURNITURE_ROLES.test(role) || CONTROL_ROLES.test(role))) return true;
  const rel = el.getAttribute('rel') ?? '';
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (/\bauthor\b/i.test(rel) || /\b(author|creator|copyrightHolder)\b/i.test(itemprop)) return true;
  // A label standing alone ("ADVERTISING") marks an ad slot, whatever its class.
  if (BLOCK_TAGS.has(tag) && holdsOnlyText(el) && AD_LABEL.test(el.textContent ?? '')) return true;
  const hints = hintsOf(el);
  if (!hints.trim()) return false;
  const furniture = ARTICLE_FURNITURE.test(hints) || (isNegativeHint(hints) && !POSITIVE.test(hints));
  // A block holding most of the article is the article, whatever its class says ("story social-ready").
  return furniture && textLength(el) < rootLength() / 2;
}

function isClosedDetails(el: Element): boolean {
  return el.tagName.toUpperCase() === 'DETAILS' && !el.hasAttribute('open');
}

/**
 * Walks `root` and indexes its text. One walker, one explicit filter: it rejects scripts, styles, form
 * controls and control roles, code, SVG/MathML, embedded frames, editable regions, what a reader
 * cannot see (hidden by markup or by the page's stylesheets, the body of a closed `<details>`,
 * closed menus, listboxes and dialogs), our own card host,
 * and furniture inside the article (navigation, bylines, photo credits, share/related/newsletter
 * blocks). Text of our own `<backstory-mark>` wrappers is kept: it is page text.
 *
 * Block-level boundaries become exactly one "\n\n"; whitespace-only text nodes next to a boundary are
 * dropped, and whitespace at the start or end of a block is trimmed; nothing else inside a node is
 * changed, so offsets map back exactly.
 */
export function buildTextIndex(article: Element | ArticleRegion): TextIndex {
  const walk = indexWalk(article);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/** How many nodes the walk visits between two chances to pause. */
const NODES_PER_STEP = 256;

export interface IndexSlices {
  /** Milliseconds one slice may run before the page gets a turn. */
  sliceMs: number;
  /** Resolves when the next slice may run. */
  yieldToPage(): Promise<void>;
  /** Asked before each slice; `false` ends the walk with `null` (a newer run took over). */
  shouldContinue?(): boolean;
  now?(): number;
}

/**
 * The same index as `buildTextIndex`, walked in slices of about `sliceMs` with a turn for the page in
 * between, so a page of tens of thousands of text nodes is never one long task. The page may change
 * between slices: the caller compares the text again before it trusts offsets (as it must anyway
 * after the analysis's round trip).
 */
export async function buildTextIndexInSlices(
  article: Element | ArticleRegion,
  slices: IndexSlices,
): Promise<TextIndex | null> {
  const run = await runInSlices(indexWalk(article), {
    sliceMs: slices.sliceMs,
    yieldNow: () => slices.yieldToPage(),
    now: slices.now ?? (() => performance.now()),
    stillWanted: () => slices.shouldContinue?.() ?? true,
  });
  return run?.value ?? null;
}

/** The walk behind both: yields every `NODES_PER_STEP` nodes, returns the index. */
function* indexWalk(article: Element | ArticleRegion): Steps<TextIndex> {
  const { root, parts } = 'root' in article ? article : { root: article, parts: [] };
  const holdsAPart = (el: Element): boolean => parts.some((part) => el.contains(part));
  // Counting the whole article's text is one pass over it that cannot pause (hundreds of ms on a
  // 200,000-word page): done only when an element's hints make it matter, which on long pages of
  // plain paragraphs is never.
  let measured: number | undefined;
  const rootLength = (): number => (measured ??= textLength(root));
  const hiddenByStyle = createVisibilityCheck(root);
  const cards = teaserCards(root, parts);
  const blocks: RawBlock[] = [];
  let current: RawBlock = newBlock(null);
  let linkDepth = 0;
  let timeDepth = 0;
  let visited = 0;

  const endBlock = (): void => {
    if (current.pieces.length > 0) blocks.push(current);
    current = newBlock(null);
  };

  // Depth first with an explicit stack (a generator cannot pause inside a recursive helper cheaply):
  // each frame is an element still open, the next child of it to visit, and what closing it undoes.
  const stack: WalkFrame[] = [
    { next: root.firstChild, block: false, link: 0, time: 0, summariesOnly: false, around: parts.length > 0 },
  ];
  while (stack.length) {
    const frame = stack[stack.length - 1] as WalkFrame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      linkDepth -= frame.link;
      timeDepth -= frame.time;
      if (frame.block) endBlock();
      continue;
    }
    frame.next = child.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (frame.summariesOnly) {
      // A closed <details> shows its <summary> only.
      if (child.nodeType !== 1 || (child as Element).tagName.toUpperCase() !== 'SUMMARY') continue;
      endBlock();
      stack.push({
        next: child.firstChild,
        block: true,
        link: 0,
        time: 0,
        summariesOnly: false,
        around: false,
      });
      continue;
    }
    if (child.nodeType === 3) {
      if (frame.around) continue;
      const node = child as Text;
      if (node.data.length === 0) continue;
      current.pieces.push({ node, from: 0, to: node.data.length });
      if (linkDepth > 0) current.linked += node.data.length;
      if (timeDepth > 0) current.timed += node.data.length;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    // Around the article's parts only the way down to them is walked.
    const around = frame.around && !parts.includes(el);
    if (around && !holdsAPart(el)) continue;
    if (isOwnMark(el)) {
      stack.push({ next: el.firstChild, block: false, link: 0, time: 0, summariesOnly: false, around });
      continue;
    }
    const tag = el.tagName.toUpperCase();
    const block = BLOCK_TAGS.has(tag);
    if (block) endBlock();
    if (cards.has(el) || isRejected(el, rootLength, hiddenByStyle)) {
      if (block) endBlock();
      continue;
    }
    if (block && current.pieces.length === 0) current.opener = el;
    const link = tag === 'A' ? 1 : 0;
    const time = tag === 'TIME' ? 1 : 0;
    linkDepth += link;
    timeDepth += time;
    stack.push({ next: el.firstChild, block, link, time, summariesOnly: isClosedDetails(el), around });
  }
  endBlock();
  const trimmed: RawBlock[] = [];
  for (const block of blocks) {
    if (++visited % BLOCKS_PER_STEP === 0) yield;
    const t = trimBlock(block);
    if (t.pieces.length > 0) trimmed.push(t);
  }
  yield;
  const prose = yield* keepProse(trimmed, root);
  yield;
  return yield* assemble(prose);
}

/** Blocks trimmed, judged or joined between two chances to pause. */
const BLOCKS_PER_STEP = 128;

/** One open element of the walk: its next child to visit, and what closing it undoes. */
interface WalkFrame {
  next: Node | null;
  block: boolean;
  link: number;
  time: number;
  summariesOnly: boolean;
  /** The element holds a part of the article without being inside one: its own text is not read. */
  around: boolean;
}

/** Text-node pieces between two block boundaries, as the walk found them. */
interface RawBlock {
  pieces: NodePiece[];
  /** The block element that opened the block, when it did (for its place on the page). */
  opener: Element | null;
  linked: number;
  timed: number;
}

function newBlock(opener: Element | null): RawBlock {
  return { pieces: [], opener, linked: 0, timed: 0 };
}

/** Leaves out whitespace at a block's start and end, so blocks begin and end on a word. */
function trimBlock(block: RawBlock): RawBlock {
  const pieces = block.pieces.map((p) => ({ ...p }));
  while (pieces.length > 0) {
    const first = pieces[0] as NodePiece;
    while (first.from < first.to && isSpaceCode(first.node.data.charCodeAt(first.from))) first.from++;
    if (first.from < first.to) break;
    pieces.shift();
  }
  while (pieces.length > 0) {
    const last = pieces[pieces.length - 1] as NodePiece;
    while (last.to > last.from && isSpaceCode(last.node.data.charCodeAt(last.to - 1))) last.to--;
    if (last.to > last.from) break;
    pieces.pop();
  }
  return { ...block, pieces };
}

function textOf(block: RawBlock): string {
  return block.pieces.map((p) => p.node.data.slice(p.from, p.to)).join('');
}

/**
 * The article's blocks without what is not its prose (`non-prose`): whole blocks dropped, a
 * dateline's agency and dash and a caption's credit cut out. A cut that keeps text on both sides
 * makes two blocks.
 */
function* keepProse(blocks: RawBlock[], root: Element): Generator<void, RawBlock[], void> {
  const headline = root.querySelector('h1');
  const headlineAt = headline ? blocks.findIndex((b) => headline.contains(b.pieces[0]?.node ?? null)) : -1;
  const kept: RawBlock[] = [];
  let storyStarted = false;
  // Under a "Don't miss" or "More great … stories" label, the linked lines are other stories' titles,
  // up to the first line that is not one.
  let teaserList = false;
  for (const [i, block] of blocks.entries()) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const text = textOf(block);
    const heading = block.opener !== null && /^H[1-6]$/.test(block.opener.tagName.toUpperCase());
    const facts = { text, linked: block.linked, timed: block.timed, beforeHeadline: i < headlineAt, heading };
    teaserList = (teaserList && isTeaserListLine(facts)) || isTeaserListLabel(text);
    if (teaserList || isNonProse(facts)) continue;
    const cuts = captionCuts(text);
    // A dateline opens the story: its first prose block.
    if (!storyStarted && !heading && text.length > 80) {
      storyStarted = true;
      const dateline = datelineCut(text);
      if (dateline) cuts.unshift(dateline);
    }
    for (const part of cutBlock(block, cuts)) {
      const trimmed = trimBlock(part);
      if (trimmed.pieces.length > 0) kept.push(trimmed);
    }
  }
  return kept;
}

/** A block with the given text ranges left out, as the blocks that remain. */
function cutBlock(block: RawBlock, cuts: Cut[]): RawBlock[] {
  if (cuts.length === 0) return [block];
  const parts: RawBlock[] = [];
  let part = newBlock(block.opener);
  let offset = 0;
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  for (const piece of block.pieces) {
    const length = piece.to - piece.from;
    let from = 0;
    for (const cut of sorted) {
      const start = Math.max(cut.start - offset, 0);
      const end = Math.min(cut.end - offset, length);
      if (end <= from || start >= length) continue;
      if (start > from)
        part.pieces.push({ node: piece.node, from: piece.from + from, to: piece.from + start });
      if (part.pieces.length > 0) parts.push(part);
      part = newBlock(block.opener);
      from = Math.max(from, end);
    }
    if (from < length) part.pieces.push({ node: piece.node, from: piece.from + from, to: piece.to });
    offset += length;
  }
  if (part.pieces.length > 0) parts.push(part);
  return parts;
}

/** The index of the kept blocks: their text joined by exactly one separator each. */
function* assemble(blocks: RawBlock[]): Generator<void, TextIndex, void> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  for (const [i, block] of blocks.entries()) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    if (length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    for (const piece of block.pieces) {
      const text = piece.node.data.slice(piece.from, piece.to);
      segments.push({ node: piece.node, start: length, end: length + text.length, nodeOffset: piece.from });
      parts.push(text);
      length += text.length;
    }
  }
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is after `pos` (binary search). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], pos: number): number {
  return prefixLength(segments.length, (i) => (segments[i] as TextSegment).end <= pos);
}

/**
 * The text-node pieces a span covers, in document order. Separators between blocks are skipped, so
 * a span crossing inline elements ("<b>Kim</b> Jong Un") yields one piece per text node.
 */
export function piecesOfSpan(index: TextIndex, span: Span): SpanPiece[] {
  const pieces: SpanPiece[] = [];
  if (span.end <= span.start) return pieces;
  for (let i = firstSegmentEndingAfter(index.segments, span.start); i < index.segments.length; i++) {
    const seg = index.segments[i] as TextSegment;
    if (seg.start >= span.end) break;
    const from = Math.max(span.start, seg.start) - seg.start + seg.nodeOffset;
    const to = Math.min(span.end, seg.end) - seg.start + seg.nodeOffset;
    if (to > from) pieces.push({ node: seg.node, from, to, at: Math.max(span.start, seg.start) });
  }
  return pieces;
}

/**
 * A live `Range` over a span of the index's text, or `null` when the span covers no text (out of
 * bounds, or only a separator). Call it just before use: later DOM changes invalidate it.
 */
export function rangeFromSpan(index: TextIndex, span: Span): Range | null {
  const pieces = piecesOfSpan(index, span);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
