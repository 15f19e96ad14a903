/**
 * Finds the element that holds a page's article, Readability-style, on the live DOM and without
 * changing it. Only DOM APIs that behave the same in browsers and jsdom are used (no layout, no
 * `innerText`), so the content script and the CLI pick the same element on the same HTML.
 */
import {
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  hintsOf,
  isHidden,
  isNegativeHint,
  isSpaceCode,
  POSITIVE,
  textLength,
} from './dom-hints';

/** Containers whose text never counts as prose. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'IFRAME',
  'SVG',
  'CODE',
  'PRE',
]);

/** What only the page's main wrapper contains. */
const PAGE_HINT = 'main, article, [role="main"], [itemprop~="articleBody"], h1';

/** A paragraph shorter than this is not prose (Readability uses 25 characters). */
const MIN_PARAGRAPH = 25;
/** Below this much prose under the chosen element, the page has no article. */
const MIN_ARTICLE_TEXT = 400;

/** The weight of an element's class and id, in Readability's units (±25). */
export function classWeight(el: Element): number {
  const hints = hintsOf(el);
  let weight = 0;
  if (isNegativeHint(hints)) weight -= 25;
  if (POSITIVE.test(hints)) weight += 25;
  return weight;
}

function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const hints = hintsOf(el);
  return isNegativeHint(hints) && !POSITIVE.test(hints);
}

/** Text and linked-text lengths of every element under a root, measured in one walk. */
export interface Measures {
  /** Readable characters (whitespace runs count once per text node; scripts and styles not at all). */
  text(el: Element): number;
  /** Of those, the characters inside links (in-page anchors weighted 0.3, as Readability does). */
  linked(el: Element): number;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function collapsedLength(data: string): number {
  let length = 0;
  let lastWasSpace = false;
  for (let i = 0; i < data.length; i++) {
    const space = isSpaceCode(data.charCodeAt(i));
    if (space && lastWasSpace) continue;
    length++;
    lastWasSpace = space;
  }
  return length;
}

/**
 * Measures a whole subtree in one pass, so scoring stays linear in the page's size: asking each
 * candidate for its own text and links separately walks the same nodes again and again (a quarter
 * of a second on a large page).
 */
function measure(root: Element): Measures {
  const text = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const visit = (el: Element, linkWeight: number): [number, number] => {
    let total = 0;
    let inLinks = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = collapsedLength((child as Text).data);
        total += length;
        inLinks += length * linkWeight;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (NOT_TEXT.has(element.tagName.toUpperCase())) continue;
        let weight = linkWeight;
        if (element.tagName === 'A') {
          const href = element.getAttribute('href');
          weight = Math.max(linkWeight, href && /^#./.test(href) ? 0.3 : 1);
        }
        const [t, l] = visit(element, weight);
        total += t;
        inLinks += l;
      }
    }
    text.set(el, total);
    linked.set(el, inLinks);
    return [total, inLinks];
  };
  visit(root, 0);
  return {
    text: (el) => text.get(el) ?? textLength(el),
    linked: (el) => linked.get(el) ?? 0,
  };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, measures: Measures = measure(el)): number {
  const total = measures.text(el);
  return total === 0 ? 0 : measures.linked(el) / total;
}

/** Readability's starting score for a candidate, by tag. */
function tagWeight(el: Element): number {
  switch (el.tagName) {
    case 'DIV':
    case 'ARTICLE':
    case 'MAIN':
    case 'SECTION':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

/**
 * True when an element or one of its ancestors (up to `stop`) is furniture, hidden or not prose.
 * Results are memoised per element for the duration of one search.
 */
function makeExcludedCheck(stop: Element, m: Measures): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  // A wrapper holding most of the page's text and its headline or main region is the page, whatever
  // its class says (an ASP.NET page-wide <form>, a "nav-drawer" that slides the whole site).
  const half = m.text(stop) / 2;
  const check = (el: Element | null): boolean => {
    if (!el || el === stop) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const excluded =
      SKIP_TAGS.has(el.tagName.toUpperCase()) ||
      isHidden(el) ||
      (isFurniture(el) && !(m.text(el) >= half && el.querySelector(PAGE_HINT))) ||
      check(el.parentElement);
    memo.set(el, excluded);
    return excluded;
  };
  return check;
}

/** Block-level children that make a `div` a container rather than a paragraph. */
const BLOCK_CHILD =
  'p, div, section, article, table, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, pre, figure';

/** Paragraph-like elements: `<p>`, `<td>`, and `<div>`s that hold text directly (sites that use `<br>`). */
function paragraphs(body: Element): Element[] {
  const found: Element[] = [];
  for (const el of body.querySelectorAll('p, td, blockquote, div, li')) {
    if (el.tagName === 'P' || el.tagName === 'TD') {
      found.push(el);
    } else if (el.tagName === 'DIV' || el.tagName === 'BLOCKQUOTE') {
      if (!el.querySelector(BLOCK_CHILD)) found.push(el);
    } else if (el.tagName === 'LI' && !el.querySelector(BLOCK_CHILD)) {
      // List items count only when they read as prose; link lists are caught by link density.
      found.push(el);
    }
  }
  return found;
}

/** What one search needs of the page, computed once: text measures and the paragraph-like elements. */
export interface PageModel {
  m: Measures;
  paragraphs: Element[];
}

function modelPage(body: Element): PageModel {
  return { m: measure(body), paragraphs: paragraphs(body) };
}

/** How far up the tree a paragraph's score is shared (Readability uses 5 levels). */
const ANCESTOR_LEVELS = 5;

export interface Candidate {
  el: Element;
  score: number;
}

/** Readability-style scores of every container that holds prose paragraphs (exported for diagnostics). */
export function scoreCandidates(body: Element, page: PageModel = modelPage(body)): Map<Element, Candidate> {
  const { m } = page;
  const excluded = makeExcludedCheck(body, m);
  const candidates = new Map<Element, Candidate>();
  const candidateFor = (el: Element): Candidate => {
    let c = candidates.get(el);
    if (!c) {
      c = { el, score: tagWeight(el) + classWeight(el) };
      candidates.set(el, c);
    }
    return c;
  };
  for (const p of page.paragraphs) {
    if (excluded(p)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_PARAGRAPH) continue;
    // Prose has commas and length; link lists and captions mostly do not.
    let score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    if (p.tagName === 'LI') score /= 2;
    let ancestor = p.parentElement;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parentElement) {
      if (ancestor === body.parentElement) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidateFor(ancestor).score += score / divider;
    }
  }
  for (const c of candidates.values()) c.score *= 1 - linkDensity(c.el, m);
  return candidates;
}

