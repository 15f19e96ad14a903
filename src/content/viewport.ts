/**
 * Where the reader is in the article: the text they see first is highlighted first on a long page.
 * Layout is asked about a handful of nodes only (a binary search), never every node.
 */
import { BLOCK_SEPARATOR, type TextIndex } from '../core/page/text-index';

/**
 * The index of the first of `nodes` (document order) whose element reaches the top of the viewport or
 * below: the reader sees it or will scroll down to it. Assumes the article flows down the page in
 * document order, as articles do; a node without layout (jsdom, a hidden element) counts as in view.
 */
export function firstNodeInView(nodes: readonly Text[]): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = nodes[mid]?.parentElement?.getBoundingClientRect();
    if (rect && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of a long article analysed first: about this many characters from where the reader is,
 * a few screens of text. Its analysis is what the reader waits for before the first highlight: 20,000
 * characters took the background 160-190 ms on a quiet machine, 8,000 about 100.
 */
export const READERS_PART_CHARS = 8_000;

/** A stretch of the article's text, whole blocks. */
export interface TextPart {
  start: number;
  end: number;
  text: string;
}

/**
 * On a long article, the reader's part: whole blocks from the one in view (or below it) on, about
 * `chars` characters. Null when the article is not much longer than that: it is read whole at once.
 */
export function readersPart(index: TextIndex, chars = READERS_PART_CHARS): TextPart | null {
  const { text, segments } = index;
  if (text.length < chars * 2) return null;
  const inView = segments[firstNodeInView(segments.map((s) => s.node))]?.start ?? 0;
  const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, inView);
  const start = blockStart === -1 ? 0 : blockStart + BLOCK_SEPARATOR.length;
  const blockEnd = text.indexOf(BLOCK_SEPARATOR, start + chars);
  const end = blockEnd === -1 ? text.length : blockEnd;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Whether the text nodes of `part` still hold the text the index read: the page may have changed
 * while the part was analysed. Only the part's nodes are looked at, not the whole article's.
 */
export function partStillOnPage(index: TextIndex, part: TextPart): boolean {
  for (const segment of index.segments) {
    if (segment.end <= part.start) continue;
    if (segment.start >= part.end) break;
    const length = segment.end - segment.start;
    const now = segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + length);
    if (!segment.node.isConnected || now !== index.text.slice(segment.start, segment.end)) return false;
  }
  return true;
}
