/**
 * #14 item 10: one long analysis does not hold up every tab. While the background analyses a
 * 50,000-word article, another tab's card requests keep being answered. The evidence is an order,
 * not a time: card requests are sent one after another from the moment the long analysis is asked
 * for, and many are answered before the analysis is. A background that analysed in one go answers
 * none of them until the analysis is done (at most one or two slip in while it stores the result).
 * Written once over the browser driver; runs in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, type DriverTab, type ExtensionDriver, type WithApi } from '../support/driver';
import { longArticleHtml } from '../support/long-articles';
import { countMarks } from '../support/page-probe';
import { SAMPLE_PATH, startStaticServer, type StaticServer } from '../support/static-server';
import { waitForSettledCount } from '../support/wait';

/** The long article's text as the content script would send it: its paragraphs, blank lines between. */
function longArticleText(words: number): string {
  const { html } = longArticleHtml(words, false);
  const body = html.slice(html.indexOf('<div itemprop="articleBody">'));
  return body
    .replace(/<\/(p|h2)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Race {
  /** Card answers that came back before the long analysis's answer. */
  cardsBefore: number;
  /** Whether every card answer was a card state (the request was served, not refused). */
  allServed: boolean;
  entities: number;
}

/**
 * Runs in an extension page: asks for the long analysis, then asks for the other tab's card again
 * and again (each request after the previous answer) until the analysis is answered.
 */
async function race([text, tabId, entityId]: readonly [string, number, string]): Promise<Race> {
  const ext = (globalThis as WithApi).browser ?? (globalThis as WithApi).chrome;
  let analysed = false;
  const analysis = ext.runtime
    .sendMessage({
      backstory: 1,
      method: 'analyzePage',
      payload: { url: 'http://127.0.0.1/long-article', title: 'A long article', site: '127.0.0.1', text },
    })
    .then((answer: unknown) => {
      analysed = true;
      return answer as { ok: boolean; value?: { entities: unknown[] } };
    });
  let cardsBefore = 0;
  let allServed = true;
  while (!analysed) {
    const answer = (await ext.runtime.sendMessage({
      backstory: 1,
      method: 'getCard',
      payload: { tabId, entityId },
    })) as { ok: boolean; value?: { status?: string } };
    allServed &&= answer.ok && typeof answer.value?.status === 'string';
    if (!analysed) cardsBefore++;
  }
  const result = await analysis;
  return { cardsBefore, allServed, entities: result.value?.entities.length ?? 0 };
}

describe.each(DRIVERS)('$name: a long analysis does not hold up other tabs', ({ launch }) => {
  let server: StaticServer;
  let driver: ExtensionDriver;
  let reader: DriverTab;
  let extensionTab: DriverTab;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await launch();
    await driver.callBackground('updateSettings', { lookups: false });
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it("answers another tab's card requests while a 50,000-word article is analysed", async () => {
    const url = server.url(SAMPLE_PATH);
    reader = await driver.openWebPage(url);
    await waitForSettledCount(() => reader.evaluate(countMarks, undefined), { timeoutMs: 30_000 });
    const tabId = await driver.tabIdOf(url);
    const state = await driver.callBackground('getPageState', { tabId });
    const entityId = state?.analysis.entities[0]?.id;
    expect(entityId, 'the reader tab has no analysed entity').toBeTruthy();

    extensionTab = await driver.openExtensionPage('options.html');
    const outcome = await extensionTab.evaluate(race, [
      longArticleText(50_000),
      tabId,
      entityId ?? '',
    ] as const);
    expect(outcome.entities, 'the long analysis found nothing').toBeGreaterThan(10);
    expect(outcome.allServed).toBe(true);
    expect(outcome.cardsBefore).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
