/**
 * How a highlight looks, in one stylesheet shared by the page (content/mark-styles.ts) and the options
 * page's legend, so the legend shows exactly what the page shows.
 *
 * Calm by design: at rest a mark is only a dotted underline in its type's colour (a dotted underline
 * reads as "there is more to know here", like `<abbr>`, not as a link), with the page's own text
 * colour, font and background kept. The fill comes only while the mark is pointed at, focused or its
 * card is open. Marks in the headline are fainter still, and a mark inside the page's own link adds its
 * underline below the link's and changes nothing else (cursor, colour, fill), so the link still looks
 * and behaves like the page's link.
 */
import { OWN_MARK_TAG } from '../core/page/text-index';
import { ENTITY_TYPES } from '../core/types';
import { TYPE_COLOURS } from './theme';

/** The highlight's element, as the text walker knows it. */
export const MARK_TAG = OWN_MARK_TAG;

const MARK = `${MARK_TAG}[data-backstory-type]`;
/** Where a mark sits in the page's own link; `:where` keeps it from outweighing the states below. */
const IN_LINK = `:where(a[href], [role="link"]) ${MARK}`;
/**
 * Where a mark sits in the article's headline: its h1, or what the page marks up as its headline. Only
 * the headline: a section heading further down is part of the reading and is marked like the text.
 */
const IN_HEADLINE = `:where(h1, [role="heading"][aria-level="1"], [itemprop~="headline"]) ${MARK}`;
/** The states that show the fill. */
const ENGAGED = [`${MARK}:hover`, `${MARK}[data-backstory-active]`, `${MARK}:focus-visible`];

const typeRules = ENTITY_TYPES.map((type) => {
  const c = TYPE_COLOURS[type];
  return `${MARK_TAG}[data-backstory-type="${type}"] { --backstory-accent: ${c.accent}; --backstory-tint: ${c.tint}; --backstory-tint-strong: ${c.tintStrong}; }`;
}).join('\n');

export const MARK_CSS = `
${MARK} {
  display: inline; color: inherit; font: inherit; cursor: help;
  background-color: transparent;
  text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px;
  text-decoration-color: var(--backstory-accent); text-underline-offset: 0.24em; text-decoration-skip-ink: none;
  border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  transition: background-color 120ms ease-out;
}
${typeRules}
${ENGAGED.join(', ')} {
  background-color: var(--backstory-tint);
}
${MARK}:focus-visible {
  outline: 2px solid var(--backstory-accent); outline-offset: 1px;
}
${IN_HEADLINE} {
  text-decoration-thickness: 1px;
  text-decoration-color: color-mix(in srgb, var(--backstory-accent) 55%, transparent);
}
${IN_LINK}, ${IN_LINK}:hover, ${IN_LINK}[data-backstory-active] {
  cursor: inherit; background-color: transparent; text-underline-offset: 0.4em;
}
${MARK}[data-backstory-flash] { animation: backstory-flash 1.6s ease-out 1; }
@keyframes backstory-flash {
  0%, 40% { background-color: var(--backstory-tint-strong); outline: 3px solid var(--backstory-accent); }
  100% { background-color: transparent; outline: 0 solid transparent; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK} { transition: none; }
  ${MARK}[data-backstory-flash] {
    animation: none; outline: 3px solid var(--backstory-accent); background-color: var(--backstory-tint-strong);
  }
}
@media print {
  ${MARK} { background: none; text-decoration: none; outline: none; }
}
@media (forced-colors: active) {
  ${MARK} { text-decoration-color: CanvasText; }
  ${ENGAGED.join(', ')} { background-color: Mark; color: MarkText; }
}
`;
