// @vitest-environment jsdom
/**
 * axe-core over the rendered popup, options and welcome pages. jsdom has no layout, so colour
 * contrast cannot be judged here (axe reports it as incomplete); the real-browser run covers that.
 */
import axe from 'axe-core';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/options/OptionsPage';
import { WelcomePage } from '../../../src/options/WelcomePage';
import { Popup } from '../../../src/popup/Popup';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { createFakeBrowser } from './fake-browser';
import { click, mount, waitFor, type Mounted } from './dom-helpers';
import { PAGE_STATE, SETTINGS } from './fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.title = '';
});

function useFake(getPageState: () => typeof PAGE_STATE | null = () => PAGE_STATE) {
  setBrowserForTesting(
    createFakeBrowser({
      tabs: { 7: PAGE_STATE.analysis.url ?? '' },
      background: {
        getPageState,
        getSettings: () => ({ ...SETTINGS, disabledSites: ['a.example'] }),
        getCard: () => ({ status: 'not-found' }),
      },
      content: { ping: () => ({ types: [] }) },
    }).browser,
  );
}

/** Serious and critical violations only, each as "rule: target" so a failure names the element. */
async function seriousViolations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'Backstory';
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function render(vnode: VNode, ready: string): Promise<HTMLElement> {
  mounted = mount(vnode);
  const root = mounted.root;
  await waitFor(() => expect(root.querySelector(ready)).not.toBeNull());
  return root;
}

describe('accessibility (axe-core, jsdom)', () => {
  it('popup roster with a card open has no serious violations', async () => {
    useFake();
    const root = await render(<Popup tabId={7} />, 'li[data-entity-id]');
    await click(root.querySelector('[data-entity-id="e-lavrov"] .entity-toggle'));
    expect(await seriousViolations()).toEqual([]);
  });

  it('popup timeline has no serious violations', async () => {
    useFake();
    const root = await render(<Popup tabId={7} />, '#popup-tab-timeline');
    await click(root.querySelector('#popup-tab-timeline'));
    await click(root.querySelector('[data-event-id="t-summit"] .chip'));
    expect(await seriousViolations()).toEqual([]);
  });

  it('popup empty state has no serious violations', async () => {
    useFake(() => ({ ...PAGE_STATE, analysis: { ...PAGE_STATE.analysis, entities: [], timeline: [] } }));
    await render(<Popup tabId={7} />, '[data-state="nothing-found"]');
    expect(await seriousViolations()).toEqual([]);
  });

  it('options page has no serious violations', async () => {
    useFake();
    await render(<OptionsPage />, '#lookups');
    expect(await seriousViolations()).toEqual([]);
  });

  it('welcome page has no serious violations', async () => {
    useFake();
    await render(<WelcomePage />, '#welcome-lookups');
    expect(await seriousViolations()).toEqual([]);
  });
});
