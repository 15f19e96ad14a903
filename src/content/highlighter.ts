/**
 * Highlights mentions in the page by wrapping text nodes, and only text nodes: page elements are never
 * moved, and removing the highlights merges the split text back into the page's own nodes, so the
 * page's `innerHTML` (and any framework's references to its text nodes) come back exactly.
 */
import type { EntityType, Span } from '../core/types';
import { piecesOfSpan, type NodePiece, type TextIndex } from '../core/page/text-index';

/** The wrapper's tag: a project-prefixed custom element, which page CSS is less likely to hide than a span. */
export const MARK_TAG = 'backstory-mark';

/** Shared by every wrapper of one mention; unique within the page. */
export const MENTION_ATTRIBUTE = 'data-backstory-mention';

/** Distinguishes the mentions of successive `highlight` calls on one page. */
let calls = 0;

/** One mention to highlight. */
export interface MarkRequest {
  span: Span;
  /** Same for every mention of one entity; becomes `data-backstory-id`. */
  entityId: string;
  type: EntityType;
  /** Accessible name of the mention ("Lavrov, person: Russian foreign minister"). */
  label: string;
}

/** A drawn mention: its wrappers in document order (more than one when it crosses inline elements). */
export interface DrawnMark {
  request: MarkRequest;
  /** The first wrapper is the one that takes focus and carries the accessible name. */
  elements: HTMLElement[];
}

export interface HighlightHandle {
  /** Drawn mentions in document order; requests that overlapped an earlier one or covered no text are absent. */
  marks: DrawnMark[];
  /** Unwraps every highlight and merges the split text nodes back. Safe to call twice. */
  remove(): void;
}

/** Inside these, a mark must not become a second interactive control (nested interactive content). */
const INTERACTIVE_ANCESTOR = 'a[href], button, [role="button"], [role="link"], label, summary';

function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Keeps non-overlapping requests, earliest first; of two starting together the longer wins. */
function withoutOverlaps(requests: readonly MarkRequest[]): MarkRequest[] {
  const sorted = [...requests]
    .filter((r) => r.span.end > r.span.start)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: MarkRequest[] = [];
  let reached = -1;
  for (const r of sorted) {
    if (r.span.start < reached) continue;
    kept.push(r);
    reached = r.span.end;
  }
  return kept;
}

interface PlannedPiece extends NodePiece {
  /** Index of the mark (in `kept`) the piece belongs to. */
  mark: number;
}

/**
 * Wraps each requested span in `<backstory-mark>` elements. Offsets are resolved against the index
 * before anything changes, then nodes are split from the end backwards so each split leaves the
 * offsets still to be used valid. Whitespace-only runs (between table cells, list items, inline
 * elements) are not wrapped.
 */
export function highlight(index: TextIndex, requests: readonly MarkRequest[]): HighlightHandle {
  const kept = withoutOverlaps(requests);
  const idPrefix = `${(calls++).toString(36)}-`;
  const drawn: DrawnMark[] = kept.map((request) => ({ request, elements: [] }));
  const byNode = new Map<Text, PlannedPiece[]>();
  kept.forEach((request, mark) => {
    for (const piece of piecesOfSpan(index, request.span)) {
      if (!piece.node.isConnected || isBlank(piece.node.data.slice(piece.from, piece.to))) continue;
      const list = byNode.get(piece.node) ?? [];
      list.push({ ...piece, mark });
      byNode.set(piece.node, list);
    }
  });

  /** Text nodes made by our splits; on removal they are merged back into the node before them. */
  const created = new Set<Text>();
  const split = new Set<Text>();
  const wrappers: HTMLElement[] = [];

  for (const [node, pieces] of byNode) {
    const doc = node.ownerDocument;
    pieces.sort((a, b) => b.from - a.from);
    for (const piece of pieces) {
      let target = node;
      if (piece.to < target.data.length) {
        created.add(target.splitText(piece.to));
        split.add(node);
      }
      if (piece.from > 0) {
        target = target.splitText(piece.from);
        created.add(target);
        split.add(node);
      }
      const parent = target.parentNode;
      if (!parent) continue;
      const wrapper = doc.createElement(MARK_TAG);
      parent.insertBefore(wrapper, target);
      wrapper.appendChild(target);
      wrappers.push(wrapper);
      (drawn[piece.mark] as DrawnMark).elements.push(wrapper);
    }
  }

  // Attributes last, once every wrapper of a mark exists and their order is known.
  drawn.forEach((mark, n) => {
    mark.elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    mark.elements.forEach((el, i) => {
      el.setAttribute('data-backstory-id', mark.request.entityId);
      el.setAttribute('data-backstory-type', mark.request.type);
      // Groups the wrappers of one mention, for positioning the card and for "reveal".
      el.setAttribute(MENTION_ATTRIBUTE, `${idPrefix}${n}`);
      if (i > 0) {
        el.setAttribute('data-backstory-continued', '');
        return;
      }
      el.setAttribute('aria-label', mark.request.label);
      if (el.parentElement?.closest(INTERACTIVE_ANCESTOR)) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-haspopup', 'dialog');
    });
  });

  let removed = false;
  return {
    marks: drawn.filter((m) => m.elements.length > 0),
    remove() {
      if (removed) return;
      removed = true;
      for (const wrapper of wrappers) unwrap(wrapper);
      for (const node of split) mergeFollowing(node, created);
    },
  };
}

/** Puts a wrapper's children back where the wrapper was. */
function unwrap(wrapper: HTMLElement): void {
  const parent = wrapper.parentNode;
  if (!parent) return;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  wrapper.remove();
}

/** Merges the text nodes our splits made back into the page's original node. */
function mergeFollowing(node: Text, created: Set<Text>): void {
  for (let next = node.nextSibling; next && created.has(next as Text); next = node.nextSibling) {
    node.appendData((next as Text).data);
    next.remove();
  }
}

/** The highlight wrapper an event target sits in, if any. */
export function markOf(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  const el = node && node.nodeType === 3 ? node.parentElement : (node as Element | null);
  return el && typeof el.closest === 'function' ? el.closest<HTMLElement>(MARK_TAG) : null;
}

/** All wrappers of the mention a wrapper belongs to, in document order. */
export function mentionElements(mark: HTMLElement): HTMLElement[] {
  const id = mark.getAttribute(MENTION_ATTRIBUTE);
  if (!id) return [mark];
  return [...mark.ownerDocument.querySelectorAll<HTMLElement>(`${MARK_TAG}[${MENTION_ATTRIBUTE}="${id}"]`)];
}
