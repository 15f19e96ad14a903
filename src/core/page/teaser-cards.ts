/**
 * Teasers of other stories inside the article: a heading whose whole text is a link to another page
 * ("<h3><a href=…>Other story</a></h3>", "<a href=…><h5>Other story</h5></a>"), alone or in a card
 * with an image and a one-line blurb. A story's own subheads are not links; a heading that is one
 * names another page, and the small box around it (the card) is a teaser of that page. So is a list
 * whose every item is a link to another of the site's pages, and a link that wraps a whole box of
 * picture and lines (a promotion).
 */
import { textLength } from './dom-hints';

/**
 * Headings that may head a teaser card; `<h1>` is the story's own headline (a permalink at most).
 * Elements are found by tag name, never by selector: jsdom compiles each selector anew per page.
 */
const CARD_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** The nearest `<a>` at or above `el`, below `root`. */
function linkAround(el: Element, root: Element): Element | null {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement)
    if (up.localName === 'a') return up;
  return null;
}

/** What a card may hold besides its title: a blurb, a label, a date and an author, not a story. */
const CARD_EXTRA_CHARS = 300;

/** The link a heading's text sits in, when all of it does: inside the heading or around it. */
function wholeLinkOf(heading: Element, root: Element): Element | null {
  const around = linkAround(heading, root);
  if (around) return around;
  const links = heading.getElementsByTagName('a');
  if (links.length !== 1) return null;
  const link = links[0] as Element;
  // Text outside the link may only be a short label ("Updated", "Video").
  const outside = textLength(heading) - textLength(link);
  return outside <= 12 ? link : null;
}

/** True for a link to another page (not an anchor of this one, not a script action). */
function leavesThePage(link: Element): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** True inside a figure or a caption: the title of the article's own photo or video, which may stay. */
function inCaption(heading: Element, root: Element): boolean {
  for (let el: Element | null = heading; el && el !== root; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || /caption/i.test(el.getAttribute('class') ?? ''))
      return true;
  }
  return false;
}

/** The box around `title` that is still a card: more than the title, at most a blurb more, no part of the article. */
function cardAround(
  title: Element,
  titleLength: number,
  root: Element,
  keep: readonly Element[],
  lengthOf: (el: Element) => number,
): Element {
  let card = title;
  for (let up = card.parentElement; up && up !== root; up = up.parentElement) {
    if (keep.some((part) => up.contains(part))) break;
    if (lengthOf(up) > titleLength + CARD_EXTRA_CHARS) break;
    // A blurb is one paragraph; two are a section of the story under a linked subhead.
    if (up.getElementsByTagName('p').length > 1) break;
    card = up;
  }
  return card;
}

/** A host without its "www." (the same site answers on both). */
const siteOf = (url: string): string | null => {
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

/** The page's own site: its address and the canonical address it gives (a saved page has only that). */
function pageSites(doc: Document): string[] {
  const canonical =
    [...doc.getElementsByTagName('link')]
      .find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''))
      ?.getAttribute('href') ?? '';
  return [siteOf(doc.URL), siteOf(canonical)].filter((site): site is string => site !== null);
}

/** True for a link to another page of the same site: a story of its own, not a shop's product. */
function staysOnSite(link: Element, sites: readonly string[]): boolean {
  const href = link.getAttribute('href') ?? '';
  if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return true;
  const site = siteOf(new URL(href, 'https://x.invalid/').href);
  return site !== null && sites.includes(site);
}

/** Lists, by tag name. */
const LIST_TAGS = ['ul', 'ol'];

/** A linked title of another story is a headline: a few words, not a single label ("Schools"). */
const TITLE_WORDS = 3;

/**
 * True for a list whose every item (two or more) is wholly one link to another page of the site
 * ("<li><a href=/other-story>Other story</a></li>"): the site's own stories, set under the body as
 * further reading. A story's own list says something of its own around its links; a list of sources
 * links to other sites.
 */
function listsOtherStories(list: Element, sites: readonly string[]): boolean {
  let items = 0;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item.localName !== 'li') return false;
    const links = item.getElementsByTagName('a');
    if (links.length !== 1) return false;
    const link = links[0] as Element;
    if (!leavesThePage(link) || !staysOnSite(link, sites)) return false;
    const title = (link.textContent ?? '').trim();
    if (title.split(/\s+/).length < TITLE_WORDS || textLength(item) - textLength(link) > 2) return false;
    items++;
  }
  return items >= 2;
}

