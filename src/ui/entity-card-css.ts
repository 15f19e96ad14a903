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

export const ENTITY_CARD_CSS = `
.bs-card {
  --bs-bg: #ffffff; --bs-fg: #1f2328; --bs-muted: #59636e; --bs-border: #d1d9e0; --bs-link: #0969da;
  --bs-quote: #f6f8fa;
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(480px, var(--bs-max-height, calc(100vh - 16px)));
  overflow: auto; padding: 12px 14px; background: var(--bs-bg); color: var(--bs-fg);
  border: 1px solid var(--bs-border); border-top: 3px solid var(--bs-accent); border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
${typeRules}
@media (prefers-color-scheme: dark) {
  .bs-card { --bs-bg: #1f2328; --bs-fg: #e6edf3; --bs-muted: #9198a1; --bs-border: #3d444d; --bs-link: #4493f8;
    --bs-quote: #262c33; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
}
.bs-card *, .bs-card *::before, .bs-card *::after { box-sizing: border-box; }
.bs-card p, .bs-card ul, .bs-card dl, .bs-card figure, .bs-card blockquote { margin: 0; }
.bs-head { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
.bs-type { align-self: flex-start; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 999px; background: var(--bs-tint); color: var(--bs-fg);
  border: 1px solid var(--bs-accent); }
.bs-name { font-size: 17px; font-weight: 650; line-height: 1.25; }
.bs-kicker { font-size: 12px; color: var(--bs-muted); margin-bottom: 4px; }
.bs-article { display: flex; flex-direction: column; gap: 6px; }
.bs-descriptions { padding-inline-start: 18px; }
.bs-aliases { color: var(--bs-muted); font-size: 13px; }
.bs-context blockquote { padding: 6px 8px; background: var(--bs-quote); border-inline-start: 3px solid var(--bs-accent);
  border-radius: 4px; font-size: 13px; }
.bs-context strong { font-weight: 650; }
.bs-note { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--bs-border); color: var(--bs-muted); font-size: 13px; }
.bs-lookup { margin-top: 10px; padding-top: 10px; border-top: 1px solid var(--bs-border); display: flex; flex-direction: column; gap: 8px; }
.bs-lookup-head { display: flex; gap: 10px; align-items: flex-start; }
.bs-thumb { flex: none; width: 56px; height: auto; border-radius: 4px; object-fit: cover; }
.bs-lookup-title { font-weight: 650; }
.bs-lookup-description, .bs-credit { color: var(--bs-muted); font-size: 12.5px; }
.bs-facts { display: grid; gap: 2px; font-size: 13px; }
.bs-fact { display: flex; gap: 6px; }
.bs-fact dt { color: var(--bs-muted); flex: none; }
.bs-fact dt::after { content: ":"; }
.bs-fact dd { margin: 0; }
.bs-card a { color: var(--bs-link); }
.bs-candidates summary { cursor: pointer; color: var(--bs-link); font-size: 13px; }
.bs-candidates ul { list-style: none; padding: 0; margin: 6px 0 0; display: grid; gap: 4px; }
.bs-candidate { all: unset; box-sizing: border-box; display: flex; flex-direction: column; width: 100%; cursor: pointer;
  padding: 4px 6px; border-radius: 4px; border: 1px solid var(--bs-border); }
.bs-candidate:hover { background: var(--bs-quote); }
.bs-candidate-description { color: var(--bs-muted); font-size: 12px; }
.bs-card :focus-visible { outline: 2px solid var(--bs-link); outline-offset: 2px; }
`;
