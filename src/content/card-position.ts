/**
 * Keeps a floating card beside its mention (below it, or above when there is no room) as the page
 * scrolls, resizes or reflows, and never taller than the room on that side.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { mentionElements } from './highlighter';

/** The least height a card is squeezed to when the room is short: any less and it is all scrolling. */
export const MIN_CARD_HEIGHT = 160;

/** One reference box over every wrapper of a mention, so `inline()` can pick the right line. */
function referenceFor(mark: HTMLElement): VirtualElement {
  const pieces = mentionElements(mark);
  const rects = (): DOMRect[] => pieces.flatMap((p) => [...p.getClientRects()]);
  return {
    contextElement: mark,
    getClientRects: rects,
    getBoundingClientRect: () => {
      const all = rects();
      if (all.length === 0) return mark.getBoundingClientRect();
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return DOMRect.fromRect({ x: left, y: top, width: right - left, height: bottom - top });
    },
  };
}

/** Places `host` beside `mark` and keeps it there; the returned function stops following. */
export function followMention(mark: HTMLElement, host: HTMLElement): () => void {
  const view = mark.ownerDocument.defaultView;
  const reference = referenceFor(mark);
  let following = true;
  const place = (): void => {
    void computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Neither side has room for the whole card: it scrolls within the space there is.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            host.style.setProperty(
              '--bs-max-height',
              `${Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight))}px`,
            );
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (!following) return;
      Object.assign(host.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
    });
  };
  const stop = autoUpdate(reference, host, place, {
    // Engines without these observers (jsdom, old WebViews) still get scroll and resize updates.
    elementResize: typeof view?.ResizeObserver === 'function',
    layoutShift: typeof view?.IntersectionObserver === 'function',
  });
  return () => {
    following = false;
    stop();
  };
}
