/** The action badge shows how many entities a tab's page has. */
import type { Browser } from 'webextension-polyfill';

const BADGE_COLOR = '#3b4a6b';

export async function showEntityCount(browser: Browser, tabId: number, count: number | null): Promise<void> {
  try {
    // The badge has room for about four characters.
    await browser.action.setBadgeText({ tabId, text: count ? (count > 999 ? '999+' : String(count)) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab closed in the meantime: nothing to badge.
  }
}
