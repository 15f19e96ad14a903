/**
 * Code the end-to-end suite runs inside the page under test, in the page's main world:
 *
 * - before Backstory runs (at DOMContentLoaded; content scripts run at document_idle, later), it records
 *   the page as the browser parsed it and the article root `findArticleRoot` picks, the same function the
 *   content script uses, so "outside the article" means what Backstory itself decided;
 * - afterwards it reads every highlight with where it sits.
 *
 * The probe reaches the page through the driver's "evaluate on new document" (CDP / WebDriver BiDi),
 * which a page's `script-src 'none'` does not block.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** What the probe saw before any highlight existed. */
export interface PageSnapshot {
  /** Highlights already present when the snapshot was taken: must be 0, or the snapshot is worthless. */
  marksAtSnapshot: number;
  bodyHTML: string;
  hasArticleRoot: boolean;
  /** `textContent` of the article root (or of the body when there is none). */
  articleText: string;
  /** A short description of the root element, for failure messages. */
  articleRootLabel: string;
}

export interface MarkInfo {
  text: string;
  type: string | null;
  id: string | null;
  /** Inside the element `findArticleRoot` chose before highlighting. */
  inArticleRoot: boolean;
  /** Inside page furniture: nav, aside, footer, form, comments… */
  inFurniture: boolean;
  /** The chain of tag names up to the nearest landmark, for failure messages. */
  where: string;
}

/** Elements that are page furniture wherever they appear. */
export const FURNITURE_SELECTOR =
  'nav, aside, footer, form, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="search"], .comments, #comments';

interface ProbeGlobal {
  __backstoryProbe?: {
    findArticleRoot(doc: Document): Element | null;
    root?: Element | null;
    snapshot?: PageSnapshot;
  };
}

let bundle: Promise<string> | undefined;

/** `findArticleRoot` from src/core/page/article-root.ts, bundled to a script that defines `__backstoryProbe`. */
export function articleRootBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `import { findArticleRoot } from './src/core/page/article-root';
        globalThis.__backstoryProbe = { findArticleRoot };`,
      resolveDir: repoRoot,
      sourcefile: 'probe.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
    absWorkingDir: join(repoRoot),
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundle;
}

/** Runs in the page: take the snapshot once the DOM is parsed, in the top frame only. */
function takeSnapshotAtDomContentLoaded(): void {
  if (window !== window.top) return;
  const take = (): void => {
    const probe = (globalThis as ProbeGlobal).__backstoryProbe;
    if (!probe || probe.snapshot) return;
    const root = probe.findArticleRoot(document);
    probe.root = root;
    const label = root
      ? `<${root.tagName.toLowerCase()}${root.id ? `#${root.id}` : ''}${root.getAttribute('class') ? `.${root.getAttribute('class')?.trim().split(/\s+/).join('.')}` : ''}>`
      : '(none)';
    probe.snapshot = {
      marksAtSnapshot: document.querySelectorAll('backstory-mark').length,
      bodyHTML: document.body?.innerHTML ?? '',
      hasArticleRoot: !!root,
      articleText: (root ?? document.body)?.textContent ?? '',
      articleRootLabel: label,
    };
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', take, { once: true });
  else take();
}

/** The whole init script: the bundle, then the snapshot hook. */
export async function probeInitScript(): Promise<string> {
  return `${await articleRootBundle()}\n;(${takeSnapshotAtDomContentLoaded.toString()})();`;
}

/** Runs in the page: the snapshot taken before Backstory ran. */
export function readSnapshot(): PageSnapshot | null {
  return (globalThis as ProbeGlobal).__backstoryProbe?.snapshot ?? null;
}

/** Runs in the page: every highlight and where it sits. Takes the furniture selector as its argument. */
export function readMarks(furnitureSelector: string): MarkInfo[] {
  const root = (globalThis as ProbeGlobal).__backstoryProbe?.root ?? null;
  return [...document.querySelectorAll('backstory-mark')].map((mark) => {
    const path: string[] = [];
    for (
      let el: Element | null = mark.parentElement;
      el && el !== document.body && path.length < 6;
      el = el.parentElement
    ) {
      path.push(
        el.tagName.toLowerCase() +
          (el.getAttribute('class') ? `.${el.getAttribute('class')?.trim().split(/\s+/)[0]}` : ''),
      );
    }
    return {
      text: (mark.textContent ?? '').replace(/\s+/g, ' ').trim(),
      type: mark.getAttribute('data-backstory-type'),
      id: mark.getAttribute('data-backstory-id'),
      inArticleRoot: !!root && root.contains(mark),
      inFurniture: !!mark.parentElement?.closest(furnitureSelector),
      where: path.join(' < '),
    };
  });
}

/** Runs in the page: the article root's text now (to compare with the snapshot). */
export function readArticleText(): string {
  const probe = (globalThis as ProbeGlobal).__backstoryProbe;
  return (probe?.root ?? document.body)?.textContent ?? '';
}

/** Runs in the page: how many highlight wrappers the page holds. */
export function countMarks(): number {
  return document.querySelectorAll('backstory-mark').length;
}

/**
 * Runs in Node: where two markups first differ, as a readable message ('' when they are equal).
 * A diff of a 1 MB page is unreadable; the first difference with some context is not.
 */
export function describeMarkupDifference(before: string, after: string): string {
  if (before === after) return '';
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return `body differs from character ${at}: ${JSON.stringify(before.slice(at, at + 120))} became ${JSON.stringify(after.slice(at, at + 120))}`;
}

/** Runs in the page: the body's markup now. */
export function readBodyHTML(): string {
  return document.body?.innerHTML ?? '';
}

/** Runs in the page: is a card holding `text` on screen? Cards are `[data-backstory-card]` hosts with an open shadow root. */
export function isCardShowing(text: string): boolean {
  return [...document.querySelectorAll('[data-backstory-card]')].some((host) => {
    const shadow = host.shadowRoot;
    if (!host.isConnected || !shadow || !(shadow.textContent ?? '').includes(text)) return false;
    return [...shadow.querySelectorAll('*')].some((el) => {
      const rect = el.getBoundingClientRect();
      return (
        rect.width > 0 &&
        rect.height > 0 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        (el.textContent ?? '').includes(text)
      );
    });
  });
}

/** Runs in the page: is the focused element a highlight whose text contains `text`? */
export function isHighlightFocused(text: string): boolean {
  const active = document.activeElement;
  return active?.localName === 'backstory-mark' && (active.textContent ?? '').includes(text);
}

/** Runs in the page: is any Backstory card on screen? */
export function isAnyCardShowing(): boolean {
  return [...document.querySelectorAll('[data-backstory-card]')].some((host) =>
    [...(host.shadowRoot?.querySelectorAll('*') ?? [])].some((el) => {
      const rect = el.getBoundingClientRect();
      return (
        rect.width > 0 &&
        rect.height > 0 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    }),
  );
}

/**
 * Runs in the page: the position of the focused highlight among the page's tabbable highlights
 * (`tabindex="0"`), or -1 when focus is elsewhere.
 */
export function focusedHighlightIndex(): number {
  const tabbable = [...document.querySelectorAll('backstory-mark[tabindex="0"]')];
  return document.activeElement ? tabbable.indexOf(document.activeElement) : -1;
}
