// @vitest-environment jsdom
import { render } from 'preact';
// The polyfill refuses to load outside an extension; the seam (src/shared/browser) is what tests set.
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, splitContext, type LookupState } from '../../../src/ui/EntityCard';
import { LOOK_UP_AGAIN, NO_ARTICLE } from '../../../src/shared/card';
import { LAVROV, LAVROV_CARD } from './entity-fixtures';

let host: HTMLElement;
function show(lookup: LookupState, onChooseCandidate?: (qid: string, event: Event) => void): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<EntityCard entity={LAVROV} lookup={lookup} onChooseCandidate={onChooseCandidate} />, host);
  return host;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ui/EntityCard', () => {
  it('names the entity and what the article says before any lookup answers', () => {
    const el = show({ status: 'loading' });
    expect(el.querySelector('.bs-name')?.textContent).toBe('Sergey Lavrov');
    expect(el.querySelector('.bs-head-description')?.textContent).toBe('Russian foreign minister');
    expect(el.querySelector('.bs-article .bs-kicker')?.textContent).toBe(
      'In this article · Person · 2 mentions',
    );
    // The article's description is under the name already; it is not repeated below.
    expect(el.querySelector('.bs-descriptions')).toBeNull();
    expect(el.textContent).toContain('Also called: Lavrov');
    expect(el.querySelector('.bs-context strong')?.textContent).toBe('Sergey Lavrov');
    expect(el.querySelector('.bs-context blockquote')?.textContent).toBe(LAVROV.firstContext);
    expect(el.querySelector('[aria-busy="true"]')?.textContent).toBe('Looking it up…');
  });

  it('orders the card as a reader scans it: title, summary, facts, the article, its first mention', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD }, () => {});
    const order = [...el.querySelectorAll('.bs-body > *, .bs-body > * > *')]
      .map((node) =>
        ['bs-head', 'bs-summary', 'bs-facts', 'bs-article', 'bs-context'].find((c) =>
          node.classList.contains(c),
        ),
      )
      .filter(Boolean);
    expect(order).toEqual(['bs-head', 'bs-summary', 'bs-facts', 'bs-article', 'bs-context']);
    // Wikipedia's title and short description head the card, once.
    expect(el.querySelector('.bs-name')?.textContent).toBe(LAVROV_CARD.title);
    expect(el.querySelector('.bs-head-description')?.textContent).toBe(LAVROV_CARD.description);
    // The article's own description, now different from Wikipedia's, is kept under "In this article".
    expect(el.querySelector('.bs-descriptions')?.textContent).toBe('Russian foreign minister');
  });

  it('pins the way out (Read on Wikipedia, the licence, Not this one?) below the part that scrolls', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD }, () => {});
    const footer = el.querySelector('.bs-card > .bs-footer');
    expect(footer?.previousElementSibling?.classList.contains('bs-body')).toBe(true);
    expect(footer?.querySelector('a')?.textContent).toBe('Read on Wikipedia');
    expect(footer?.querySelector('a[rel~="license"]')).not.toBeNull();
    expect(footer?.querySelector('.bs-candidates summary')?.textContent).toBe('Not this one?');
    expect(el.querySelector('.bs-body .bs-footer, .bs-body .bs-credit')).toBeNull();
  });

  it('marks the body with data-continues while more of it is below the fold, and not at its end', () => {
    const sizes = { scrollHeight: 600, clientHeight: 300, scrollTop: 0 };
    const spies = (['scrollHeight', 'clientHeight', 'scrollTop'] as const).map((key) =>
      vi.spyOn(HTMLElement.prototype, key, 'get').mockImplementation(() => sizes[key]),
    );
    try {
      const body = show({ status: 'ok', card: LAVROV_CARD }).querySelector<HTMLElement>('.bs-body');
      expect(body?.hasAttribute('data-continues')).toBe(true);
      // A region that scrolls is reachable by keyboard.
      expect(body?.getAttribute('tabindex')).toBe('0');
      sizes.scrollTop = 300;
      body?.dispatchEvent(new Event('scroll'));
      expect(body?.hasAttribute('data-continues')).toBe(false);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it.each([
    ['the host says the reader points at it', { showFirstMention: false }, LAVROV],
    ['it is a shouted dateline', {}, { ...LAVROV, firstContext: 'WHITE HOUSE — SERGEY LAVROV SAID' }],
    ['it is a caption of a few words', {}, { ...LAVROV, firstContext: 'Sergey Lavrov (AP Photo)' }],
  ] as const)('leaves the first-mention quote out when %s', (_w, options, entity) => {
    host = document.createElement('div');
    document.body.append(host);
    render(<EntityCard entity={entity} lookup={{ status: 'loading' }} {...options} />, host);
    expect(host.querySelector('.bs-context')).toBeNull();
  });

  it.each([
    ['lookups-off', { status: 'lookups-off' }, 'Lookups are off'],
    ['offline', { status: 'offline' }, "Wikipedia couldn't be reached"],
    ['not-found', { status: 'not-found' }, 'No Wikipedia article matches'],
    ['error', { status: 'error', message: 'HTTP 500' }, 'The lookup failed'],
  ] as const)('says why there is no Wikipedia card when %s', (_s, lookup, sentence) => {
    const el = show(lookup);
    expect(el.querySelector('.bs-note')?.textContent).toContain(sentence);
    expect(el.querySelector('.bs-lookup')).toBeNull();
    // The article's part stays.
    expect(el.textContent).toContain('Russian foreign minister');
  });

  it('says "You are offline" only when the browser itself is offline', () => {
    const spy = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(show({ status: 'offline' }).querySelector('.bs-note')?.textContent).toContain('You are offline');
    } finally {
      spy.mockRestore();
    }
  });

  it('renders the Wikipedia extract as plain text, never as HTML', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD });
    const extract = el.querySelector('.bs-extract');
    expect(extract?.textContent).toBe(LAVROV_CARD.extract);
    expect(extract?.children.length).toBe(0);
  });

  it('loads no image from a URL, in the page or the popup: only the data the background fetched', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD });
    expect(el.querySelector('img')).toBeNull();
    // The rest of the Wikipedia card is unchanged.
    expect(el.querySelector('.bs-name')?.textContent).toBe(LAVROV_CARD.title);
    expect(el.querySelector('.bs-extract')).not.toBeNull();
  });

  it('links the article and lists facts', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD });
    const link = el.querySelector<HTMLAnchorElement>('.bs-credit a');
    expect(link?.href).toBe(LAVROV_CARD.url);
    expect(link?.textContent).toBe('Read on Wikipedia');
    expect(link?.rel).toBe('noopener noreferrer');
    expect(el.querySelector('.bs-fact dt')?.textContent).toBe('Position held');
  });

  describe('the Wikipedia credit', () => {
    const licenceLink = (el: HTMLElement) =>
      el.querySelector<HTMLAnchorElement>('.bs-credit a[rel~="license"]');
    const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

    it('shows the attribution the background gives, linked to the licence', () => {
      const attribution = { text: 'D’après Wikipédia, CC BY-SA 4.0', licenseUrl: CC_BY_SA };
      const el = show({ status: 'ok', card: { ...LAVROV_CARD, attribution } });
      expect(licenceLink(el)?.textContent).toBe(attribution.text);
      expect(licenceLink(el)?.href).toBe(CC_BY_SA);
      expect(licenceLink(el)?.rel).toContain('noopener');
    });

    it('falls back to the catalogue’s credit for a Wikipedia page whose card has no attribution', () => {
      const el = show({ status: 'ok', card: LAVROV_CARD });
      expect(licenceLink(el)?.textContent).toBe('From Wikipedia, CC BY-SA 4.0');
      expect(licenceLink(el)?.href).toBe(CC_BY_SA);
    });

    it('is not shown on a card with no Wikipedia page (Wikidata is CC0)', () => {
      const card = { ...LAVROV_CARD, url: 'https://www.wikidata.org/wiki/Q207877' };
      const el = show({ status: 'ok', card });
      expect(licenceLink(el)).toBeNull();
      expect(el.querySelector('.bs-credit')?.textContent).not.toContain('CC BY-SA');
    });
  });

  it('offers the other candidates under "Not this one?" and reports the choice', () => {
    const choose = vi.fn();
    const el = show({ status: 'ok', card: LAVROV_CARD }, choose);
    const buttons = el.querySelectorAll<HTMLButtonElement>('.bs-candidate:not(.bs-no-article)');
    // The current item is not offered as an alternative to itself.
    expect(buttons.length).toBe(1);
    expect(buttons[0]?.textContent).toContain('Sergey Lavrov (footballer)');
    buttons[0]?.click();
    expect(choose).toHaveBeenCalledWith('Q999', expect.any(Event));
  });

  it('keeps "Not this one?" in the footer with no other candidate: "None of these" says the card is wrong', () => {
    const choose = vi.fn();
    const el = show({ status: 'ok', card: { ...LAVROV_CARD, candidates: [] } }, choose);
    const notThisOne = el.querySelector('.bs-card > .bs-footer .bs-candidates');
    expect(notThisOne?.querySelector('summary')?.textContent).toBe('Not this one?');
    const none = notThisOne?.querySelector<HTMLButtonElement>('button.bs-no-article');
    expect(none?.textContent).toBe('None of these: it is not on Wikipedia');
    none?.click();
    expect(choose).toHaveBeenCalledWith(NO_ARTICLE, expect.any(Event));
  });

  it('also offers "None of these" after the other candidates', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD }, () => {});
    const buttons = [...el.querySelectorAll('.bs-candidates .bs-candidate')];
    expect(buttons.at(-1)?.classList.contains('bs-no-article')).toBe(true);
  });

  it('shows a name the reader unlinked with only what the article says, and the way back', () => {
    const choose = vi.fn();
    const el = show({ status: 'unlinked' }, choose);
    expect(el.querySelector('.bs-name')?.textContent).toBe(LAVROV.name);
    expect(el.querySelector('.bs-article')).not.toBeNull();
    expect(el.querySelector('.bs-summary, .bs-facts, .bs-credit')).toBeNull();
    expect(el.querySelector('.bs-note')?.textContent).toBe(
      'You said no Wikipedia article is this one. Only what the article says is shown.',
    );
    const again = el.querySelector<HTMLButtonElement>('.bs-card > .bs-footer button.bs-look-up-again');
    expect(again?.textContent).toBe('Look it up on Wikipedia again');
    again?.click();
    expect(choose).toHaveBeenCalledWith(LOOK_UP_AGAIN, expect.any(Event));
  });

  it('asks "Which …?" with every choice when the background could not settle the name', () => {
    const choose = vi.fn();
    const el = show(
      {
        status: 'ambiguous',
        choices: [
          { qid: 'Q1', label: 'Sergey Lavrov', detail: 'Minister of Foreign Affairs of Russia (since 2004)' },
          { qid: 'Q2', label: 'Sergey Lavrov', description: 'Russian footballer' },
        ],
      },
      choose,
    );
    expect(el.querySelector('.bs-which .bs-lookup-title')?.textContent).toBe(`Which ${LAVROV.name}?`);
    const buttons = el.querySelectorAll<HTMLButtonElement>('.bs-which .bs-candidate');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      'Sergey LavrovMinister of Foreign Affairs of Russia (since 2004)',
      'Sergey LavrovRussian footballer',
    ]);
    buttons[1]?.click();
    expect(choose).toHaveBeenCalledWith('Q2', expect.any(Event));
  });

  it('shows an unknown fact as unknown, never as its raw value', () => {
    const card = { ...LAVROV_CARD, facts: [{ label: 'Died', value: 'unknown', unknown: true }] };
    const el = show({ status: 'ok', card });
    expect(el.querySelector('.bs-fact-unknown')?.textContent).toBe('unknown');
  });

  it('shows a thumbnail the background handed over as data, even in the hover card', () => {
    const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
    const thumbnail = { url: 'https://upload.example/x.png', width: 10, height: 10, dataUrl };
    const el = show({ status: 'ok', card: { ...LAVROV_CARD, thumbnail } });
    expect(el.querySelector<HTMLImageElement>('img.bs-thumb')?.getAttribute('src')).toBe(dataUrl);
  });

  it('offers no candidates when the host cannot act on a choice', () => {
    const el = show({ status: 'ok', card: LAVROV_CARD });
    expect(el.querySelector('.bs-candidates')).toBeNull();
  });

  it.each([
    [
      'the first mention text',
      { ...LAVROV, firstContext: 'Then Lavrov spoke.' },
      ['Then ', 'Lavrov', ' spoke.'],
    ],
    ['no name at all', { ...LAVROV, firstContext: 'He spoke.' }, ['He spoke.', '', '']],
  ])('splits the context around %s', (_w, entity, [before, name, after]) => {
    expect(splitContext(entity)).toEqual({ before, name, after });
  });
});
