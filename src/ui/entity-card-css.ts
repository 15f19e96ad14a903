/**
 * The card's stylesheet, as text: the hover card adopts it inside its shadow root (constructable
 * stylesheet, so a page's CSP cannot block it) and the popup can adopt the same sheet.
 */
import { ENTITY_TYPES } from '../core/types';
import { TYPE_COLOURS } from './theme';

const typeRules = ENTITY_TYPES.map(
  (type) =>
    `.bs-card--${type} { --bs-accent: ${TYPE_COLOURS[type].accent}; --bs-tint: ${TYPE_COLOURS[type].tint}; }`,
).join('\n');

const LIGHT = `--bs-bg: #ffffff; --bs-fg: #1f2328; --bs-muted: #59636e; --bs-border: #d1d9e0; --bs-link: #0969da;
  --bs-quote: #f6f8fa; --bs-shadow: rgba(0, 0, 0, 0.18);`;
const DARK = `--bs-bg: #1f2328; --bs-fg: #e6edf3; --bs-muted: #9198a1; --bs-border: #3d444d; --bs-link: #4493f8;
  --bs-quote: #262c33; --bs-shadow: rgba(0, 0, 0, 0.5);`;

/**
 * A compact card (about 340 px) that is never taller than the space it has: the body scrolls, with a
 * fade while more follows, and the footer (Read on Wikipedia, licence, Not this one?) stays in view.
 * The host sets `data-theme` from the page's own background; without it, the reader's scheme rules.
 */
export const ENTITY_CARD_CSS = `
.bs-card {
  ${LIGHT}
  box-sizing: border-box; width: min(340px, calc(100vw - 16px));
  max-height: min(520px, var(--bs-max-height, calc(100vh - 16px)));
  display: flex; flex-direction: column; overflow: hidden; background: var(--bs-bg); color: var(--bs-fg);
  border: 1px solid var(--bs-border); border-top: 3px solid var(--bs-accent); border-radius: 8px;
  box-shadow: 0 8px 24px var(--bs-shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
${typeRules}
.bs-card[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) {
  .bs-card:not([data-theme]) { ${DARK} }
}
.bs-card *, .bs-card *::before, .bs-card *::after { box-sizing: border-box; }
.bs-card p, .bs-card ul, .bs-card dl, .bs-card figure, .bs-card blockquote { margin: 0; }
.bs-body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; padding: 12px 14px 10px;
  display: flex; flex-direction: column; gap: 10px; }
.bs-body::after { content: ""; flex: none; position: sticky; bottom: -10px; display: block; height: 28px;
  margin: -28px -14px -10px; background: linear-gradient(to bottom, transparent, var(--bs-bg));
  pointer-events: none; opacity: 0; transition: opacity 120ms; }
.bs-body[data-continues]::after { opacity: 1; }
.bs-head { display: flex; flex-direction: column; gap: 1px; }
.bs-name { font-size: 17px; font-weight: 650; line-height: 1.25; }
.bs-head-description { color: var(--bs-muted); font-size: 13px; }
.bs-summary { display: flow-root; }
.bs-thumb { float: inline-end; margin: 2px 0 4px 10px; width: 64px; height: auto; max-height: 96px; border-radius: 4px;
  object-fit: cover; }
.bs-extract { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; line-clamp: 4; overflow: hidden; }
.bs-kicker { font-size: 12px; color: var(--bs-muted); margin-bottom: 2px; }
.bs-article { display: flex; flex-direction: column; gap: 6px; padding-top: 8px; border-top: 1px solid var(--bs-border); }
.bs-descriptions { padding-inline-start: 18px; }
.bs-aliases { color: var(--bs-muted); font-size: 13px; }
.bs-context blockquote { padding: 6px 8px; background: var(--bs-quote); border-inline-start: 3px solid var(--bs-accent);
  border-radius: 4px; font-size: 13px; }
.bs-context strong { font-weight: 650; }
.bs-note { color: var(--bs-muted); font-size: 13px; }
.bs-lookup { display: flex; flex-direction: column; gap: 8px; }
.bs-lookup-title { font-weight: 650; }
.bs-lookup-description, .bs-credit { color: var(--bs-muted); font-size: 12.5px; }
/* Each link wraps whole: a licence split as "CC BY-SA" / "4.0" reads as two things. */
.bs-credit a { white-space: nowrap; }
.bs-facts { display: grid; gap: 2px; font-size: 13px; }
.bs-fact { display: flex; gap: 6px; }
.bs-fact dt { color: var(--bs-muted); flex: none; }
.bs-fact dt::after { content: ":"; }
.bs-fact dd { margin: 0; }
.bs-fact-unknown { color: var(--bs-muted); font-style: italic; }
.bs-footer { flex: none; display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
  gap: 4px 12px; padding: 8px 14px; border-top: 1px solid var(--bs-border); background: var(--bs-bg); }
.bs-card a { color: var(--bs-link); }
.bs-candidates { font-size: 13px; }
.bs-candidates summary { cursor: pointer; color: var(--bs-link); }
.bs-candidates[open] { flex-basis: 100%; }
.bs-candidates ul, .bs-which ul { list-style: none; padding: 0; margin: 6px 0 0; display: grid; gap: 4px;
  max-height: 40vh; overflow: auto; }
.bs-candidate { all: unset; box-sizing: border-box; display: flex; flex-direction: column; width: 100%; cursor: pointer;
  padding: 4px 6px; border-radius: 4px; border: 1px solid var(--bs-border); }
.bs-candidate:hover { background: var(--bs-quote); }
.bs-candidate-description { color: var(--bs-muted); font-size: 12px; }
.bs-look-up-again { color: var(--bs-link); font-size: 13px; }
.bs-card :focus-visible { outline: 2px solid var(--bs-link); outline-offset: 2px; }
`;
