/**
 * Finds the element that holds a page's article, Readability-style, on the live DOM and without
 * changing it. Only DOM APIs that behave the same in browsers and jsdom are used (no layout, no
 * `innerText`), so the content script and the CLI pick the same element on the same HTML.
 */
import { pacer, runToEnd, type Steps } from '../steps';
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
import type { ArticleRegion } from './text-index';

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

/** Elements that break a line: a `div` holding one of these is a container, not a paragraph. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'LI',
  'TR',
  'TD',
  'TBODY',
  'THEAD',
  'HR',
]);

/** Elements whose own text can be a paragraph (a `div` of `<br>`-separated lines, a cell, an item). */
const TEXT_HOLDERS = new Set([
  'DIV',
  'TD',
  'BLOCKQUOTE',
  'LI',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'SPAN',
  'FONT',
  'CENTER',
]);

/**
 * A run of prose for scoring: a `<p>`, a block without block children, or the loose text (text nodes
 * and inline elements) a container holds beside its blocks, as Readability gets by wrapping such runs
 * in `<p>`. Its score goes to `container` and the ancestors above it.
 */
export interface Paragraph {
  el: Element;
  container: Element;
  length: number;
  commas: number;
  linked: number;
}

interface Counts {
  text: number;
  linked: number;
  commas: number;
  /** Some block element is below. */
  block: boolean;
}

function isComma(code: number): boolean {
  return code === 44 || code === 0xff0c || code === 0x3001 || code === 0x060c;
}

/**
 * Measures a whole subtree and finds its paragraphs in one pass, so scoring stays linear in the
 * page's size: asking each `div` whether it holds blocks, or each candidate for its own text, walks the
 * same nodes again and again (most of the finding time on a large page). Scripts and styles are
 * never text.
 */
function walkPage(root: Element): { m: Measures; paragraphs: Paragraph[] } {
  return runToEnd(walkPageSteps(root));
}

/** Elements measured, or paragraphs scored, between two chances to pause. */
const ELEMENTS_PER_STEP = 512;

/** `walkPage` as steps: a page of tens of thousands of elements is measured in pieces. */
function* walkPageSteps(root: Element): Steps<{ m: Measures; paragraphs: Paragraph[] }> {
  const pause = pacer(ELEMENTS_PER_STEP);
  const text = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const paragraphs: Paragraph[] = [];
  function* visit(el: Element, linkWeight: number): Steps<Counts> {
    if (pause()) yield;
    const all: Counts = { text: 0, linked: 0, commas: 0, block: false };
    // Text outside the block children: the loose run a container holds beside its blocks.
    const loose = { text: 0, linked: 0, commas: 0 };
    let lastWasSpace = true;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        let length = 0;
        let commas = 0;
        for (let i = 0; i < data.length; i++) {
          const code = data.charCodeAt(i);
          const space = isSpaceCode(code);
          if (space && lastWasSpace) continue;
          length++;
          lastWasSpace = space;
          if (isComma(code)) commas++;
        }
        loose.text += length;
        loose.linked += length * linkWeight;
        loose.commas += commas;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (NOT_TEXT.has(tag)) continue;
        let weight = linkWeight;
        if (tag === 'A') {
          const href = element.getAttribute('href');
          weight = Math.max(linkWeight, href && /^#./.test(href) ? 0.3 : 1);
        }
        const c = yield* visit(element, weight);
        if (tag === 'BR') lastWasSpace = true;
        if (c.block || BLOCK_TAGS.has(tag)) {
          all.block = true;
          all.text += c.text;
          all.linked += c.linked;
          all.commas += c.commas;
        } else {
          loose.text += c.text;
          loose.linked += c.linked;
          loose.commas += c.commas;
        }
      }
    }
    const tag = el.tagName.toUpperCase();
    if (tag === 'P' || (!all.block && TEXT_HOLDERS.has(tag) && el !== root)) {
      // A paragraph as a whole (a <p> may wrap stray blocks; its text is still one paragraph).
      const length = all.text + loose.text;
      if (length > 0 && el.parentElement)
        paragraphs.push({
          el,
          container: el.parentElement,
          length,
          commas: all.commas + loose.commas,
          linked: all.linked + loose.linked,
        });
    } else if (all.block && loose.text > 0 && tag !== 'A') {
      paragraphs.push({ el, container: el, length: loose.text, commas: loose.commas, linked: loose.linked });
    }
    all.text += loose.text;
    all.linked += loose.linked;
    all.commas += loose.commas;
    text.set(el, all.text);
    linked.set(el, all.linked);
    return all;
  }
  yield* visit(root, 0);
  return {
    m: {
      text: (el) => text.get(el) ?? textLength(el),
      linked: (el) => linked.get(el) ?? 0,
    },
    paragraphs,
  };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, measures: Measures = walkPage(el).m): number {
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

/** Class words that never wrap a story, however much prose they hold (reader comments). */
const NEVER_THE_STORY = /comment|disqus|respon[sd]|reply|replies/i;

/** Paragraphs this long with few links are story prose wherever they sit. */
const GOOD_PARAGRAPH = 80;

/**
 * True when an element or one of its ancestors (up to `stop`) is furniture, hidden or not prose.
 * Results are memoised per element for the duration of one search.
 */
function makeExcludedCheck(stop: Element, page: PageModel): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  // A wrapper holding most of the page's text and its headline or main region is the page.
  const half = page.m.text(stop) / 2;
  const isPage = (el: Element): boolean => page.m.text(el) >= half && el.querySelector(PAGE_HINT) !== null;
  const check = (el: Element | null): boolean => {
    if (!el || el === stop) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const excluded =
      SKIP_TAGS.has(el.tagName.toUpperCase()) ||
      isHidden(el) ||
      (isFurniture(el) && !holdsTheStory(el, page) && !isPage(el)) ||
      check(el.parentElement);
    memo.set(el, excluded);
    return excluded;
  };
  return check;
}

