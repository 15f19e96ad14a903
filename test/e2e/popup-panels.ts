/**
 * Reading the popup as a user sees it: it shows one panel at a time behind a WAI-ARIA tablist
 * ("Entities", "Timeline"), so each list is read from the panel that is showing.
 */

/** The panel on screen. Entity chips also appear on the timeline, so ids are read per panel. */
export const VISIBLE_PANEL = '[role="tabpanel"]:not([hidden])';

/** Runs in the popup: distinct entity ids in the visible panel, in order. */
export function readVisibleEntityIds(panelSelector: string): string[] {
  const ids = [...document.querySelectorAll(`${panelSelector} [data-entity-id]`)].map(
    (el) => el.getAttribute('data-entity-id') ?? '',
  );
  return [...new Set(ids)];
}

/** Runs in the popup: the timeline's dates in the visible panel, in order. */
export function readVisibleDates(panelSelector: string): string[] {
  return [...document.querySelectorAll(`${panelSelector} [data-date]`)].map(
    (el) => el.getAttribute('data-date') ?? '',
  );
}

/** Runs in the popup: click the tab whose accessible text matches (English UI). False when there is none. */
export function clickTab(name: string): boolean {
  const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((el) =>
    (el.textContent ?? '').toLowerCase().includes(name.toLowerCase()),
  );
  tab?.click();
  return !!tab;
}

/** Runs in the popup: does the visible panel list at least `min` distinct entities? (For waitForFunction.) */
export function showsAtLeastEntities({ panel, min }: { panel: string; min: number }): boolean {
  const ids = [...document.querySelectorAll(`${panel} [data-entity-id]`)].map((el) =>
    el.getAttribute('data-entity-id'),
  );
  return new Set(ids).size >= min;
}

/** Runs in the popup: does the visible panel show any dated event? (For waitForFunction.) */
export function showsDates(panel: string): boolean {
  return document.querySelectorAll(`${panel} [data-date]`).length > 0;
}
