/**
 * Highlights mentions in the page by wrapping text nodes, and only text nodes: page elements are never
 * moved, and removing the highlights merges the split text back into the page's own nodes, so the
 * page's `innerHTML` (and any framework's references to its text nodes) come back exactly.
 */
import type { EntityType, Span } from '../core/types';
import { OWN_MARK_TAG, piecesOfSpan, type TextIndex } from '../core/page/text-index';
import { pacer, runToEnd, type Steps } from '../core/steps';
import { SLICE_MS, yieldToPage } from './slices';

/** The wrapper's tag: a project-prefixed custom element, which page CSS is less likely to hide than a span. */
export const MARK_TAG = OWN_MARK_TAG;

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
  /**
   * Drawn mentions in document order; requests that overlapped an earlier one or covered no text are
   * absent, and so are mentions a sliced run has not finished yet.
   */
  readonly marks: readonly DrawnMark[];
  /**
   * Unwraps every highlight and merges the split text nodes back. A page node we split that has since
   * changed (or left its parent) belongs to whoever changed it: the text we split off it is dropped
   * instead, so the page keeps what its framework wrote. Safe to call twice.
   */
  remove(): void;
  /** True for nodes this highlighting made or split: its wrappers, their text, the page nodes split. */
  touches(node: Node): boolean;
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

/** The pieces of one text node to wrap, and the text it held when their offsets were resolved. */
interface PlannedNode {
  node: Text;
  data: string;
  pieces: { from: number; to: number; mark: number; slot: number }[];
}

/** How a sliced run ended. */
export type HighlightOutcome =
  /** Every mention was drawn. */
  | 'done'
  /** The text of a node still to be wrapped changed or left the page: the offsets no longer hold. */
  | 'changed'
  /** `remove()` was called, or `shouldContinue` said no, before the last slice. */
  | 'stopped';

export interface HighlightSliceOptions {
  /** Milliseconds one slice may run before yielding (default `SLICE_MS`). At least one node is wrapped per slice. */
  sliceMs?: number;
  /** Resolves when the next slice may run (default `yieldToPage`). */
  yieldToPage?: () => Promise<void>;
  /** Asked before each slice; `false` ends the run (a newer analysis, the copy left the page). */
  shouldContinue?: () => boolean;
  /** Runs one slice's DOM changes (the page watch uses it to tell our mutations from the page's). */
  runSlice?: (slice: () => void) => void;
  /** The clock slices are measured with (default `performance.now`). */
  now?: () => number;
  /**
   * Where drawing starts: the index, among the text nodes to wrap (document order), of the first one
   * the reader sees. Those from there on are drawn first, then the ones before it, nearest first.
   * Default 0: document order.
   */
  startAt?: (nodes: readonly Text[]) => number;
}

export interface HighlightRun {
  /** Live from the start: `marks` grows as slices complete mentions; `remove()` works at any point. */
  handle: HighlightHandle;
  /** Settles once the run ends; never rejects for a page that changed (that is `'changed'`). */
  done: Promise<HighlightOutcome>;
}

/**
 * Resolves every span to text-node pieces before anything changes, grouped by node in document order,
 * and returns a drawing that wraps one node at a time. Within a node, pieces are split from the end
 * backwards so each split leaves the offsets still to be used valid; nodes are independent of each
 * other, so the drawing may pause between any two nodes.
 */
