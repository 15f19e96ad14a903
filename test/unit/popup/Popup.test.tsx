// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { Popup } from '../../../src/popup/Popup';
import { createFakeBrowser, type FakeBrowserOptions } from './fake-browser';
import { click, keydown, mount, typeInto, waitFor, type Mounted } from './dom-helpers';
import { PAGE_STATE, SETTINGS } from './fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const URL_OF_TAB = PAGE_STATE.analysis.url ?? '';
let mounted: Mounted | undefined;

function open(options: FakeBrowserOptions, tabId: number | null = 7) {
  const fake = createFakeBrowser({ tabs: { 7: URL_OF_TAB }, ...options });
  setBrowserForTesting(fake.browser);
  mounted = mount(<Popup tabId={tabId} />);
  return { fake, root: mounted.root };
}

const ready: FakeBrowserOptions = {
  background: {
    getPageState: () => PAGE_STATE,
    getSettings: () => SETTINGS,
    setSiteEnabled: ({ host, enabled }) => ({ ...SETTINGS, disabledSites: enabled ? [] : [host] }),
    getCard: () => ({ status: 'lookups-off' }),
  },
  content: { ping: () => ({ types: [] }), revealMention: ({ index }) => index ?? 0 },
};

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe('popup/Popup', () => {
  it('keeps its header to one line: the site switch and settings; the title is the heading for screen readers', async () => {
    const { root } = open(ready);
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe(PAGE_STATE.analysis.title));
    expect(root.querySelector('h1')?.classList.contains('visually-hidden')).toBe(true);
    const header = root.querySelector('.popup-top') as HTMLElement;
    // What is seen in the header: the switch's label and no other text.
    const seen = [...header.querySelectorAll('label, p, span, h1')].filter(
      (el) => !el.closest('.visually-hidden') && el.textContent,
    );
    expect(seen.map((el) => el.textContent)).toEqual(['On for www.nationalreview.com']);
    // Site and publication date move to the footer line.
    expect(root.querySelector('.popup-footer .page-site')?.textContent).toBe('National Review');
    expect(root.querySelector('.popup-footer .page-date')?.textContent).toBe('30 May 2018');
  });

  it('lists every entity grouped by type, in the order people, organisations, places, events', async () => {
    const { root } = open(ready);
    await waitFor(() =>
      expect(root.querySelectorAll('li[data-entity-id]').length).toBe(PAGE_STATE.analysis.entities.length),
    );
    const groups = [...root.querySelectorAll('.entity-group h2')].map(
      (h) => h.firstChild?.nextSibling?.textContent,
    );
    expect(groups).toEqual(['People', 'Organisations', 'Places', 'Events']);
    const places = [...root.querySelectorAll('.entity-group--place li[data-entity-id]')].map((li) =>
      li.getAttribute('data-entity-id'),
    );
    // North Korea is in the headline (and has the most mentions), so it leads its group.
    expect(places[0]).toBe('e-nk');
    // Lavrov is named once, but the headline is about him ("Russian Foreign Minister"): he leads.
    const people = [...root.querySelectorAll('.entity-group--person li[data-entity-id]')].map((li) =>
      li.getAttribute('data-entity-id'),
    );
    expect(people[0]).toBe('e-lavrov');
    expect(new Set(places)).toEqual(new Set(['e-nk', 'e-singapore', 'e-beijing', 'e-ny']));
    const lavrov = root.querySelector('[data-entity-id="e-lavrov"]');
    expect(lavrov?.querySelector('.entity-name')?.textContent).toBe('Sergey Lavrov');
    expect(lavrov?.querySelector('.entity-description')?.textContent).toBe('Russian foreign minister');
    expect(root.querySelector('[data-entity-id="e-nk"] .entity-count')?.textContent).toContain('10 mentions');
  });

  it("gives every entity a second line: the article's words, else Wikipedia's, else its type and where it is named", async () => {
    const { root } = open({
      ...ready,
      background: {
        ...ready.background,
        knownDescriptions: () => ({
          'e-singapore': 'City-state in Southeast Asia',
          'e-lavrov': 'Russian diplomat',
        }),
      },
    });
    const line = (id: string): string | null | undefined =>
      root.querySelector(`[data-entity-id="${id}"] .entity-description`)?.textContent;
    await waitFor(() => expect(line('e-singapore')).toBe('City-state in Southeast Asia'));
    // The article's own description comes first.
    expect(line('e-lavrov')).toBe('Russian foreign minister');
    // Nothing known: nothing made up.
    expect(line('e-nk')).toBe('Place · named in the headline');
    expect(line('e-beijing')).toBe('Place · first named in the opening');
    expect(line('e-wh')).toBe('Organisation · first named in the opening');
  });

  it('filters the roster by name, other names and description, ignoring accents', async () => {
    const { root } = open(ready);
    await waitFor(() => expect(root.querySelector('#entity-search')).not.toBeNull());
    await typeInto(root.querySelector('#entity-search'), 'sérgey');
    expect(
      [...root.querySelectorAll('li[data-entity-id]')].map((li) => li.getAttribute('data-entity-id')),
    ).toEqual(['e-lavrov']);
    await typeInto(root.querySelector('#entity-search'), 'secretary of state');
    expect(
      [...root.querySelectorAll('li[data-entity-id]')].map((li) => li.getAttribute('data-entity-id')),
    ).toEqual(['e-pompeo']);
    await typeInto(root.querySelector('#entity-search'), 'zzz');
    expect(root.querySelector('.empty-search')?.textContent).toContain('zzz');
  });

  it('opens a card in place from the background, and closes it again', async () => {
    const { root, fake } = open(ready);
    await waitFor(() => expect(root.querySelector('[data-entity-id="e-lavrov"]')).not.toBeNull());
    const toggle = root.querySelector('[data-entity-id="e-lavrov"] .entity-toggle');
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(root.querySelector('#card-e-lavrov .bs-note')?.textContent).toMatch(/Lookups are off/),
    );
    expect(root.querySelector('#card-e-lavrov .bs-context blockquote')?.textContent).toMatch(
      /^Sergey Lavrov will meet/,
    );
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'getCard',
      payload: { tabId: 7, entityId: 'e-lavrov' },
    });
    await click(toggle);
    expect(root.querySelector('#card-e-lavrov')).toBeNull();
  });

  it('offers the other candidates of a card and asks the background for the one chosen', async () => {
    const card = (qid: string, title: string) => ({
      status: 'ok' as const,
      card: {
        qid,
        title,
        url: `https://en.wikipedia.org/wiki/${title}`,
        extract: `${title} extract`,
        facts: [],
        candidates: [
          { qid: 'Q1', label: 'Kim Jong Un' },
          { qid: 'Q2', label: 'Kim Jong Un (disambiguation)' },
        ],
      },
    });
    const { root, fake } = open({
      ...ready,
      background: {
        ...ready.background,
        getCard: () => card('Q2', 'Wrong Kim'),
        chooseCandidate: ({ qid }) => card(qid, 'Kim Jong Un'),
      },
    });
    await waitFor(() => expect(root.querySelector('[data-entity-id="e-kim"] .entity-toggle')).not.toBeNull());
    await click(root.querySelector('[data-entity-id="e-kim"] .entity-toggle'));
    await waitFor(() => expect(root.querySelector('#card-e-kim .bs-name')?.textContent).toBe('Wrong Kim'));
    await click(root.querySelector('#card-e-kim .bs-candidate'));
    await waitFor(() => expect(root.querySelector('#card-e-kim .bs-name')?.textContent).toBe('Kim Jong Un'));
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'chooseCandidate',
      payload: { tabId: 7, entityId: 'e-kim', qid: 'Q1' },
    });
  });

  it('shows the thumbnail the background fetched, as data, and never requests the image itself', async () => {
    const dataUrl = 'data:image/jpeg;base64,/9j/4AAQ';
    const thumbnail = { url: 'https://upload.wikimedia.org/kim.jpg', width: 200, height: 250, dataUrl };
    const { root } = open({
      ...ready,
      background: {
        ...ready.background,
        getCard: () => ({
          status: 'ok' as const,
          card: {
            title: 'Kim Jong Un',
            url: 'https://en.wikipedia.org/wiki/Kim_Jong_Un',
            extract: 'Kim Jong Un extract',
            thumbnail,
            facts: [],
            candidates: [],
          },
        }),
      },
    });
    await waitFor(() => expect(root.querySelector('[data-entity-id="e-kim"] .entity-toggle')).not.toBeNull());
    await click(root.querySelector('[data-entity-id="e-kim"] .entity-toggle'));
    await waitFor(() =>
      expect(root.querySelector<HTMLImageElement>('#card-e-kim img.bs-thumb')?.getAttribute('src')).toBe(
        dataUrl,
      ),
    );
    expect(root.innerHTML).not.toContain(thumbnail.url);
  });

  it('jumps to the next mention each time "show in the article" is pressed', async () => {
    const { root, fake } = open(ready);
    await waitFor(() => expect(root.querySelector('[data-entity-id="e-trump"] .jump')).not.toBeNull());
    const jump = root.querySelector('[data-entity-id="e-trump"] .jump');
    await click(jump);
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'revealMention')).toHaveLength(1));
    await click(jump);
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'revealMention')).toHaveLength(2));
    const reveals = fake.calls.filter((c) => c.method === 'revealMention');
    expect(reveals.map((c) => c.payload)).toEqual([
      { entityId: 'e-trump', index: 0 },
      { entityId: 'e-trump', index: 1 },
    ]);
    expect(reveals.every((c) => c.tabId === 7)).toBe(true);
  });

  it('shows the timeline in date order, each event carrying its ISO date and written at its granularity', async () => {
    const { root } = open(ready);
    await waitFor(() => expect(root.querySelector('#popup-tab-timeline')).not.toBeNull());
    await click(root.querySelector('#popup-tab-timeline'));
    const items = [...root.querySelectorAll('.event[data-date]')];
    expect(items.map((li) => li.getAttribute('data-date'))).toEqual([
      '2017',
      '2018-05',
      '2018-05-30',
      '2018-05-30',
      '2018-05-31',
      '2018-06-12',
    ]);
    // Same-day events keep the article's order.
    expect(items.map((li) => li.getAttribute('data-event-id')).slice(2, 4)).toEqual([
      't-statement',
      't-aide',
    ]);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '2017',
      'May 2018',
      '30 May 2018',
      '30 May 2018',
      '31 May 2018',
      '12 June 2018',
    ]);
    const summit = root.querySelector('[data-event-id="t-summit"]');
    expect(summit?.classList.contains('is-central')).toBe(true);
    expect(summit?.classList.contains('is-scheduled')).toBe(true);
    expect(summit?.textContent).toContain('Scheduled');
    expect(root.querySelector('[data-event-id="t-cancel"]')?.textContent).not.toContain('Scheduled');
    // The resolved date keeps the words it came from.
    expect(root.querySelector('[data-event-id="t-cancel"] time')?.getAttribute('title')).toBe(
      'The article says “earlier this month”',
    );
  });

  it('gives a long timeline year shortcuts and a way to the central event', async () => {
    const base = PAGE_STATE.analysis.timeline[0];
    if (!base) throw new Error('fixture has no events');
    const timeline = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      id: `g${i}`,
      date: `${2000 + Math.floor(i / 10)}-01-0${(i % 9) + 1}`,
      central: i === 25,
      span: { start: i, end: i + 1 },
    }));
    const long = { ...PAGE_STATE, analysis: { ...PAGE_STATE.analysis, timeline } };
    const { root } = open({ ...ready, background: { ...ready.background, getPageState: () => long } });
    await waitFor(() => expect(root.querySelector('#popup-tab-timeline')).not.toBeNull());
    await click(root.querySelector('#popup-tab-timeline'));
    const shortcuts = [...root.querySelectorAll('.timeline-nav button')].map((b) => b.textContent);
    expect(shortcuts).toEqual(['The story', '2000', '2001', '2002']);
    await click(root.querySelector('.timeline-nav .chip--story'));
    expect(document.activeElement?.getAttribute('data-event-id')).toBe('g25');
    await click(root.querySelector('.timeline-nav .chip--year:nth-child(3)'));
    expect(document.activeElement?.id).toBe('year-2001');
  });

  it('opens an entity card from a timeline chip', async () => {
    const { root, fake } = open(ready);
    await waitFor(() => expect(root.querySelector('#popup-tab-timeline')).not.toBeNull());
    await click(root.querySelector('#popup-tab-timeline'));
    await click(root.querySelector('[data-event-id="t-summit"] .chip[data-entity-id="e-kim"]'));
    await waitFor(() => expect(root.querySelector('#event-card-t-summit')).not.toBeNull());
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'getCard',
      payload: { tabId: 7, entityId: 'e-kim' },
    });
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { root } = open(ready);
    await waitFor(() => expect(root.querySelector('[role="tablist"]')).not.toBeNull());
    const entities = root.querySelector('#popup-tab-entities');
    const timeline = root.querySelector('#popup-tab-timeline');
    expect(entities?.getAttribute('tabindex')).toBe('0');
    expect(timeline?.getAttribute('tabindex')).toBe('-1');
    await keydown(entities, 'ArrowRight');
    expect(timeline?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(timeline);
    expect(root.querySelector('#popup-panel-timeline')?.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('#popup-panel-entities')?.hasAttribute('hidden')).toBe(true);
    await keydown(timeline, 'ArrowRight');
    expect(entities?.getAttribute('aria-selected')).toBe('true');
    await keydown(entities, 'End');
    expect(timeline?.getAttribute('aria-selected')).toBe('true');
    await keydown(timeline, 'Home');
    expect(entities?.getAttribute('aria-selected')).toBe('true');
  });

  it('moves between entities with the up and down arrows, starting from the filter box', async () => {
    const { root } = open(ready);
    await waitFor(() => expect(root.querySelector('#entity-search')).not.toBeNull());
    const search = root.querySelector('#entity-search');
    const toggles = [...root.querySelectorAll('.entity-toggle')];
    await keydown(search, 'ArrowDown');
    expect(document.activeElement).toBe(toggles[0]);
    await keydown(toggles[0] ?? null, 'ArrowDown');
    expect(document.activeElement).toBe(toggles[1]);
    await keydown(toggles[1] ?? null, 'ArrowUp');
    await keydown(toggles[0] ?? null, 'ArrowUp');
    expect(document.activeElement).toBe(search);
  });

  it('turns the site off through setSiteEnabled and then says it is off', async () => {
    const { root, fake } = open(ready);
    const toggle = await waitFor(() => {
      const el = root.querySelector('#site-switch');
      expect(el?.getAttribute('aria-checked')).toBe('true');
      return el;
    });
    expect(root.querySelector('#site-switch-label')?.textContent).toBe('On for www.nationalreview.com');
    await click(toggle);
    await waitFor(() =>
      expect(root.querySelector('#site-switch')?.getAttribute('aria-checked')).toBe('false'),
    );
    expect(root.querySelector('#site-switch-label')?.textContent).toBe('Off for www.nationalreview.com');
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'setSiteEnabled',
      payload: { host: 'www.nationalreview.com', enabled: false },
    });
    expect(root.querySelector('[data-state="disabled"]')).not.toBeNull();
  });

  it('says Backstory is paused everywhere and resumes it from the popup', async () => {
    let settings = { ...SETTINGS, paused: true };
    const { root, fake } = open({
      ...ready,
      background: {
        ...ready.background,
        getSettings: () => settings,
        updateSettings: (patch) => (settings = { ...settings, ...patch }),
      },
    });
    await waitFor(() =>
      expect(root.querySelector('[data-state="disabled"]')?.textContent).toContain('Paused everywhere'),
    );
    expect(root.querySelector('#site-switch')?.hasAttribute('disabled')).toBe(true);
    await click(root.querySelector('[data-state="disabled"] button'));
    await waitFor(() => expect(root.querySelectorAll('li[data-entity-id]').length).toBeGreaterThan(0));
    expect(fake.calls).toContainEqual({
      to: 'background',
      method: 'updateSettings',
      payload: { paused: false },
    });
  });

  it('keeps the switch as it was and says so when the background refuses the change', async () => {
    const { root } = open({
      ...ready,
      background: {
        ...ready.background,
        setSiteEnabled: () => {
          throw new Error('storage full');
        },
      },
    });
    const toggle = await waitFor(() => {
      const el = root.querySelector('#site-switch');
      expect(el?.getAttribute('aria-checked')).toBe('true');
      return el;
    });
    await click(toggle);
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be saved/),
    );
    expect(root.querySelector('#site-switch')?.getAttribute('aria-checked')).toBe('true');
  });

  it('says nothing was found when the article has no entities and no dates', async () => {
    const empty = { ...PAGE_STATE, analysis: { ...PAGE_STATE.analysis, entities: [], timeline: [] } };
    const { root } = open({ ...ready, background: { ...ready.background, getPageState: () => empty } });
    await waitFor(() => expect(root.querySelector('[data-state="nothing-found"]')).not.toBeNull());
    expect(root.textContent).toContain('Nothing found');
    expect(root.querySelector('[role="tablist"]')).toBeNull();
  });

  it('says the browser’s own pages cannot be read, without a site switch', async () => {
    const { root } = open({
      ...ready,
      tabs: { 7: 'chrome://extensions/' },
      background: { ...ready.background, getPageState: () => null },
    });
    await waitFor(() => expect(root.querySelector('[data-state="unsupported"]')).not.toBeNull());
    expect(root.querySelector('#site-switch')).toBeNull();
  });

  it('treats a PDF as unsupported', async () => {
    const { root } = open({
      ...ready,
      tabs: { 7: 'https://example.org/report.pdf' },
      background: { ...ready.background, getPageState: () => null },
    });
    await waitFor(() => expect(root.querySelector('[data-state="unsupported"]')).not.toBeNull());
  });

  it('says there is no article once the content script answered but no analysis came', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { root } = open({ ...ready, background: { ...ready.background, getPageState: () => null } });
      await waitFor(() => expect(root.querySelector('[data-state="analyzing"]')).not.toBeNull());
      await vi.advanceTimersByTimeAsync(5000);
      await waitFor(() => expect(root.querySelector('[data-state="no-article"]')).not.toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('says it could not read the page, and offers to try again, when the page was read but its analysis is lost', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let lost = true;
      const { root, fake } = open({
        ...ready,
        background: { ...ready.background, getPageState: () => (lost ? null : PAGE_STATE) },
        content: { ...ready.content, ping: () => ({ types: [], article: 'found' }), readAgain: () => null },
      });
      await vi.advanceTimersByTimeAsync(5000);
      await waitFor(() => expect(root.querySelector('[data-state="unreadable"]')).not.toBeNull());
      lost = false;
      await click(root.querySelector<HTMLButtonElement>('[data-state="unreadable"] button'));
      await vi.advanceTimersByTimeAsync(1000);
      await waitFor(() => expect(root.querySelectorAll('li[data-entity-id]').length).toBeGreaterThan(0));
      expect(fake.calls.some((c) => c.to === 'tab' && c.method === 'readAgain')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never waits for ever on a background that does not answer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { root } = open({
        ...ready,
        background: { ...ready.background, getPageState: () => new Promise(() => undefined) },
      });
      await vi.advanceTimersByTimeAsync(4000);
      await waitFor(() => expect(root.querySelector('[data-state="unreadable"]')).not.toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('says at once that there is no article when the content script found none', async () => {
    const { root } = open({
      ...ready,
      background: { ...ready.background, getPageState: () => null },
      content: { ping: () => ({ types: [], article: 'none' }) },
    });
    // Well inside the analysis wait: the popup did not sit out the wait for an analysis that is not coming.
    await waitFor(() => expect(root.querySelector('[data-state="no-article"]')).not.toBeNull(), 500);
  });

  it('shows the analysis as soon as it arrives while waiting', async () => {
    let calls = 0;
    const { root } = open({
      ...ready,
      background: { ...ready.background, getPageState: () => (++calls >= 3 ? PAGE_STATE : null) },
    });
    await waitFor(() => expect(root.querySelector('[data-state="analyzing"]')).not.toBeNull());
    await waitFor(() => expect(root.querySelectorAll('li[data-entity-id]').length).toBeGreaterThan(0), 3000);
  });

  describe('where the reader chose "only on sites I choose"', () => {
    const SITE = ['http://www.nationalreview.com/*', 'https://www.nationalreview.com/*'];
    /** No access to the site yet; once granted, the background's analysis arrives. */
    function notAllowedYet(extra: Partial<FakeBrowserOptions> = {}) {
      let granted = false;
      const opened = open({
        ...ready,
        hostAccess: false,
        grant: true,
        content: undefined,
        ...extra,
        background: {
          ...ready.background,
          getPageState: () => (granted ? PAGE_STATE : null),
          ...extra.background,
        },
      });
      const request = opened.fake.browser.permissions.request;
      opened.fake.browser.permissions.request = (async (asked: unknown) => {
        const answer = await request(asked as never);
        granted = answer;
        return answer;
      }) as typeof request;
      return opened;
    }

    it('shows the site switch off and says Backstory may not read this site yet', async () => {
      const { root } = notAllowedYet();
      await waitFor(() => expect(root.querySelector('[data-state="no-access"]')).not.toBeNull());
      expect(root.querySelector('#site-switch')?.getAttribute('aria-checked')).toBe('false');
    });

    it('asks for this site only, inside the click on the switch, then shows what was found', async () => {
      const { root, fake } = notAllowedYet();
      await waitFor(() => expect(root.querySelector('[data-state="no-access"]')).not.toBeNull());
      await click(root.querySelector('#site-switch'));
      expect(fake.permissionRequests).toEqual([{ origins: SITE }]);
      // No reload: the background starts Backstory in the open tab, and the popup waits for it.
      await waitFor(
        () => expect(root.querySelectorAll('li[data-entity-id]').length).toBeGreaterThan(0),
        3000,
      );
      expect(fake.reloaded).toEqual([]);
    });

    it('grants from the state’s button too', async () => {
      const { root, fake } = notAllowedYet();
      await waitFor(() => expect(root.querySelector('[data-state="no-access"] button')).not.toBeNull());
      await click(root.querySelector('[data-state="no-access"] button'));
      expect(fake.permissionRequests).toEqual([{ origins: SITE }]);
    });

    it('switches a site the reader had switched off back on with the grant', async () => {
      const { root, fake } = notAllowedYet({
        background: { getSettings: () => ({ ...SETTINGS, disabledSites: ['www.nationalreview.com'] }) },
      });
      await waitFor(() => expect(root.querySelector('#site-switch')).not.toBeNull());
      await click(root.querySelector('#site-switch'));
      expect(fake.permissionRequests).toEqual([{ origins: SITE }]);
      await waitFor(() =>
        expect(fake.calls.find((c) => c.method === 'setSiteEnabled')?.payload).toEqual({
          host: 'www.nationalreview.com',
          enabled: true,
        }),
      );
    });

    it('changes nothing when the reader refuses', async () => {
      const { root, fake } = open({
        ...ready,
        hostAccess: false,
        grant: false,
        content: undefined,
        background: { ...ready.background, getPageState: () => null },
      });
      await waitFor(() => expect(root.querySelector('[data-state="no-access"]')).not.toBeNull());
      await click(root.querySelector('#site-switch'));
      expect(fake.permissionRequests).toEqual([{ origins: SITE }]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(root.querySelector('[data-state="no-access"]')).not.toBeNull();
      expect(fake.calls.some((c) => c.method === 'setSiteEnabled')).toBe(false);
    });

    it('asks for every site when the browser does not say which page this is', async () => {
      const { root, fake } = open({
        ...ready,
        tabs: {},
        hostAccess: false,
        grant: false,
        content: undefined,
        background: { ...ready.background, getPageState: () => null },
      });
      await waitFor(() => expect(root.querySelector('[data-state="no-access"] button')).not.toBeNull());
      await click(root.querySelector('[data-state="no-access"] button'));
      expect(fake.permissionRequests).toEqual([{ origins: ['http://*/*', 'https://*/*'] }]);
    });
  });

  it('is unsupported when there is no tab at all', async () => {
    const { root } = open(ready, null);
    await waitFor(() => expect(root.querySelector('[data-state="unsupported"]')).not.toBeNull());
  });

  it('says when the reader is offline that cards show only what the article says', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const { root } = open(ready);
      await waitFor(() => expect(root.querySelector('.banner')?.textContent).toMatch(/You are offline/));
      // The roster is still shown: nothing here needs the network.
      expect(root.querySelectorAll('li[data-entity-id]').length).toBe(PAGE_STATE.analysis.entities.length);
    } finally {
      onLine.mockRestore();
    }
  });

  it('says lookups are off above the roster', async () => {
    const { root } = open({
      ...ready,
      background: { ...ready.background, getSettings: () => ({ ...SETTINGS, lookups: false }) },
    });
    await waitFor(() => expect(root.querySelector('.banner')?.textContent).toMatch(/Lookups are off/));
  });
});
