// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ENTITY_TYPES } from '../../../src/core/types';
import { OptionsPage } from '../../../src/options/OptionsPage';
import { t } from '../../../src/shared/i18n';
import { MARK_CSS, MARK_TAG } from '../../../src/ui/mark-css';
import { setBrowserForTesting } from '../../../src/shared/browser';
import type { Settings } from '../../../src/shared/settings';
import { createFakeBrowser } from '../popup/fake-browser';
import { click, mount, waitFor, type Mounted } from '../popup/dom-helpers';
import { SETTINGS } from '../popup/fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

/** Options page over a fake background that keeps settings the way the real one does. */
async function openOptions(initial: Partial<Settings> = {}) {
  let stored: Settings = { ...SETTINGS, ...initial };
  const fake = createFakeBrowser({
    background: {
      getSettings: () => stored,
      updateSettings: (patch) => (stored = { ...stored, ...patch }),
      setSiteEnabled: ({ host, enabled }) =>
        (stored = {
          ...stored,
          disabledSites: enabled
            ? stored.disabledSites.filter((h) => h !== host)
            : [...stored.disabledSites, host],
        }),
    },
  });
  setBrowserForTesting(fake.browser);
  mounted = mount(<OptionsPage />);
  const root = mounted.root;
  await waitFor(() => expect(root.querySelector('#lookups')).not.toBeNull());
  const updates = () => fake.calls.filter((c) => c.method === 'updateSettings').map((c) => c.payload);
  return { root, fake, updates, stored: () => stored };
}

async function change(input: Element | null, apply: (el: HTMLInputElement | HTMLSelectElement) => void) {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement))
    throw new Error('Not a control');
  await act(() => {
    apply(input);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('options/OptionsPage', () => {
  it('shows the stored settings', async () => {
    const { root } = await openOptions({ highlightMode: 'first', lookups: false, wikipediaLang: 'de' });
    expect((root.querySelector('input[value="first"]') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('#lookups')?.getAttribute('aria-checked')).toBe('false');
    expect((root.querySelector('#wikipedia-lang') as HTMLSelectElement).value).toBe('de');
  });

  it("explains the marks with the page's own highlight element and stylesheet: each kind, open, headline, in a link", async () => {
    const { root } = await openOptions();
    const legend = root.querySelector('#marks-legend') as HTMLElement;
    expect(legend.querySelector('style')?.textContent).toBe(MARK_CSS);
    const marks = [...legend.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.getAttribute('data-backstory-type')).slice(0, 4)).toEqual([...ENTITY_TYPES]);
    expect(marks.filter((m) => m.hasAttribute('data-backstory-active'))).toHaveLength(1);
    expect(legend.querySelector(`[itemprop="headline"] ${MARK_TAG}`)).not.toBeNull();
    expect(legend.querySelector(`a[href] ${MARK_TAG}`)).not.toBeNull();
    // A legend, not a control: nothing in it takes keyboard focus.
    expect(legend.querySelectorAll('[tabindex="0"], a[href]:not([tabindex="-1"])')).toHaveLength(0);
    expect(legend.textContent).toContain(t('legendHeadline'));
  });

  it('saves a switched-off entity type, keeping the others', async () => {
    const { root, updates } = await openOptions();
    await change(root.querySelector('input[name="types"][value="place"]'), (el) => {
      (el as HTMLInputElement).checked = false;
    });
    await waitFor(() =>
      expect(updates()).toEqual([{ types: { person: true, organization: true, place: false, event: true } }]),
    );
    await waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe('Saved'));
  });

  it('saves the highlight mode, the hover delay and the Wikipedia language', async () => {
    const { root, updates } = await openOptions();
    await change(root.querySelector('input[value="first"]'), (el) => {
      (el as HTMLInputElement).checked = true;
    });
    await change(root.querySelector('#hover-delay'), (el) => {
      el.value = '800';
    });
    await change(root.querySelector('#wikipedia-lang'), (el) => {
      el.value = 'fr';
    });
    await waitFor(() =>
      expect(updates()).toEqual([{ highlightMode: 'first' }, { hoverDelayMs: 800 }, { wikipediaLang: 'fr' }]),
    );
  });

  it('turns lookups off and story memory on', async () => {
    const { root, updates, stored } = await openOptions();
    await click(root.querySelector('#lookups'));
    await waitFor(() => expect(root.querySelector('#lookups')?.getAttribute('aria-checked')).toBe('false'));
    await click(root.querySelector('#story-memory'));
    await waitFor(() =>
      expect(root.querySelector('#story-memory')?.getAttribute('aria-checked')).toBe('true'),
    );
    expect(updates()).toEqual([{ lookups: false }, { storyMemory: true }]);
    expect(stored()).toMatchObject({ lookups: false, storyMemory: true });
  });

  it('lists the sites switched off and turns one back on', async () => {
    const { root, fake } = await openOptions({ disabledSites: ['a.example', 'b.example'] });
    expect([...root.querySelectorAll('.site-list li')].map((li) => li.getAttribute('data-host'))).toEqual([
      'a.example',
      'b.example',
    ]);
    await click(root.querySelector('[data-host="a.example"] button'));
    await waitFor(() => expect(root.querySelectorAll('.site-list li')).toHaveLength(1));
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'setSiteEnabled',
      payload: { host: 'a.example', enabled: true },
    });
  });

  it('offers to export or forget the remembered stories', async () => {
    const { root } = await openOptions({ storyMemory: true });
    const section = root.querySelector('.story-memory-controls');
    expect(section?.textContent).toContain('Export as Markdown');
    expect(section?.textContent).toContain('Forget all stories');
  });

  it('says so when saving fails', async () => {
    const fake = createFakeBrowser({
      background: {
        getSettings: () => SETTINGS,
        updateSettings: () => {
          throw new Error('storage full');
        },
      },
    });
    setBrowserForTesting(fake.browser);
    mounted = mount(<OptionsPage />);
    const root = mounted.root;
    await waitFor(() => expect(root.querySelector('#lookups')).not.toBeNull());
    await click(root.querySelector('#lookups'));
    await waitFor(() =>
      expect(root.querySelector('.save-status')?.textContent).toBe('Could not save: storage full'),
    );
  });
});
