/**
 * What a page's markup says about its parts: class/id words, tags and roles that mark furniture
 * (navigation, comments, share bars, ads) versus story containers. Shared by the article finder and
 * the text index so both agree on what is page furniture.
 */

/** Class/id words that suggest an article container. */
export const POSITIVE = /article|body|content|entry|main|page|post|story|text|blog/i;

/** Class/id words that suggest page furniture. */
const NEGATIVE =
  /comment|sidebar|footer|masthead|nav|menu|related|promo|sponsor|share|social|newsletter|subscribe|signup|banner|breadcrumb|pagination|pager|popup|modal|cookie|gdpr|outbrain|taboola|widget|recirc|trending|most-?popular|skyscraper|shoutbox|disqus|rss/i;

/** Ad slots, matched per class token so "head", "read" or "shadow" never count. */
const AD_TOKEN = /^(ad|ads|advert\w*|advertisement|ad[-_]\w+|\w+[-_]ads?|dfp\w*|gpt[-_]\w+)$/i;

/** Elements that are page furniture by their tag. */
export const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER', 'MENU', 'DIALOG']);

/** ARIA landmark roles of page furniture. */
export const FURNITURE_ROLES =
  /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)$/i;

/** True when a class/id string names page furniture (comments, share bars, ads…). */
export function isNegativeHint(hints: string): boolean {
  if (NEGATIVE.test(hints)) return true;
  return hints.split(/\s+/).some((token) => AD_TOKEN.test(token));
}

/** The class and id of an element as one string of hints. */
export function hintsOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/**
 * Hidden by markup alone (`hidden`, `aria-hidden="true"`, an inline `display:none` or a collapsed,
 * clipped box). Stylesheets are
 * not consulted: that would need layout and would differ between the browser and jsdom.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Without a style attribute the inline style is empty; reading `style` builds an object per element.
  if (!el.hasAttribute('style')) return false;
  const style = (el as Partial<ElementCSSInlineStyle>).style;
  if (!style) return false;
  // A box collapsed to nothing with its overflow clipped shows nothing (an unfilled ad slot).
  const collapsed = (style.height === '0px' || style.height === '0') && style.overflow === 'hidden';
  return style.display === 'none' || style.visibility === 'hidden' || collapsed;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Length of the readable text under an element: whitespace runs count once and script/style bodies
 * not at all. Walks text nodes rather than reading `innerText` so it needs no layout (same in jsdom).
 */
export function textLength(el: Element): number {
  let length = 0;
  let lastWasSpace = true;
  // A plain walk over child links: a TreeWalker's filter calls back into script for every node,
  // which costs several times the counting itself on a large page.
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) {
        if (!NOT_TEXT.has((node as Element).tagName.toUpperCase())) visit(node);
        continue;
      }
      if (node.nodeType !== 3) continue;
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        const space = isSpaceCode(data.charCodeAt(i));
        if (space && lastWasSpace) continue;
        length++;
        lastWasSpace = space;
      }
    }
  };
  visit(el);
  return length;
}

/** HTML's ASCII whitespace (the characters layout collapses), not NBSP. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}
