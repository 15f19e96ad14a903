/**
 * What a reader cannot see is never read. The text walker asks `createVisibilityCheck(root)` about
 * every element under the article; the answer comes from:
 *
 * - the markup (`hidden`, `aria-hidden="true"`, an inline `display:none`), the same everywhere
 *   (`isHidden` in dom-hints; the text walker itself reads only the `<summary>` of a closed `<details>`);
 * - in a browser, `checkVisibility()`: the stylesheets as the page lays itself out (a caption-font
 *   menu hidden by a class, a collapsed drawer, the body of a closed `<details>`);
 * - in jsdom, which has no layout, the page's own style sheets as far as jsdom cascades them: an
 *   element matching a rule that sets `display:none` or `visibility:hidden` is hidden when its
 *   computed style agrees (another rule may show it again). External sheets are not loaded there.
 *
 * Only elements that can carry a stylesheet's hiding rule (a block, or anything with a class or id)
 * are asked, so a page of plain paragraphs costs one check per block.
 */

/** Options of `Element.checkVisibility()` (not yet in every DOM typing). */
interface CheckVisibility {
  checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean;
}

/** Tags a stylesheet hides by tag alone are furniture anyway; blocks are what a rule hides. */
const BLOCKISH = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'UL',
  'OL',
  'LI',
  'P',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'HEADER',
  'FOOTER',
  'DL',
  'DD',
  'DT',
]);

/** True for an element a stylesheet rule is likely to target (so worth asking about). */
function isStyleTarget(el: Element): boolean {
  return BLOCKISH.has(el.tagName.toUpperCase()) || el.hasAttribute('class') || el.hasAttribute('id');
}

/** A top-level or media-independent rule's selector when the rule hides what it matches. */
function hidingSelectors(doc: Document): string[] {
  const selectors: string[] = [];
  const visit = (rules: CSSRuleList): void => {
    for (const rule of Array.from(rules)) {
      const style = (rule as Partial<CSSStyleRule>).style;
      const selectorText = (rule as Partial<CSSStyleRule>).selectorText;
      if (style && selectorText) {
        const display = style.getPropertyValue('display').trim();
        const visibility = style.getPropertyValue('visibility').trim();
        if (display === 'none' || visibility === 'hidden') selectors.push(selectorText);
        continue;
      }
      // Rules under @media depend on a viewport jsdom does not have: only "all"/"screen" apply.
      const media = (rule as Partial<CSSMediaRule>).media;
      const inner = (rule as Partial<CSSGroupingRule>).cssRules;
      if (media && inner && /^\s*(all|screen)?\s*$/i.test(media.mediaText)) visit(inner);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read: it hides nothing we can know of.
    }
  }
  // Each selector on its own: one the DOM cannot parse (a vendor pseudo-class) must not void the rest.
  return selectors.filter((s) => {
    try {
      doc.documentElement.matches(s);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * A check, for elements under `root`, of whether the page's stylesheets hide them. Answers `false`
 * (visible) for everything when the root itself is not shown yet (a page that fades its article in
 * after load): reading nothing would be worse than reading what is about to appear.
 */
export function createVisibilityCheck(root: Element): (el: Element) => boolean {
  const probe = root as Element & CheckVisibility;
  if (typeof probe.checkVisibility === 'function') {
    if (!probe.checkVisibility({ visibilityProperty: true })) return () => false;
    return (el) =>
      isStyleTarget(el) && !(el as Element & CheckVisibility).checkVisibility!({ visibilityProperty: true });
  }
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return () => false;
  const selectors = hidingSelectors(doc);
  if (selectors.length === 0) return () => false;
  const hiding = selectors.join(',');
  const hiddenByStyle = (el: Element): boolean => {
    if (!el.matches(hiding)) return false;
    const style = view.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  };
  if (hiddenByStyle(root)) return () => false;
  return (el) => isStyleTarget(el) && hiddenByStyle(el);
}
