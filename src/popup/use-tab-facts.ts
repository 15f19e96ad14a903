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
import { readableHost } from '../shared/url';
import type { TabFacts } from './popup-status';

/** How long, and how often, to wait for a first analysis before saying there is no article. */
export const ANALYSIS_WAIT_MS = 4000;
/** After a reload the page loads first, and the model may load in a fresh background: be patient. */
export const RELOAD_WAIT_MS = 15000;
export const ANALYSIS_POLL_MS = 400;

export const ALL_SITES = ['http://*/*', 'https://*/*'];

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await getBrowser().tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

async function hasHostAccess(): Promise<boolean | null> {
  try {
    return await getBrowser().permissions.contains({ origins: ALL_SITES });
  } catch {
    return null;
  }
}

/** Whether the tab's content script answers, and what it says of the article when it knows. */
async function pingContent(tabId: number): Promise<{ alive: boolean; article?: ArticleProgress }> {
  try {
    const { article } = await callTab(tabId, 'ping', {});
    return { alive: true, article };
  } catch {
    return { alive: false };
  }
}

async function pageStateOf(tabId: number): Promise<PageState | null> {
  try {
    return await callBackground('getPageState', { tabId });
  } catch {
    return null;
  }
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
      const [url, settings, page, hostAccess] = await Promise.all([
        tabUrl(tabId),
        callBackground('getSettings', {}).catch(() => null),
        pageStateOf(tabId),
        hasHostAccess(),
      ]);
      merge({
        url,
        settings,
        page,
        hostAccess,
        waiting: !page && (url === undefined || readableHost(url) !== null),
      });
      if (page || (url !== undefined && readableHost(url) === null)) return;
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
        if (next) return merge({ page: next, waiting: false });
      }
      merge({ waiting: false });
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
    setFacts((old) => ({ ...old, page: null, waiting: true }));
    setRound((r) => r + 1);
  }, []);
  return { facts, update, refresh };
}
