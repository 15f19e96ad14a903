/**
 * Where the reader is in the article: the text they see first is highlighted first on a long page.
 * Layout is asked about a handful of nodes only (a binary search), never every node.
 */

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
