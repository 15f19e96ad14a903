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
  const doc = el.ownerDocument;
  // NodeFilter's numeric values, so this runs in Node without DOM globals.
  const walker = doc.createTreeWalker(el, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && NOT_TEXT.has((node as Element).tagName.toUpperCase())
        ? 2 /* FILTER_REJECT */
        : 1 /* FILTER_ACCEPT */,
  });
  let length = 0;
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const space = isSpaceCode(data.charCodeAt(i));
      if (space && lastWasSpace) continue;
      length++;
      lastWasSpace = space;
    }
  }
  return length;
}

/** HTML's ASCII whitespace (the characters layout collapses), not NBSP. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}
