/**
 * The article's text as one string, with a map from every character back to the text node it came
 * from. Recognition works on the string; highlighting turns the offsets back into DOM positions at the
 * last moment. Built from `textContent` of text nodes only (no layout, no `innerText`), so the browser
 * and jsdom produce the same string from the same HTML.
 */
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

/** A piece of a span inside one text node, in node offsets. */
export interface NodePiece {
  node: Text;
  /** Offsets into `node.data`, half-open. */
  from: number;
  to: number;
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
]);

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

/** Bylines, credits, share bars and similar blocks inside an article: not the story's prose. */
const ARTICLE_FURNITURE =
  /byline|author|credit|dateline|share|sharing|social|related|newsletter|subscribe|signup|tags?-?list|toolbar|caption-?credit|visually-?hidden|sr-only|screen-?reader|skip-?link|up-?next|read-?next|next-?preview|recommend|more-?stories|teads|inread|paywall/i;

/** The whole text of an ad slot's label. */
const AD_LABEL =
  /^\s*(advertisement|advertising|ad|sponsored|sponsored content|story continues below advertisement)\s*$/i;

/** Our own UI in the page: the hover card's host. Its text is never the page's. */
const OWN_UI = '[data-backstory-card]';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** True for an element whose whole subtree is left out of the article text. */
function isRejected(el: Element, rootLength: number): boolean {
  const tag = el.tagName.toUpperCase();
  if (REJECTED_TAGS.has(tag)) return true;
  if (el.namespaceURI === SVG_NS || el.namespaceURI === MATHML_NS) return true;
  if (isHidden(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.matches(OWN_UI)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const rel = el.getAttribute('rel') ?? '';
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (/\bauthor\b/i.test(rel) || /\b(author|creator|copyrightHolder)\b/i.test(itemprop)) return true;
  // A label standing alone ("ADVERTISING") marks an ad slot, whatever its class.
  if (BLOCK_TAGS.has(tag) && el.childElementCount === 0 && AD_LABEL.test(el.textContent ?? '')) return true;
  const hints = hintsOf(el);
  if (!hints.trim()) return false;
  const furniture = ARTICLE_FURNITURE.test(hints) || (isNegativeHint(hints) && !POSITIVE.test(hints));
  // A block holding most of the article is the article, whatever its class says ("story social-ready").
  return furniture && textLength(el) < rootLength / 2;
}

/**
 * Walks `root` and indexes its text. One walker, one explicit filter: it rejects scripts, styles, form
 * controls, code, SVG/MathML, embedded frames, editable regions, hidden elements, our own card host,
 * and furniture inside the article (navigation, bylines, photo credits, share/related/newsletter
 * blocks). Text of our own `<backstory-mark>` wrappers is kept: it is page text.
 *
 * Block-level boundaries become exactly one "\n\n"; whitespace-only text nodes next to a boundary are
 * dropped, and whitespace at the start or end of a block is trimmed; nothing else inside a node is
 * changed, so offsets map back exactly.
 */
export function buildTextIndex(root: Element): TextIndex {
  const rootLength = textLength(root);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;

  const endBlock = (): void => {
    pendingBreak = true;
    // Trim trailing whitespace of the block just closed, so blocks end on their last word.
    const last = segments[segments.length - 1];
    if (!last) return;
    const lastPart = parts[parts.length - 1] ?? '';
    let trim = 0;
    while (trim < lastPart.length && isSpaceCode(lastPart.charCodeAt(lastPart.length - 1 - trim))) trim++;
    if (trim === 0) return;
    if (trim === lastPart.length) {
      parts.pop();
      segments.pop();
      length -= trim;
      // The segment before may now end the block with whitespace of its own.
      endBlock();
      return;
    }
    parts[parts.length - 1] = lastPart.slice(0, lastPart.length - trim);
    last.end -= trim;
    length -= trim;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    let from = 0;
    if (pendingBreak || length === 0) {
      while (from < data.length && isSpaceCode(data.charCodeAt(from))) from++;
    }
    if (from === data.length) return;
    if (pendingBreak && length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    pendingBreak = false;
    const piece = from === 0 ? data : data.slice(from);
    segments.push({ node, start: length, end: length + piece.length, nodeOffset: from });
    parts.push(piece);
    length += piece.length;
  };

  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) endBlock();
      if (!isRejected(el, rootLength)) visit(el);
      if (block) endBlock();
    }
  };

  visit(root);
  endBlock();
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is after `pos` (binary search). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text-node pieces a span covers, in document order. Separators between blocks are skipped, so
 * a span crossing inline elements ("<b>Kim</b> Jong Un") yields one piece per text node.
 */
export function piecesOfSpan(index: TextIndex, span: Span): NodePiece[] {
  const pieces: NodePiece[] = [];
  if (span.end <= span.start) return pieces;
  for (let i = firstSegmentEndingAfter(index.segments, span.start); i < index.segments.length; i++) {
    const seg = index.segments[i] as TextSegment;
    if (seg.start >= span.end) break;
    const from = Math.max(span.start, seg.start) - seg.start + seg.nodeOffset;
    const to = Math.min(span.end, seg.end) - seg.start + seg.nodeOffset;
    if (to > from) pieces.push({ node: seg.node, from, to });
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
