// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage, wikipediaEditionFor } from '../../../src/options/WelcomePage';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { createFakeBrowser, type FakeBrowserOptions } from '../popup/fake-browser';
import { click, mount, waitFor, type Mounted } from '../popup/dom-helpers';
import { SETTINGS } from '../popup/fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

async function openWelcome(options: FakeBrowserOptions) {
  const fake = createFakeBrowser({
    ...options,
    background: {
      getSettings: () => ({ ...SETTINGS, storyMemory: null }),
      updateSettings: (p) => ({ ...SETTINGS, ...p }),
    },
  });
  setBrowserForTesting(fake.browser);
  mounted = mount(<WelcomePage />);
  await waitFor(() => expect(mounted?.root.querySelector('#welcome-lookups')).not.toBeNull());
  return { root: mounted.root, fake };
}

describe('options/WelcomePage', () => {
  it('says what is sent where: only names, only to Wikipedia and Wikidata, or nothing', async () => {
    const { root } = await openWelcome({});
    const text = root.textContent ?? '';
    expect(text).toContain('Its text is never sent anywhere');
    expect(text).toContain('only the names Backstory found are sent, and only to Wikipedia and Wikidata');
    expect(text).toContain('nothing is sent at all');
  });

  it('offers "on every site" (chosen unless the reader says otherwise) and "only on sites I choose"', async () => {
    const { root } = await openWelcome({ hostAccess: false });
    const options = [...root.querySelectorAll<HTMLInputElement>('input[name="welcome-access"]')];
    expect(options.map((o) => [o.value, o.checked])).toEqual([
      ['every-site', true],
      ['chosen-sites', false],
    ]);
    expect(root.querySelector('.access-choice legend')?.textContent).toBe('Where Backstory reads');
    expect(root.querySelector('label[class="access-option"]:last-of-type')?.textContent).toContain(
      'Only on sites I choose',
    );
  });

  it('asks for nothing with "only on sites I choose", and says how a site is turned on', async () => {
    const { root, fake } = await openWelcome({ hostAccess: false, grant: true });
    await click(root.querySelector('#welcome-access-chosen-sites'));
    await click(root.querySelector('.welcome-actions .button--primary'));
    await waitFor(() => expect(root.querySelector('[data-access="chosen"]')).not.toBeNull());
    expect(fake.permissionRequests).toEqual([]);
    expect(root.querySelector('[data-access="chosen"]')?.textContent).toMatch(/toolbar button/);
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'updateSettings')).toBe(true));
  });

  it('gives back access to every site when the reader changes to sites one by one', async () => {
    const { root, fake } = await openWelcome({ hostAccess: true });
    await waitFor(() => expect(root.querySelector('[data-access="granted"]')).not.toBeNull());
    await click(root.querySelector('#welcome-access-chosen-sites'));
    await click(root.querySelector('.welcome-actions .button--primary'));
    await waitFor(() => expect(root.querySelector('[data-access="chosen"]')).not.toBeNull());
    expect(fake.permissionRemovals).toEqual([{ origins: ['http://*/*', 'https://*/*'] }]);
  });

  it('asks for access to pages from the click, then saves the reader’s choices', async () => {
    const { root, fake } = await openWelcome({ hostAccess: false, grant: true });
    await click(root.querySelector('#welcome-lookups'));
    await click(root.querySelector('#welcome-story-memory'));
    await click(root.querySelector('.welcome-actions .button--primary'));
    // Requested synchronously inside the click, before anything else was awaited.
    expect(fake.permissionRequests).toEqual([{ origins: ['http://*/*', 'https://*/*'] }]);
    await waitFor(() => expect(root.querySelector('[data-access="granted"]')).not.toBeNull());
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.method === 'updateSettings').map((c) => c.payload)).toEqual([
        { lookups: false, storyMemory: true, wikipediaLang: 'en' },
      ]),
    );
    expect(root.querySelector('.welcome-done')?.textContent).toMatch(/All set/);
  });

  it('still saves the choices when access is refused, and says how to allow it later', async () => {
    const { root, fake } = await openWelcome({ hostAccess: false, grant: false });
    await click(root.querySelector('.welcome-actions .button--primary'));
    await waitFor(() => expect(root.querySelector('[data-access="denied"]')).not.toBeNull());
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'updateSettings')).toBe(true));
  });

  it('offers the Wikipedia of the browser’s language, and saves the reader’s choice', async () => {
    const fake = createFakeBrowser({
      background: { getSettings: () => SETTINGS, updateSettings: (p) => ({ ...SETTINGS, ...p }) },
    });
    (fake.browser as unknown as { i18n: unknown }).i18n = {
      getUILanguage: () => 'fr-FR',
      getMessage: () => '',
    };
    setBrowserForTesting(fake.browser);
    mounted = mount(<WelcomePage />);
    const root = mounted.root;
    await waitFor(() =>
      expect((root.querySelector('#welcome-wikipedia-lang') as HTMLSelectElement).value).toBe('fr'),
    );
    await click(root.querySelector('.welcome-actions .button--primary'));
    await waitFor(() =>
      expect(fake.calls.find((c) => c.method === 'updateSettings')?.payload).toMatchObject({
        wikipediaLang: 'fr',
      }),
    );
  });

  it.each([
    ['fr-FR', 'fr'],
    ['pt-BR', 'pt'],
    ['nb', 'no'],
    ['xx', 'en'],
    [undefined, 'en'],
  ])('a browser in %s reads the %s Wikipedia', (language, edition) => {
    expect(wikipediaEditionFor(language)).toBe(edition);
  });

  it('does not ask again where every site is already allowed', async () => {
    const { root, fake } = await openWelcome({ hostAccess: true });
    await waitFor(() => expect(root.querySelector('[data-access="granted"]')).not.toBeNull());
    await click(root.querySelector('.welcome-actions .button--primary'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'updateSettings')).toBe(true));
    expect(fake.permissionRequests).toEqual([]);
  });
});