/** Elements that announce themselves as the article. */
const ARTICLE_HINT = 'article, [itemprop~="articleBody"], [itemtype*="Article"], main, [role="main"]';

/** Total length of the prose paragraphs (≥ 25 characters, outside furniture) under an element. */
function proseUnder(root: Element, page: PageModel): number {
  const excluded = makeExcludedCheck(root, page.m);
  let total = 0;
  for (const p of page.paragraphs) {
    if (p === root || !root.contains(p) || excluded(p)) continue;
    const length = page.m.text(p);
    if (length >= MIN_PARAGRAPH) total += length;
  }
  return total;
}

/** Paragraphs this long with few links are story prose wherever they sit. */
const GOOD_PARAGRAPH = 80;
/** An ancestor must hold this much more prose than the current root to be worth widening to. */
const GROWTH = 1.5;

/**
 * Many sites cut one story into sibling blocks (between ads, or a list article's items). Readability
 * returns the blocks as a list; we need one element, so we widen to the ancestor holding them all:
 * the highest ancestor that holds markedly more good prose, as long as it is not a link hub.
 */
function gatherSplitBody(top: Element, body: Element, page: PageModel): Element {
  const { m } = page;
  const excluded = makeExcludedCheck(body, m);
  const good = page.paragraphs
    .filter((p) => !excluded(p))
    .map((p) => ({ p, length: m.text(p) }))
    .filter(({ p, length }) => length >= GOOD_PARAGRAPH && linkDensity(p, m) < 0.25);
  const proseIn = (el: Element): number =>
    good.reduce((sum, { p, length }) => (el.contains(p) ? sum + length : sum), 0);
  let chosen = top;
  let chosenProse = proseIn(top);
  for (let el = top.parentElement; el && el !== body; el = el.parentElement) {
    if (excluded(el)) break;
    const prose = proseIn(el);
    if (prose >= GROWTH * chosenProse && linkDensity(el, m) < 0.35) {
      chosen = el;
      chosenProse = prose;
    }
  }
  return chosen;
}

/**
 * Widen the winner to the nearest element that announces itself as the article (`<article>`,
 * `itemprop=articleBody`, schema.org Article) when the winner holds most of that element's prose: the
 * headline, standfirst and captions around the body belong to the story too.
 */
function widenToArticle(top: Element, body: Element, page: PageModel): Element {
  const topProse = proseUnder(top, page);
  let best = top;
  for (let el = top.parentElement; el && el !== body && el !== body.parentElement; el = el.parentElement) {
    if (!el.matches(ARTICLE_HINT) || el.matches('main, [role="main"]')) continue;
    if (isFurniture(el) || linkDensity(el, page.m) > 0.35) break;
    // The article element must not be a page of several stories or a body-plus-comments wrapper.
    if (topProse >= 0.75 * proseUnder(el, page)) best = el;
    break;
  }
  return best;
}

/**
 * The element holding the page's article, or `null` when the page has none (a home page, a search
 * page, a form). Never the navigation, a sidebar, comments, a footer, a "related" list or an ad: those
 * are excluded before scoring. The element may still contain small furniture (a byline, a share bar);
 * `buildTextIndex` filters those out.
 */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const page = modelPage(body);
  const candidates = [...scoreCandidates(body, page).values()].sort((a, b) => b.score - a.score);
  const first = candidates[0];
  if (!first) return null;
  let top = first.el;

  // Readability's climb: a parent that scores higher than the winner holds more of the same story
  // (paragraphs split across sibling containers).
  let lastScore = first.score;
  const threshold = first.score / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const c = candidates.find((x) => x.el === parent);
    if (!c) continue;
    if (c.score < threshold) break;
    if (c.score > lastScore) {
      top = parent;
      break;
    }
    lastScore = c.score;
  }

  top = gatherSplitBody(top, body, page);
  top = widenToArticle(top, body, page);
  if (top === body || top === doc.documentElement) {
    // Scoring ended on the whole page: only accept it if it is prose, not a link hub.
    if (linkDensity(body, page.m) > 0.5) return null;
  }
  if (proseUnder(top, page) < MIN_ARTICLE_TEXT) return null;
  return top;
}
