/**
 * What the popup should say about a tab, decided from plain facts so every state can be tested
 * without a browser: the tab's URL, the reader's settings, the background's page state, whether the
 * content script answered, and whether we are still waiting for a first analysis.
 */
import type { PageState } from '../shared/protocol';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { readableHost } from '../shared/url';

/**
 * What the popup says about a tab. Decided in the popup from the facts below; no message carries
 * it, so it lives here rather than in the shared protocol. `no-access`: a page we may not read
 * (Firefox asks for host access).
 */
export type PopupStatusKind =
  | 'ready'
  | 'analyzing'
  | 'nothing-found'
  | 'other-language'
  | 'unsupported'
  | 'disabled'
  | 'no-article'
  | 'no-access'
  | 'unreadable';

export interface TabFacts {
  tabId: number | null;
  /** The tab's URL, when the browser tells us (it may not without host access). */
  url?: string;
  settings: Settings | null;
  page: PageState | null;
  /** The content script answered a ping; `null` when not asked yet. */
  contentAlive: boolean | null;
  /** We may read this page (host permission); `null` when unknown. */
  hostAccess: boolean | null;
  /** Still inside the short window in which a first analysis may arrive. */
  waiting: boolean;
  /**
   * The background did not answer in time, or the page was read but its analysis is lost: the
   * popup says it couldn't read the page and offers to try again, instead of waiting for ever.
   */
  unreadable?: boolean;
}

/** PDFs open in the browser's own viewer, where no content script runs. */
export function isPdfUrl(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Decide the popup's state. The first matching rule wins, most definite first. */
export function popupStatus(facts: TabFacts): PopupStatusKind {
  const { tabId, url, settings, page } = facts;
  if (tabId === null) return 'unsupported';
  if (page) {
    const pageHost = readableHost(page.analysis.url ?? url);
    // The settings are the newer word: the page state's `enabled` dates from when it was asked for.
    const off = settings && pageHost ? !isSiteEnabled(settings, pageHost) : !page.enabled;
    if (off) return 'disabled';
    const { entities, timeline, language } = page.analysis;
    if (language?.read === false) return 'other-language';
    return entities.length || timeline.length ? 'ready' : 'nothing-found';
  }
  if (url !== undefined && (readableHost(url) === null || isPdfUrl(url))) return 'unsupported';
  // With access to every http(s) page the browser shows us their URLs; a hidden URL and no content
  // script mean one of the browser's own pages (chrome://, about:, the web store).
  if (url === undefined && facts.hostAccess === true && facts.contentAlive === false) return 'unsupported';
  const host = readableHost(url) ?? undefined;
  if (settings && host && !isSiteEnabled(settings, host)) return 'disabled';
  if (facts.hostAccess === false) return 'no-access';
  if (facts.unreadable) return 'unreadable';
  if (facts.waiting) return 'analyzing';
  return 'no-article';
}

/** `?tabId=N` as a number, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
