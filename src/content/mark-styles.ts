/**
 * The one stylesheet for highlights in the page. A constructable stylesheet on
 * `document.adoptedStyleSheets` where the browser has it, because a strict page CSP blocks injected
 * `<style>` elements but not adopted sheets; a `<style>` element otherwise (older engines, jsdom).
 */
import { ENTITY_TYPES } from '../core/types';
import { TYPE_COLOURS } from '../ui/theme';
import { MARK_TAG } from './highlighter';

const typeRules = ENTITY_TYPES.map((type) => {
  const c = TYPE_COLOURS[type];
  return `${MARK_TAG}[data-backstory-type="${type}"] { --backstory-accent: ${c.accent}; --backstory-tint: ${c.tint}; --backstory-tint-strong: ${c.tintStrong}; }`;
}).join('\n');

/** Underline plus a soft tint; the page's own text colour and font are kept. */
export const MARK_CSS = `
${MARK_TAG}[data-backstory-type] {
  display: inline; color: inherit; font: inherit; cursor: help;
  background-color: var(--backstory-tint);
  text-decoration-line: underline; text-decoration-style: solid; text-decoration-thickness: 2px;
  text-decoration-color: var(--backstory-accent); text-underline-offset: 0.18em; text-decoration-skip-ink: none;
  border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  transition: background-color 120ms ease-out;
}
${typeRules}
${MARK_TAG}[data-backstory-type]:hover, ${MARK_TAG}[data-backstory-type][data-backstory-active] {
  background-color: var(--backstory-tint-strong);
}
${MARK_TAG}[data-backstory-type]:focus-visible {
  outline: 2px solid var(--backstory-accent); outline-offset: 1px; background-color: var(--backstory-tint-strong);
}
${MARK_TAG}[data-backstory-type][data-backstory-flash] { animation: backstory-flash 1.6s ease-out 1; }
@keyframes backstory-flash {
  0%, 40% { background-color: var(--backstory-accent); outline: 3px solid var(--backstory-accent); }
  100% { background-color: var(--backstory-tint); outline: 0 solid transparent; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK_TAG}[data-backstory-type] { transition: none; }
  ${MARK_TAG}[data-backstory-type][data-backstory-flash] {
    animation: none; outline: 3px solid var(--backstory-accent); background-color: var(--backstory-tint-strong);
  }
}
@media print {
  ${MARK_TAG}[data-backstory-type] { background: none; text-decoration: none; outline: none; }
}
@media (forced-colors: active) {
  ${MARK_TAG}[data-backstory-type] { background-color: Mark; color: MarkText; text-decoration-color: MarkText; }
}
`;

/** The highlight stylesheet in one document. */
export interface MarkStyles {
  /** Puts the sheet back if the page dropped it (frameworks assign `adoptedStyleSheets` wholesale). */
  ensure(): void;
  /** Takes the sheet out of the page. */
  remove(): void;
}

/** Adds the highlight stylesheet to a document. Each call adds its own sheet and removes only that one. */
export function installMarkStyles(doc: Document): MarkStyles {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in doc && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(MARK_CSS);
      const adopt = (): void => {
        if (!doc.adoptedStyleSheets.includes(sheet))
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      };
      adopt();
      return {
        ensure: adopt,
        remove: () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // Fall through to a <style> element (an engine that refuses sheets made in this realm).
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-backstory-style', '');
  style.textContent = MARK_CSS;
  const append = (): void => {
    if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  };
  append();
  return { ensure: append, remove: () => style.remove() };
}
