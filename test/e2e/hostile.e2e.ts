/**
 * The built extension against a hostile page and a hostile server, in real Chromium and Firefox ESR
 * (issue #14). The page's own script tries to switch Backstory off, to choose a card's Wikipedia item
 * for the reader, and to block the card by defining our element names first (items 1–3). The wiki
 * server answers with a 5 MB extract, a 100,000-space extract (item 4) and links to another host
 * (item 9). Each scenario is written once, over the browser driver, and runs in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, hoverHighlight, waitInTab, type DriverTab, type ExtensionDriver } from '../support/driver';
import { countMarks, isCardShowing } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { sleep, waitFor, waitForSettledCount } from '../support/wait';
import {
  startWikiFixtureServer,
  type WikiFixtureOptions,
  type WikiFixtureServer,
} from '../support/wiki-fixture-server';

const CARD_TIMEOUT_MS = 8_000;

/** Runs in the page: the text of the card showing now ('' when none). */
function cardText(): string {
  const host = document.querySelector('[data-backstory-card]');
  return host?.shadowRoot?.textContent ?? '';
}

/**
 * Runs in the page, as the page's own script: opens "Not this one?" and clicks every candidate
 * offered. Returns how many candidates it could click, so a spec can tell "refused" from "not found".
 */
function forgeCandidateChoice(): number {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  if (!root) return 0;
  const toggle = root.querySelector<HTMLElement>('.bs-not-this-one, .bs-candidates summary');
  toggle?.click();
  const buttons = [...root.querySelectorAll<HTMLElement>('.bs-candidate')];
  for (const button of buttons) button.click();
  return buttons.length;
}

/** Names of the sample whose cards may offer other candidates ("Not this one?"). */
const CANDIDATE_NAMES = ['New York', 'Ri Yong Ho', 'Trump', 'Kim Jong Un', 'Singapore'];

/** Runs in the page: how many other candidates the card showing now offers, without touching them. */
function candidatesOffered(): number {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  // "None of these" is on every card; only other items count.
  return root?.querySelectorAll('.bs-candidate:not(.bs-no-article)').length ?? 0;
}

/** Runs in the page: makes sure the candidates are on screen (opening them changes nothing stored). */
function showCandidates(): void {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  const candidate = root?.querySelector<HTMLElement>('.bs-candidate');
  if (!root || (candidate && candidate.getClientRects().length > 0)) return;
  root.querySelector<HTMLElement>('.bs-not-this-one, .bs-candidates summary')?.click();
}

/** Runs in the page, as the page's own script: opens "Not this one?" and clicks "None of these". */
function forgeNoArticle(): void {
  const root = document.querySelector('[data-backstory-card]')?.shadowRoot;
  root?.querySelector<HTMLElement>('.bs-candidates summary')?.click();
  root?.querySelector<HTMLElement>('.bs-no-article')?.click();
}

/** Runs in the page: the card showing `name` has dropped its Wikipedia part and offers the way back. */
function isUnlinkedCard(name: string): boolean {
  return [...document.querySelectorAll('[data-backstory-card]')].some((host) => {
    const root = host.shadowRoot;
    return (
      !!root &&
      (root.querySelector('.bs-name')?.textContent ?? '').includes(name) &&
      !root.querySelector('.bs-extract') &&
      !!root.querySelector('.bs-look-up-again')
    );
  });
}

/** What a card that has its Wikipedia answer shows: its extract, and every link and picture in it. */
interface AnsweredCard {
  extract: string;
  links: string[];
  images: string[];
}

/** Runs in the page: the card showing `name` once it has its extract; null before. */
function answeredCard(name: string): AnsweredCard | null {
  for (const host of document.querySelectorAll('[data-backstory-card]')) {
    const root = host.shadowRoot;
    const extract = root?.querySelector('.bs-extract')?.textContent;
    if (!root || !extract || !(root.querySelector('.bs-name')?.textContent ?? '').includes(name)) continue;
    return {
      extract,
      links: [...root.querySelectorAll('a')].map((a) => a.href),
      images: [...root.querySelectorAll('img')].map((img) => img.src),
    };
  }
  return null;
}

/** The page's script, run before Backstory: it defines our element names first, with shadow roots of its own. */
const DEFINES_OUR_NAMES = `
for (const name of ['backstory-card', 'backstory-card-host', 'backstory-dialog']) {
  customElements.define(name, class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'the page owns this'; }
  });
}`;