function* planDrawing(
  index: TextIndex,
  requests: readonly MarkRequest[],
  startAt: (nodes: readonly Text[]) => number = () => 0,
): Steps<Drawing> {
  const kept = withoutOverlaps(requests);
  const idPrefix = `${(calls++).toString(36)}-`;
  const byNode = new Map<Text, PlannedNode>();
  /** Per mark: its wrappers by piece order (document order), and how many are still to draw. */
  const slots: (HTMLElement | undefined)[][] = [];
  const pending: number[] = [];
  const pause = pacer(PLANNED_PER_STEP);
  for (let mark = 0; mark < kept.length; mark++) {
    if (pause()) yield;
    const request = kept[mark] as MarkRequest;
    let slot = 0;
    for (const piece of piecesOfSpan(index, request.span)) {
      const { node, from, to, at } = piece;
      const pieceText = node.data.slice(from, to);
      if (!node.isConnected || isBlank(pieceText)) continue;
      // A sliced plan gives the page turns: a node rewritten since the index was read is not drawn
      // on (its recorded text can never match, so drawing it ends the run as 'changed').
      const data = pieceText === index.text.slice(at, at + (to - from)) ? node.data : CHANGED;
      const planned = byNode.get(node) ?? { node, data, pieces: [] };
      if (data === CHANGED) planned.data = CHANGED;
      planned.pieces.push({ from, to, mark, slot: slot++ });
      byNode.set(node, planned);
    }
    slots.push([]);
    pending.push(slot);
  }
  const inOrder = [...byNode.values()];
  for (const planned of inOrder) {
    if (pause()) yield;
    planned.pieces.sort((a, b) => b.from - a.from);
  }
  // What the reader sees first is drawn first; what is above it last, nearest first.
  const first = Math.max(0, Math.min(inOrder.length, startAt(inOrder.map((p) => p.node))));
  const nodes = [...inOrder.slice(first), ...inOrder.slice(0, first).reverse()];

  /** Completed mentions by their index in document order; `marks` lists them compacted. */
  const drawnByMark: (DrawnMark | undefined)[] = [];
  let drawn: DrawnMark[] | null = null;
  /** Text nodes made by our splits; on removal they are merged back into the node before them. */
  const created = new Set<Text>();
  /** Page nodes we split: the text each held after its split, and its parent then. */
  const split = new Map<Text, { data: string; parent: ParentNode | null }>();
  /** Per page node split, the nodes split off it, for dropping them if the page changed the node. */
  const splitOff = new Map<Text, Text[]>();
  const wrappers = new Set<HTMLElement>();
  /** The page element each wrapper goes into: attributes are set before the wrapper is in the page. */
  const placedIn = new WeakMap<HTMLElement, Element | null>();
  let next = 0;
  let removed = false;

  /** Attributes go on once every wrapper of a mention exists, so the first one in the page is known. */
  const finish = (mark: number): void => {
    const request = kept[mark] as MarkRequest;
    const elements = (slots[mark] ?? []).filter((el): el is HTMLElement => !!el);
    if (elements.length === 0) return;
    elements.forEach((el, i) => {
      el.setAttribute('data-backstory-id', request.entityId);
      el.setAttribute('data-backstory-type', request.type);
      // Groups the wrappers of one mention, for positioning the card and for "reveal".
      el.setAttribute(MENTION_ATTRIBUTE, `${idPrefix}${mark}`);
      if (i > 0) {
        el.setAttribute('data-backstory-continued', '');
        return;
      }
      el.setAttribute('aria-label', request.label);
      if ((el.parentElement ?? placedIn.get(el))?.closest(INTERACTIVE_ANCESTOR)) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-haspopup', 'dialog');
    });
    drawnByMark[mark] = { request, elements };
    drawn = null;
  };

  /** Wraps the pieces of the next node; false when its text is not what the offsets were resolved on. */
  const drawNext = (): boolean => {
    const { node, data, pieces } = nodes[next] as PlannedNode;
    const parent = node.parentNode;
    if (!parent || !node.isConnected || node.data !== data) return false;
    next++;
    const doc = node.ownerDocument;
    const completed: number[] = [];
    const made = splitOff.get(node) ?? [];
    splitOff.set(node, made);
    // The node's text from the first piece on is rebuilt off the page, in document order: the
    // wrappers (attributes and all) and the text between and after them, as new text nodes. The page
    // then sees two changes per node, however many mentions it holds: one insertion, and its own
    // node cut short. Wrapping in place took seven (two splits, each an insertion and a cut, the
    // wrapper's insertion, and the text's move into it), and each is a record for every mutation
    // observer on the page and, for wrappers already in the page, a style invalidation.
    const fragment = doc.createDocumentFragment();
    const text = (from: number, to: number): Text => {
      const fresh = doc.createTextNode(data.slice(from, to));
      made.push(fresh);
      created.add(fresh);
      return fresh;
    };
    // Pieces were sorted from the end backwards (see `planDrawing`).
    const first = (pieces[pieces.length - 1] as PlannedNode['pieces'][number]).from;
    let at = first;
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i] as PlannedNode['pieces'][number];
      if (piece.from > at) fragment.append(text(at, piece.from));
      const wrapper = doc.createElement(MARK_TAG);
      wrapper.append(text(piece.from, piece.to));
      fragment.append(wrapper);
      wrappers.add(wrapper);
      placedIn.set(wrapper, node.parentElement);
      (slots[piece.mark] as (HTMLElement | undefined)[])[piece.slot] = wrapper;
      if (--(pending[piece.mark] as number) === 0) completed.push(piece.mark);
      at = piece.to;
    }
    if (at < data.length) fragment.append(text(at, data.length));
    // Attributes go on before the wrappers are in the page: set later, each would restyle the mark.
    for (const mark of completed) finish(mark);
    parent.insertBefore(fragment, node.nextSibling);
    // Cut even at offset 0: the page's own node is never the one we wrap. It stays in its parent
    // (empty, until removal merges the text back), so a framework that later calls
    // `parent.removeChild(original)` still finds it there instead of throwing NotFoundError.
    node.deleteData(first, data.length - first);
    // What the page's node holds now; if it differs at removal, the page wrote to it meanwhile.
    split.set(node, { data: node.data, parent: node.parentNode });
    return true;
  };

  const handle: HighlightHandle = {
    get marks() {
      drawn ??= drawnByMark.filter((m): m is DrawnMark => !!m);
      return drawn;
    },
    remove() {
      if (removed) return;
      removed = true;
      const ours = (node: Node): boolean => wrappers.has(node as HTMLElement) || created.has(node as Text);
      for (const [node, after] of split) {
        if (node.data === after.data && node.parentNode === after.parent) {
          // What we drew after the page's node, wrappers and text, goes back into it in one write, and
          // each of our nodes leaves once: unwrapping first, then merging, told the page's mutation
          // observers of five changes per mark.
          let text = '';
          const run: ChildNode[] = [];
          for (let next = node.nextSibling; next && ours(next); next = next.nextSibling) {
            run.push(next);
            text += next.textContent ?? '';
          }
          if (text) node.appendData(text);
          for (const drawn of run) drawn.remove();
          continue;
        }
        // Merging text we split off before a node's new text would leave the page reading old and new
        // at once, for good; the page's node already says what the page wants.
        for (const text of splitOff.get(node) ?? []) {
          const holder = text.parentNode;
          if (holder && ours(holder) && holder.childNodes.length === 1) (holder as HTMLElement).remove();
          else text.remove();
        }
      }
      // Wrappers the page moved away from the node they were drawn beside: their text stays where the
      // page put it.
      for (const wrapper of wrappers) if (wrapper.isConnected) unwrap(wrapper);
    },
    touches(node) {
      if (removed) return false;
      if (node.nodeType === 3) return created.has(node as Text) || split.has(node as Text);
      return wrappers.has(node as HTMLElement);
    },
  };

  return {
    handle,
    get removed() {
      return removed;
    },
    get finished() {
      return next >= nodes.length;
    },
    drawNext,
  };
}