/**
 * A wrapper holding most of the page's good prose is the story's, whatever its class or tag says: an
 * Elementor "widget", a "sticky sidebar" wrapper, an ASP.NET page-wide <form>. Reader comments are the
 * exception: they can outgrow the story.
 */
function holdsTheStory(el: Element, page: PageModel): boolean {
  if (NEVER_THE_STORY.test(hintsOf(el))) return false;
  if (page.goodTotal === 0) return false;
  let inside = 0;
  for (const p of page.good) if (el.contains(p.el)) inside += p.length;
  return inside >= 0.5 * page.goodTotal;
}

/** What one search needs of the page, computed once: text measures and the paragraph-like runs. */
export interface PageModel {
  m: Measures;
  paragraphs: Paragraph[];
  /** Paragraphs of story prose (long, few links, not cut short with an ellipsis), and their total length. */
  good: Paragraph[];
  goodTotal: number;
  /** `listsStories` answers, asked for every ancestor of every paragraph. */
  storyLists: Map<Element, boolean>;
}

function* modelPageSteps(body: Element): Steps<PageModel> {
  const { m, paragraphs } = yield* walkPageSteps(body);
  // An excerpt is another page's prose, never more of this story.
  const good = paragraphs.filter(
    (p) => p.length >= GOOD_PARAGRAPH && p.linked < 0.25 * p.length && !isExcerpt(p.el),
  );
  return {
    m,
    paragraphs,
    good,
    goodTotal: good.reduce((sum, p) => sum + p.length, 0),
    storyLists: new Map(),
  };
}

/** An `<article>`, or an item that only wraps one (`<li><article>…</article></li>`). */
function isStoryItem(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'ARTICLE') return true;
  const only = el.firstElementChild;
  return !!only && only === el.lastElementChild && only.tagName.toUpperCase() === 'ARTICLE';
}

/** True for an element holding three or more stories as its items: a list of stories, not one story. */
function listsStories(el: Element, page: PageModel): boolean {
  const known = page.storyLists.get(el);
  if (known !== undefined) return known;
  let stories = 0;
  for (let child = el.firstElementChild; child && stories < 3; child = child.nextElementSibling) {
    if (isStoryItem(child)) stories++;
  }
  page.storyLists.set(el, stories >= 3);
  return stories >= 3;
}

/** True for one story of a list of stories (the `<article>`, or the item wrapping it). */
function isListedStory(el: Element, page: PageModel): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (listsStories(parent, page)) return true;
  return (
    isStoryItem(parent) &&
    el.tagName.toUpperCase() === 'ARTICLE' &&
    !!parent.parentElement &&
    listsStories(parent.parentElement, page)
  );
}

/** True for an element inside one of a list of stories. */
function isTeaser(el: Element, page: PageModel): boolean {
  const story = el.closest('article');
  return !!story && isListedStory(story, page);
}

/** The last text an element shows, trimmed (its last non-blank text node). */
function lastText(el: Node): string {
  for (let node = el.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === 3) {
      const text = (node as Text).data.trimEnd();
      if (text) return text;
    } else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName.toUpperCase())) {
      const text = lastText(node);
      if (text) return text;
    }
  }
  return '';
}

/** A paragraph cut short with an ellipsis ("…", "[...]"): an excerpt of another page, as teaser lists show. */
const isExcerpt = (el: Element): boolean => /(?:…|\.\.\.)\]?$/.test(lastText(el));

/** How far up the tree a paragraph's score is shared (Readability uses 5 levels). */
const ANCESTOR_LEVELS = 5;

export interface Candidate {
  el: Element;
  score: number;
}