/** Elements that give a link's text lines of its own. */
const BOX_BLOCKS = ['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * True for a link that is a whole box of a picture and lines of text ("<a href=…><img><div><p>Watch
 * the show</p><p>…</p></div></a>"): a promotion of another page, a video or a show. The story's own
 * sentences may hold links, but a link never holds the story's paragraphs.
 */
function isLinkedBox(link: Element): boolean {
  if (link.getElementsByTagName('img').length === 0) return false;
  return BOX_BLOCKS.some((tag) =>
    [...link.getElementsByTagName(tag)].some((block) => (block.textContent ?? '').trim() !== ''),
  );
}

/** How far up from a linked image its card's title link may sit (image cell, card). */
const IMAGE_TO_TITLE_LEVELS = 3;

/**
 * The title link of a card made of a linked image and a linked title to the same page ("<a
 * href=X><img></a> … <a href=X>Title</a>"), or `null`.
 */
function titleBesideImage(imageLink: Element, root: Element): Element | null {
  const href = imageLink.getAttribute('href');
  let up = imageLink.parentElement;
  for (let level = 0; up && up !== root && level < IMAGE_TO_TITLE_LEVELS; level++, up = up.parentElement) {
    for (const link of up.getElementsByTagName('a')) {
      if (link !== imageLink && link.getAttribute('href') === href && textLength(link) > 0) return link;
    }
  }
  return null;
}

/**
 * The teaser cards inside `root`: for each heading that is wholly a link to another page, and for
 * each linked image with a linked title to the same page of the site beside it, the largest box around the
 * title that adds no more than a blurb's worth of text (one paragraph) and holds no part of the
 * article (its headline or body). A title with no such box is left alone. `keep` are the
 * article's parts, never taken as cards.
 */
export function teaserCards(root: Element, keep: readonly Element[]): Set<Element> {
  const cards = new Set<Element>();
  // Titles share their outer boxes: each box's text is measured once.
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element): number => {
    let length = lengths.get(el);
    if (length === undefined) lengths.set(el, (length = textLength(el)));
    return length;
  };
  const add = (title: Element, titleLength: number): void => {
    const card = cardAround(title, titleLength, root, keep, lengthOf);
    // A linked heading among the story's paragraphs is a subhead (a listicle's item); a teaser
    // stands in a box of its own.
    if (card !== title) cards.add(card);
  };
  for (const heading of CARD_HEADINGS.flatMap((tag) => [...root.getElementsByTagName(tag)])) {
    if (keep.some((part) => heading.contains(part) || part === heading)) continue;
    const link = wholeLinkOf(heading, root);
    if (!link || !leavesThePage(link) || !root.contains(link) || inCaption(heading, root)) continue;
    const titleLength = textLength(heading);
    if (titleLength > 0) add(link.contains(heading) ? link : heading, titleLength);
  }
  // Cards of a linked image and title tease the site's own stories; a buying guide's product cards
  // link to shops, and are the article.
  const sites = pageSites(root.ownerDocument);
  for (const list of LIST_TAGS.flatMap((tag) => [...root.getElementsByTagName(tag)])) {
    if (keep.some((part) => list.contains(part)) || inCaption(list, root)) continue;
    if (listsOtherStories(list, sites)) cards.add(list);
  }
  for (const link of root.getElementsByTagName('a')) {
    if (keep.some((part) => link.contains(part)) || !leavesThePage(link) || inCaption(link, root)) continue;
    if (isLinkedBox(link)) cards.add(link);
  }
  for (const image of root.getElementsByTagName('img')) {
    const imageLink = linkAround(image, root);
    if (!imageLink || !imageLink.hasAttribute('href')) continue;
    if (!leavesThePage(imageLink) || !staysOnSite(imageLink, sites) || inCaption(imageLink, root)) continue;
    const title = titleBesideImage(imageLink, root);
    if (title && !keep.some((part) => title.contains(part))) add(title, textLength(title));
  }
  return cards;
}
