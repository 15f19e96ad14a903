/**
 * Gathers what the popup needs about one tab. Everything is asked at once and rendered as soon as
 * it arrives: nothing here touches the network, and the page state is usually already in the
 * background's memory. While a page is still being analysed we ask again briefly.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getBrowser } from '../shared/browser';
import { callBackground, callTab } from '../shared/messaging';
import type { ArticleProgress, PageState } from '../shared/protocol';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { ALL_SITES, pagePattern } from '../shared/site-access';
import { readableHost } from '../shared/url';
import type { TabFacts } from './popup-status';

/** How long, and how often, to wait for a first analysis before saying there is no article. */
export const ANALYSIS_WAIT_MS = 4000;
/** After a reload the page loads first, and the model may load in a fresh background: be patient. */
export const RELOAD_WAIT_MS = 15000;
export const ANALYSIS_POLL_MS = 400;
/** How long one question to the background or the page may take before the popup stops waiting for it. */
export const ANSWER_WAIT_MS = 3000;

/** A question that was not answered (it failed, or took longer than `ANSWER_WAIT_MS`). */
const UNANSWERED = Symbol('unanswered');

/** The answer of `request`, or UNANSWERED: a busy or stopped background must not keep the popup waiting. */
function answerOf<T>(request: () => Promise<T>): Promise<T | typeof UNANSWERED> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(UNANSWERED), ANSWER_WAIT_MS);
    request().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(UNANSWERED);
      },
    );
  });
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await getBrowser().tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * May we read this tab's page? Asked for the page's own site when its URL is known (the toolbar click
 * shows it to us through `activeTab`); without a URL, whether every site is allowed.
 */
async function hasHostAccess(url: string | undefined): Promise<boolean | null> {
  const page = pagePattern(url);
  try {
    return await getBrowser().permissions.contains({ origins: page ? [page] : ALL_SITES });
  } catch {
    return null;
  }
}

/** Whether the tab's content script answers, and what it says of the article when it knows. */
async function pingContent(tabId: number): Promise<{ alive: boolean; article?: ArticleProgress }> {
  const answer = await answerOf(() => callTab(tabId, 'ping', {}));
  return answer === UNANSWERED ? { alive: false } : { alive: true, article: answer.article };
}

/** The background's page state of the tab; UNANSWERED when the background failed or did not answer. */
function pageStateOf(tabId: number): Promise<PageState | null | typeof UNANSWERED> {
  return answerOf(() => callBackground('getPageState', { tabId }));
}

export interface TabFactsHandle {
  facts: TabFacts;
  /** The reader changed settings here (site switch, permission): keep them and look again. */
  update(settings: Settings): void;
  /**
   * Ask again for the page state, waiting briefly for a fresh analysis.
   * @param reloading The page is being loaded again, so its content script may not answer yet.
   */
  refresh(reloading?: boolean): void;
  /** The page could not be read: ask its content script to read it again, and wait for the analysis. */
  retry(): void;
}

const initialFacts = (tabId: number | null): TabFacts => ({
  tabId,
  settings: null,
  page: null,
  contentAlive: null,
  hostAccess: null,
  waiting: tabId !== null,
});

/** The facts about `tabId`, kept current while the popup is open. */
export function useTabFacts(tabId: number | null): TabFactsHandle {
  const [facts, setFacts] = useState<TabFacts>(() => initialFacts(tabId));
  const [round, setRound] = useState(0);
  const reloading = useRef(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    const merge = (patch: Partial<TabFacts>): void => {
      if (!cancelled && alive.current) setFacts((old) => ({ ...old, ...patch }));
    };
    void (async () => {
      const [url, settings, answered] = await Promise.all([
        tabUrl(tabId),
        answerOf(() => callBackground('getSettings', {})),
        pageStateOf(tabId),
      ]);
      const hostAccess = await hasHostAccess(url);
      const page = answered === UNANSWERED ? null : answered;
      const readable = url === undefined || readableHost(url) !== null;
      merge({
        url,
        settings: settings === UNANSWERED ? null : settings,
        page,
        hostAccess,
        waiting: !page && readable,
        unreadable: readable && (settings === UNANSWERED || answered === UNANSWERED),
      });
      if (page || !readable || answered === UNANSWERED) return;
      const patient = reloading.current;
      reloading.current = false;
      const { alive: contentAlive, article } = await pingContent(tabId);
      // No content script, or one that found no article, means no analysis is coming: stop waiting
      // now, unless the page is being loaded again and its new content script has not started yet.
      const coming = contentAlive && article !== 'none';
      merge({ contentAlive, waiting: coming || patient });
      if (!coming && !patient) return;
      const deadline = Date.now() + (patient ? RELOAD_WAIT_MS : ANALYSIS_WAIT_MS);
      while (!cancelled && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, ANALYSIS_POLL_MS));
        if (cancelled) return;
        const next = await pageStateOf(tabId);
        if (next === UNANSWERED) return merge({ waiting: false, unreadable: true });
        if (next) return merge({ page: next, waiting: false });
      }
      // The page said an article was coming (or was already read) and no analysis came: it is
      // lost, not absent. A page being loaded again without a content script is just no article.
      merge({ waiting: false, unreadable: article === 'found' || article === 'reading' });
    })();
    return () => {
      cancelled = true;
    };
  }, [tabId, round]);

  const update = useCallback(
    (settings: Settings) =>
      setFacts((old) => {
        const host = readableHost(old.page?.analysis.url ?? old.url);
        const page = old.page && host ? { ...old.page, enabled: isSiteEnabled(settings, host) } : old.page;
        return { ...old, settings, page };
      }),
    [],
  );
  const refresh = useCallback((pageReloading = false) => {
    reloading.current = pageReloading;
    setFacts((old) => ({ ...old, page: null, waiting: true, unreadable: false }));
    setRound((r) => r + 1);
  }, []);
  const retry = useCallback(() => {
    if (tabId === null) return;
    setFacts((old) => ({ ...old, page: null, waiting: true, unreadable: false }));
    void answerOf(() => callTab(tabId, 'readAgain', {})).then(() => {
      reloading.current = true;
      setRound((r) => r + 1);
    });
  }, [tabId]);
  return { facts, update, refresh, retry };
}