/** A planned drawing: wraps one text node per `drawNext`. */
interface Drawing {
  handle: HighlightHandle;
  readonly removed: boolean;
  readonly finished: boolean;
  drawNext(): boolean;
}

/** Mentions (and then nodes) planned between two chances to pause: a long article has tens of thousands. */
const PLANNED_PER_STEP = 512;

/** A node's recorded text when the page rewrote it after the index was read: no node holds it. */
const CHANGED = '\u0000changed';

/**
 * Wraps each requested span in `<backstory-mark>` elements, all at once. Offsets are resolved against
 * the index before anything changes. Whitespace-only runs (between table cells, list items, inline
 * elements) are not wrapped.
 */
export function highlight(index: TextIndex, requests: readonly MarkRequest[]): HighlightHandle {
  const drawing = runToEnd(planDrawing(index, requests));
  while (!drawing.finished && drawing.drawNext());
  return drawing.handle;
}

/**
 * Draws the same highlights as `highlight`, in slices of about `sliceMs`, giving the page a turn in
 * between, so hundreds of mentions never make one long task. Before each node is wrapped its text is
 * compared with the text the offsets were resolved on; if the page changed it (or took it out), the run
 * ends with `'changed'` and what was drawn stays, consistent and removable. The handle's `remove()`
 * restores the page exactly whether the run finished, stopped or is still going (it also ends it).
 */
export function highlightInSlices(
  index: TextIndex,
  requests: readonly MarkRequest[],
  options: HighlightSliceOptions = {},
): HighlightRun {
  const {
    sliceMs = SLICE_MS,
    yieldToPage: nextTurn = yieldToPage,
    shouldContinue = () => true,
    runSlice = (slice) => slice(),
    now = () => performance.now(),
    startAt,
  } = options;
  // Planning tens of thousands of mentions is itself sliced; until it is done the handle has drawn
  // nothing, and a `remove()` meanwhile ends the run before anything is drawn.
  let drawing: Drawing | null = null;
  let removedEarly = false;
  const handle: HighlightHandle = {
    get marks() {
      return drawing?.handle.marks ?? [];
    },
    remove() {
      if (drawing) drawing.handle.remove();
      else removedEarly = true;
    },
    touches: (node) => drawing?.handle.touches(node) ?? false,
  };
  const slice = (drawing: Drawing): HighlightOutcome | null => {
    let outcome: HighlightOutcome | null = null;
    runSlice(() => {
      const started = now();
      do {
        if (drawing.finished) outcome = 'done';
        else if (!drawing.drawNext()) outcome = 'changed';
      } while (!outcome && now() - started < sliceMs);
    });
    return outcome ?? (drawing.finished ? 'done' : null);
  };
  const done = (async (): Promise<HighlightOutcome> => {
    // Up to the first turn this runs at once: a plan of a few hundred mentions is one step, and the
    // first slice is drawn before `highlightInSlices` returns.
    const planning = planDrawing(index, requests, startAt);
    let planned: Drawing;
    for (;;) {
      if (removedEarly || !shouldContinue()) return 'stopped';
      const started = now();
      let step = planning.next();
      while (!step.done && now() - started < sliceMs) step = planning.next();
      if (step.done) {
        planned = step.value;
        break;
      }
      await nextTurn();
    }
    drawing = planned;
    for (;;) {
      if (planned.removed || !shouldContinue()) return 'stopped';
      const outcome = slice(planned);
      if (outcome) return outcome;
      await nextTurn();
    }
  })();
  return { handle, done };
}

/** Puts a wrapper's children back where the wrapper was. */
function unwrap(wrapper: HTMLElement): void {
  const parent = wrapper.parentNode;
  if (!parent) return;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  wrapper.remove();
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
