// @vitest-environment jsdom
/**
 * axe-core over a highlighted paragraph with its hover card open (the card lives in a shadow root,
 * which axe walks). jsdom has no layout, so colour contrast is left to the real-browser runs.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex } from '../../../src/core/page/text-index';
import type { CardState } from '../../../src/shared/card';
import { highlight, MARK_TAG } from '../../../src/content/highlighter';
import { createHoverCard } from '../../../src/content/hover-card';
import { LAVROV, LAVROV_CARD } from '../ui/entity-fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const controller = new AbortController();
afterEach(() => controller.abort());

async function seriousViolations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'A news page';
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('content accessibility', () => {
  it.each([
    ['loading', () => new Promise<CardState>(() => {})],
    ['with the Wikipedia card', () => Promise.resolve<CardState>({ status: 'ok', card: LAVROV_CARD })],
    ['offline', () => Promise.resolve<CardState>({ status: 'offline' })],
  ])('has no serious violations with the card open (%s)', async (_state, loadCard) => {
    document.body.innerHTML =
      '<main><h1>News</h1><p id="p">Sergey Lavrov met <a href="/x">Lavrov</a> fans.</p></main>';
    const index = buildTextIndex(document.getElementById('p') as Element);
    highlight(index, [
      {
        span: { start: 0, end: 13 },
        entityId: LAVROV.id,
        type: 'person',
        label: 'Sergey Lavrov, person: Russian foreign minister',
      },
      {
        span: { start: 18, end: 24 },
        entityId: LAVROV.id,
        type: 'person',
        label: 'Lavrov, person: Russian foreign minister',
      },
    ]);
    const card = createHoverCard({
      doc: document,
      signal: controller.signal,
      entityFor: () => LAVROV,
      loadCard,
      chooseCandidate: loadCard,
      hoverDelayMs: () => 500,
    });
    card.open(document.querySelector<HTMLElement>(`${MARK_TAG}[tabindex="0"]`) as HTMLElement);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(
      document.querySelector('[data-backstory-card]')?.shadowRoot?.querySelector('[role="dialog"]'),
    ).not.toBeNull();
    expect(await seriousViolations()).toEqual([]);
    card.close();
  });
});