/** Readability-style scores of every container that holds prose paragraphs (exported for diagnostics). */
export function scoreCandidates(
  body: Element,
  page: PageModel = runToEnd(modelPageSteps(body)),
): Map<Element, Candidate> {
  return runToEnd(scoreCandidatesSteps(body, page));
}

function* scoreCandidatesSteps(body: Element, page: PageModel): Steps<Map<Element, Candidate>> {
  const pause = pacer(ELEMENTS_PER_STEP / 4);
  const { m } = page;
  const excluded = makeExcludedCheck(body, page);
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
    if (pause()) yield;
    if (p.length < MIN_PARAGRAPH || excluded(p.el)) continue;
    // Prose has commas and length; link lists and captions mostly do not.
    let score = 1 + p.commas + Math.min(Math.floor(p.length / 100), 3);
    if (p.el.tagName === 'LI' || isExcerpt(p.el)) score /= 2;
    let ancestor: Element | null = p.container;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parentElement) {
      if (ancestor === body.parentElement) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidateFor(ancestor).score += score / divider;
      // A story in a list of stories (teasers under "You may also like") scores for itself only.
      if (isListedStory(ancestor, page)) break;
    }
  }
  for (const c of candidates.values()) {
    if (pause()) yield;
    c.score *= 1 - linkDensity(c.el, m);
    // One of a list of stories is a teaser of another page, however good its prose.
    if (isListedStory(c.el, page)) c.score /= 2;
  }
  return candidates;
}

/** Total length of the prose paragraphs (≥ 25 characters, outside furniture) under an element. */
function proseUnder(root: Element, page: PageModel): number {
  const excluded = makeExcludedCheck(root, page);
  let total = 0;
  for (const p of page.paragraphs) {
    if (p.length < MIN_PARAGRAPH || !root.contains(p.el) || excluded(p.el)) continue;
    total += p.length;
  }
  return total;
}

/** An ancestor must hold this much more prose than the current root to be worth widening to. */
const GROWTH = 1.5;

/**
 * Many sites cut one story into sibling blocks (between ads, or a list article's items). Readability
 * returns the blocks as a list; we need one element, so we widen to the ancestor holding them all:
 * the highest ancestor that holds markedly more good prose, or whose only added prose is paragraphs
 * made like the body's (a story's first paragraphs set apart from a "read all" block), as long as it
 * is not a link hub.
 */
function gatherSplitBody(top: Element, body: Element, page: PageModel): Element {
  const { m } = page;
  const excluded = makeExcludedCheck(body, page);
  // Teasers in a list of stories are other pages' prose, never more of this story.
  const good = page.good.filter((p) => !excluded(p.el) && !isTeaser(p.el, page));
  const proseIn = (el: Element, only?: (p: Paragraph) => boolean): number =>
    good.reduce((sum, p) => (el.contains(p.el) && (!only || only(p)) ? sum + p.length : sum), 0);
  let chosen = top;
  let chosenProse = proseIn(top);
  let ofBodyMake = paragraphsLike(top, good);
  for (let el = top.parentElement; el && el !== body; el = el.parentElement) {
    if (excluded(el)) break;
    const prose = proseIn(el);
    // More of the same story: much more prose, or only more paragraphs made like the body's own.
    const added = prose - chosenProse;
    const more =
      prose >= GROWTH * chosenProse ||
      (added > 0 && proseIn(el, ofBodyMake) - proseIn(chosen, ofBodyMake) >= 0.9 * added);
    if (more && linkDensity(el, m) < 0.35) {
      chosen = el;
      chosenProse = prose;
      ofBodyMake = paragraphsLike(chosen, good);
    }
  }
  return chosen;
}

/**
 * Paragraphs made like the body's own: their element shares a class with one of the body's paragraph
 * elements ("zn-body__paragraph", "article-text"). A story cut in two keeps its make in both parts.
 */
