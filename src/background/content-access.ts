/**
 * The content script runs only where the reader allowed Backstory: it is registered for exactly the
 * sites the browser holds host permissions for (every http(s) page, or the sites the reader turned
 * on one by one), and injected at once into open tabs of a site just granted, so turning a site on
 * from the popup needs no reload.
 */
import type { Browser } from 'webextension-polyfill';
import { webPatterns } from '../shared/site-access';

export const CONTENT_SCRIPT_ID = 'backstory-content';
export const CONTENT_SCRIPT_FILE = 'content.js';

/** The parts of the WebExtension API this module uses. */
export type AccessApi = Pick<Browser, 'permissions' | 'scripting' | 'tabs'>;

export interface ContentAccess {
  /** Registers the content script for the granted sites (or none), whatever was registered before. */
  sync(): Promise<string[]>;
  /** Injects the content script into open tabs of `origins` where it does not answer yet. */
  injectInto(origins: readonly string[]): Promise<number[]>;
}

export function createContentAccess(
  api: AccessApi,
  /** Whether a tab's content script answers (it is already there). */
  answers: (tabId: number) => Promise<boolean>,
): ContentAccess {
  // Registration is read-modify-write: two at once (start-up and a grant) would register the id twice.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const sync = (): Promise<string[]> =>
    serial(async () => {
      const matches = webPatterns((await api.permissions.getAll()).origins);
      const registered = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      if (!matches.length) {
        if (registered.length) await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
        return matches;
      }
      const script = {
        id: CONTENT_SCRIPT_ID,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      };
      if (!registered.length) await api.scripting.registerContentScripts([script]);
      else if (String(registered[0]?.matches) !== String(matches))
        await api.scripting.updateContentScripts([{ id: CONTENT_SCRIPT_ID, matches }]);
      return matches;
    });

  const injectInto = async (origins: readonly string[]): Promise<number[]> => {
    const patterns = webPatterns(origins);
    if (!patterns.length) return [];
    const tabs = await api.tabs.query({ url: patterns });
    const injected: number[] = [];
    for (const tab of tabs) {
      if (tab.id === undefined || (await answers(tab.id))) continue;
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
        injected.push(tab.id);
      } catch {
        // A tab that closed or navigated meanwhile, or one of the browser's own pages: nothing to read.
      }
    }
    return injected;
  };

  return { sync, injectInto };
}
