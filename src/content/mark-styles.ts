/**
 * Puts the highlight stylesheet (`ui/mark-css.ts`) in the page. A constructable stylesheet on
 * `document.adoptedStyleSheets` where the browser has it, because a strict page CSP blocks injected
 * `<style>` elements but not adopted sheets; a `<style>` element otherwise (older engines, jsdom).
 */
import { MARK_CSS } from '../ui/mark-css';

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