function paragraphsLike(top: Element, good: Paragraph[]): (p: Paragraph) => boolean {
  const classesOf = (p: Paragraph): string[] =>
    p.el === p.container ? [] : (p.el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const classes = new Set(good.filter((p) => top.contains(p.el)).flatMap(classesOf));
  return (p) => classesOf(p).some((c) => classes.has(c));
}

/** Elements that announce themselves as the article. */
const ARTICLE_HINT = 'article, [itemprop~="articleBody"], [itemtype*="Article"], main, [role="main"]';

/**
 * The headline goes with the story (the recogniser reads it, the highlighter marks it more lightly),
 * and so does a piece of the body that sits apart from the rest (an intro in a block of its own above
 * the body, made like the body's own blocks). So the region widens from the body to the nearest
 * element that announces itself as the article (`<article>`, `itemprop=articleBody`, schema.org
 * Article) when the body holds most of that element's prose, and reads there only the headline
 * (`<h1>`) before the body, the body, and blocks of prose made like the body's (the same tag and
 * class as the blocks its paragraphs sit in). What else sits around the body (a byline, a standfirst, the lead image's caption, tags,
 * share bars, a "more from" list) is not read: on the benchmark's pages, widening to all of it made 30
 * of 83 bodies worse and none better.
 */
function widenToArticle(top: Element, body: Element, page: PageModel): ArticleRegion {
  const bodyOnly = { root: top, parts: [] };
  const topProse = proseUnder(top, page);
  for (let el = top.parentElement; el && el !== body && el !== body.parentElement; el = el.parentElement) {
    if (!el.matches(ARTICLE_HINT) || el.matches('main, [role="main"]')) continue;
    if (isFurniture(el) || linkDensity(el, page.m) > 0.35) return bodyOnly;
    // The article element must not be a page of several stories or a body-plus-comments wrapper.
    if (topProse < 0.75 * proseUnder(el, page)) return bodyOnly;
    const article = el;
    const outside = (node: Element): boolean =>
      article.contains(node) && !top.contains(node) && !node.contains(top);
    const headline = [...el.querySelectorAll('h1')].find((h) => outside(h) && precedes(h, top));
    const excluded = makeExcludedCheck(el, page);
    // A block of the body's own make (the tag and class its paragraphs sit in) is part of the body.
    const kind = (node: Element): string => `${node.tagName} ${node.getAttribute('class') ?? ''}`;
    const bodyKinds = new Set(page.good.filter((p) => top.contains(p.el)).map((p) => kind(p.container)));
    const pieces = new Set<Element>();
    for (const p of page.good) {
      const block = p.container;
      if (bodyKinds.has(kind(block)) && outside(block) && !excluded(p.el) && !isTeaser(p.el, page))
        pieces.add(block);
    }
    if (!headline && pieces.size === 0) return bodyOnly;
    return { root: el, parts: [...(headline ? [headline] : []), ...pieces, top] };
  }
  return bodyOnly;
}

const precedes = (a: Node, b: Node): boolean =>
  (a.compareDocumentPosition(b) & 4) /* Node.DOCUMENT_POSITION_FOLLOWING */ !== 0;

/** The steps of one search, for diagnostics: the winner, then each widening, then the answer. */
export interface ArticleTrace {
  /** The best-scoring candidate. */
  winner: Element | null;
  /** After Readability's climb to a higher-scoring parent. */
  climbed: Element | null;
  /** After gathering a body split across sibling blocks. */
  gathered: Element | null;
  /** After widening to the element that announces itself as the article, with its headline. */
  widened: ArticleRegion | null;
  /** The answer of `findArticle`. */
  article: ArticleRegion | null;
}

/**
 * The element holding the page's article, or `null` when the page has none (a home page, a search
 * page, a form). Never the navigation, a sidebar, comments, a footer, a "related" list or an ad: those
 * are excluded before scoring. The element may still contain small furniture (a byline, a share bar):
 * read it through `findArticle`'s region, which `buildTextIndex` reads without them.
 */
export function findArticleRoot(doc: Document): Element | null {
  return findArticle(doc)?.root ?? null;
}

/** The page's article as the region to read (`buildTextIndex` takes it), or `null`. */
export function findArticle(doc: Document): ArticleRegion | null {
  return runToEnd(findArticleSteps(doc));
}

/**
 * `findArticle` as steps (`core/steps.ts`): the content script runs them in slices, so finding the
 * article on a page of tens of thousands of elements is never one long task.
 */
export function* findArticleSteps(doc: Document): Steps<ArticleRegion | null> {
  return (yield* traceArticleSteps(doc)).article;
}

/** `findArticle` with its intermediate steps. */
export function traceArticle(doc: Document): ArticleTrace {
  return runToEnd(traceArticleSteps(doc));
}

function* traceArticleSteps(doc: Document): Steps<ArticleTrace> {
  const trace: ArticleTrace = { winner: null, climbed: null, gathered: null, widened: null, article: null };
  const body = doc.body;
  if (!body) return trace;
  const page = yield* modelPageSteps(body);
  const scored = yield* scoreCandidatesSteps(body, page);
  yield;
  const candidates = [...scored.values()].sort((a, b) => b.score - a.score);
  const first = candidates[0];
  if (!first) return trace;
  let top = first.el;
  trace.winner = top;

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
  trace.climbed = top;

  yield;
  top = gatherSplitBody(top, body, page);
  trace.gathered = top;
  yield;
  const region = widenToArticle(top, body, page);
  trace.widened = region;
  yield;
  if (top === body || top === doc.documentElement) {
    // Scoring ended on the whole page: only accept it if it is prose, not a link hub.
    if (linkDensity(body, page.m) > 0.5) return trace;
  }
  if (proseUnder(top, page) < MIN_ARTICLE_TEXT) return trace;
  trace.article = region;
  return trace;
}