describe.each(DRIVERS)('$name: a hostile page and a hostile server', ({ launch }) => {
  let server: StaticServer;
  let wiki: WikiFixtureServer;
  let driver: ExtensionDriver;
  let sampleUrl: string;

  /** Lookups go to `fixture` from now on (a new origin: nothing cached from another fixture is reused). */
  const lookUpIn = (fixture: WikiFixtureServer) =>
    driver.callBackground('updateSettings', {
      lookups: true,
      wikipediaOrigin: fixture.origin,
      wikidataOrigin: fixture.origin,
    });

  /** The sample in a new tab, once highlighted; `pageScript` runs first in every document. */
  async function openSample(pageScript?: string): Promise<DriverTab> {
    const tab = await driver.openWebPage(sampleUrl, { initScripts: pageScript ? [pageScript] : [] });
    expect(await waitForSettledCount(() => tab.evaluate(countMarks, undefined))).toBeGreaterThan(0);
    return tab;
  }

  beforeAll(async () => {
    server = await startStaticServer();
    wiki = await startWikiFixtureServer();
    driver = await launch();
    await lookUpIn(wiki);
    sampleUrl = server.url(SAMPLE_PATH);
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await wiki?.close();
    await server?.close();
  });

  describe('a hostile page', () => {
    it('cannot switch Backstory off with the `backstory:takeover` event an older copy once listened for', async () => {
      const tab = await openSample();
      try {
        const before = await tab.evaluate(countMarks, undefined);
        await tab.evaluate(() => {
          for (const detail of ['page', '', null]) {
            document.dispatchEvent(new CustomEvent('backstory:takeover', { detail }));
            window.dispatchEvent(new CustomEvent('backstory:takeover', { detail }));
          }
        }, undefined);
        await sleep(1_500);
        expect(await tab.evaluate(countMarks, undefined)).toBe(before);
        // Still alive, not just left behind: hovering a name still opens its card.
        await hoverHighlight(tab, 'Lavrov');
        expect(await waitFor(() => tab.evaluate(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
      } finally {
        await tab.close();
      }
    }, 60_000);

    it('cannot keep the card from showing by defining <backstory-card> (with a shadow root) first', async () => {
      const tab = await openSample(DEFINES_OUR_NAMES);
      try {
        expect(await tab.evaluate(() => customElements.get('backstory-card') !== undefined, undefined)).toBe(
          true,
        );
        await hoverHighlight(tab, 'Lavrov');
        expect(await waitFor(() => tab.evaluate(isCardShowing, 'Lavrov'), CARD_TIMEOUT_MS)).toBe(true);
      } finally {
        await tab.close();
      }
    }, 60_000);

    it("cannot choose a card's Wikipedia item for the reader; the reader's own click still can", async () => {
      const tab = await openSample();
      try {
        // The first name whose card offers other candidates (which names do depends on the linker).
        let target = '';
        for (const name of CANDIDATE_NAMES) {
          await hoverHighlight(tab, name);
          if (await waitFor(async () => (await tab.evaluate(candidatesOffered, undefined)) > 0, 4_000)) {
            target = name;
            break;
          }
        }
        expect(target, `no card of ${CANDIDATE_NAMES.join(', ')} offers a candidate`).not.toBe('');
        const shown = await tab.evaluate(cardText, undefined);
        // Give a forged choice every chance to land before looking again.
        for (let i = 0; i < 3; i++) {
          await tab.evaluate(forgeCandidateChoice, undefined);
          await sleep(500);
        }
        expect(await tab.evaluate(cardText, undefined)).toBe(shown);
        // The same click by the reader is honoured, so the check above could fail.
        await tab.evaluate(showCandidates, undefined);
        await tab.click('.bs-candidate', { inCard: true });
        expect(
          await waitFor(async () => (await tab.evaluate(cardText, undefined)) !== shown, CARD_TIMEOUT_MS),
          "the reader's own choice changed nothing",
        ).toBe(true);
      } finally {
        await tab.close();
      }
    }, 60_000);
  });

  it('cannot say a card is wrong for the reader; the reader can, it holds on the next visit, and the reader can undo it', async () => {
    // Pompeo: a name no other spec of this file chooses for.
    const hasWikipedia = (tab: DriverTab) => async () =>
      (await tab.evaluate(answeredCard, 'Pompeo')) !== null;
    let tab = await openSample();
    try {
      await hoverHighlight(tab, 'Pompeo');
      expect(await waitFor(hasWikipedia(tab), CARD_TIMEOUT_MS)).toBe(true);
      for (let i = 0; i < 3; i++) {
        await tab.evaluate(forgeNoArticle, undefined);
        await sleep(500);
      }
      expect(await tab.evaluate(answeredCard, 'Pompeo')).not.toBeNull();
      await tab.evaluate(showCandidates, undefined);
      await tab.click('.bs-no-article', { inCard: true });
      expect(await waitFor(() => tab.evaluate(isUnlinkedCard, 'Pompeo'), CARD_TIMEOUT_MS)).toBe(true);
    } finally {
      await tab.close();
    }
    tab = await openSample();
    try {
      await hoverHighlight(tab, 'Pompeo');
      expect(await waitFor(() => tab.evaluate(isUnlinkedCard, 'Pompeo'), CARD_TIMEOUT_MS)).toBe(true);
      await tab.click('.bs-look-up-again', { inCard: true });
      expect(await waitFor(hasWikipedia(tab), CARD_TIMEOUT_MS)).toBe(true);
    } finally {
      await tab.close();
    }
  }, 90_000);

  describe('a hostile wiki server', () => {
    const hostile: WikiFixtureServer[] = [];

    /** Lookups go to a fixture that answers Lavrov's page with `abuse`. */
    async function serveAbuse(abuse: WikiFixtureOptions['abuse']): Promise<WikiFixtureServer> {
      const fixture = await startWikiFixtureServer({ abuse });
      hostile.push(fixture);
      await lookUpIn(fixture);
      return fixture;
    }

    afterAll(async () => {
      await Promise.all(hostile.map((fixture) => fixture.close()));
      await lookUpIn(wiki).catch(() => undefined);
    });

    /**
     * While the reader waits for Lavrov's card, another tab keeps asking the background for its
     * settings, one request after the other. The longest wait is what every other tab would have seen.
     */
    async function hoverLavrovWhileAsking(
      tab: DriverTab,
    ): Promise<{ card: AnsweredCard | null; longestMs: number }> {
      let asking = true;
      let longestMs = 0;
      const otherTab = (async () => {
        while (asking) {
          const sent = Date.now();
          await driver.callBackground('getSettings', {});
          longestMs = Math.max(longestMs, Date.now() - sent);
          await sleep(50);
        }
      })();
      try {
        await hoverHighlight(tab, 'Lavrov');
        const card = await waitInTab(tab, answeredCard, 'Lavrov', CARD_TIMEOUT_MS);
        return { card, longestMs };
      } finally {
        asking = false;
        await otherTab;
      }
    }

    // Before the bounds, a 5 MB extract reached the card whole after 15 s, and a 100,000-space run held
    // the background for 6.5 s, every tab's messages waiting behind it. The limits below sit far from
    // both sides: a card within 8 s, no other request held 2 s; neither is a measure of speed.
    it.each([
      // The 5 MB extract keeps its first sentences; the spaced one is cut inside its run of spaces.
      ['a 5 MB extract', 'huge', /^Sergey Lavrov is a Russian diplomat\./],
      ['an extract with a 100,000-space run', 'spaces', /^Sergey Lavrov\b/],
    ] as const)(
      'shows %s as a card-size summary, quickly, while the background keeps answering other tabs',
      async (_what, abuse, starts) => {
        await serveAbuse(abuse);
        const tab = await openSample();
        try {
          const { card, longestMs } = await hoverLavrovWhileAsking(tab);
          expect(card, 'no answered card for Lavrov').not.toBeNull();
          expect(card?.extract).toMatch(starts);
          expect(card?.extract.length).toBeLessThanOrEqual(600);
          expect(card?.extract).not.toMatch(/\s{2}/);
          expect(longestMs, 'the longest another tab waited for the background, in ms').toBeLessThan(2_000);
        } finally {
          await tab.close();
        }
      },
      60_000,
    );

    it('never links the card to another host than the configured Wikipedia, whatever the answer says', async () => {
      const fixture = await serveAbuse('evil-links');
      const tab = await openSample();
      try {
        await hoverHighlight(tab, 'Lavrov');
        const card = await waitInTab(tab, answeredCard, 'Lavrov', CARD_TIMEOUT_MS);
        expect(card, 'no answered card for Lavrov').not.toBeNull();
        const { links = [], images = [] } = card ?? {};
        // "Read on Wikipedia" is there, on the configured Wikipedia: the check below has something to check.
        expect(links).toContain(`${fixture.origin}/wiki/Sergey_Lavrov`);
        expect([...links, ...images].filter((url) => url.includes('evil.example'))).toEqual([]);
        const hosts = new Set(links.map((url) => new URL(url).origin));
        hosts.delete(fixture.origin);
        // Only the licence may point elsewhere, and it is ours, not the answer's.
        expect([...hosts].filter((origin) => origin !== 'https://creativecommons.org')).toEqual([]);
      } finally {
        await tab.close();
      }
    }, 60_000);
  });
});
