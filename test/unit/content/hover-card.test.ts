// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex } from '../../../src/core/page/text-index';
import type { Entity } from '../../../src/core/types';
import { NO_ARTICLE, type CardState } from '../../../src/shared/card';
import { highlight, MARK_TAG } from '../../../src/content/highlighter';
import { createHoverCard, type HoverCard } from '../../../src/content/hover-card';
import { FETCH_AFTER_MS, HIDE_AFTER_MS } from '../../../src/content/hover-intent';
import { isTrustedInput } from '../../../src/content/trusted-input';
import { LAVROV, LAVROV_CARD } from '../ui/entity-fixtures';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const PUTIN: Entity = {
  id: 'e-putin',
  type: 'person',
  name: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Putin'],
  mentions: [{ start: 0, end: 5, text: 'Putin' }],
  descriptions: ['Russian President'],
  firstContext: 'Putin said so.',
};

let controller: AbortController;
let card: HoverCard;
let loadCard: ReturnType<typeof vi.fn<(id: string) => Promise<CardState>>>;
let readerInput: (event: Event) => boolean = () => true;
let hoverDelayMs = 500;
let chooseCandidate: ReturnType<typeof vi.fn<(id: string, qid: string) => Promise<CardState>>>;

function marks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex="0"]`)];
}
function host(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-backstory-card]');
}
function dialog(): HTMLElement | null {
  return host()?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
}
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
function pointer(
  type: 'pointerover' | 'pointerout',
  target: Element,
  relatedTarget: Element | null = null,
  pointerType = 'mouse',
): void {
  const event = new MouseEvent(type, { bubbles: true, composed: true, relatedTarget });
  Object.defineProperty(event, 'pointerType', { value: pointerType });
  target.dispatchEvent(event);
}

beforeEach(() => {
  document.body.innerHTML =
    '<p id="p">Sergey Lavrov met <b>Vladimir</b> Putin. <a href="#x" id="after">after</a></p>';
  const index = buildTextIndex(document.getElementById('p') as Element);
  highlight(index, [
    { span: { start: 0, end: 13 }, entityId: LAVROV.id, type: 'person', label: 'Sergey Lavrov, person' },
    { span: { start: 18, end: 32 }, entityId: PUTIN.id, type: 'person', label: 'Vladimir Putin, person' },
  ]);
  controller = new AbortController();
  loadCard = vi.fn((_id: string) => Promise.resolve<CardState>({ status: 'ok', card: LAVROV_CARD }));
  chooseCandidate = vi.fn((_id: string, _qid: string) => Promise.resolve<CardState>({ status: 'not-found' }));
  const entities = new Map([LAVROV, PUTIN].map((e) => [e.id, e]));
  card = createHoverCard({
    doc: document,
    signal: controller.signal,
    entityFor: (id) => entities.get(id),
    loadCard,
    chooseCandidate,
    hoverDelayMs: () => hoverDelayMs,
    // jsdom's events are all synthetic; the specs below stand in for the reader's own clicks.
    acceptsInput: (event) => readerInput(event),
  });
});

afterEach(() => {
  hoverDelayMs = 500;
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('content/hover-card', () => {
  it('opens on focus, in an open shadow root, as a labelled dialog', async () => {
    (marks()[0] as HTMLElement).focus();
    expect(host()).not.toBeNull();
    expect(host()?.shadowRoot).not.toBeNull();
    expect(dialog()?.getAttribute('aria-label')).toBe('Sergey Lavrov: background card');
    expect(marks()[0]?.getAttribute('aria-expanded')).toBe('true');
    await flush();
    expect(loadCard).toHaveBeenCalledWith(LAVROV.id);
  });

  it('shows what the article says at once, then the Wikipedia card', async () => {
    let answer: (state: CardState) => void = () => {};
    loadCard.mockReturnValueOnce(new Promise<CardState>((resolve) => (answer = resolve)));
    card.open(marks()[0] as HTMLElement);
    const text = (): string => dialog()?.textContent ?? '';
    expect(text()).toContain('Russian foreign minister');
    expect(text()).toContain('2 mentions');
    expect(text()).toContain('Looking it up…');
    answer({ status: 'ok', card: LAVROV_CARD });
    await flush();
    expect(text()).toContain('Sergey Viktorovich Lavrov is a Russian diplomat.');
    expect(text()).toContain('From Wikipedia, CC BY-SA 4.0');
  });

  it.each([
    ['dark on a dark page, though the system is light', 'rgb(20, 20, 24)', 'light', 'dark'],
    ['light on a white page, though the system is dark', 'rgb(255, 255, 255)', 'dark', 'light'],
  ] as const)('takes its theme from the page around the mention: %s', (_w, background, system, theme) => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes(system), media: query }));
    try {
      document.body.style.backgroundColor = background;
      card.open(marks()[0] as HTMLElement);
      expect(dialog()?.querySelector('.bs-card')?.getAttribute('data-theme')).toBe(theme);
    } finally {
      vi.unstubAllGlobals();
      document.body.removeAttribute('style');
    }
  });

  it('quotes the first mention on a later mention’s card, not on the card of the first mention itself', () => {
    document.body.innerHTML = '<p id="q">Sergey Lavrov arrived. Later, Lavrov spoke.</p>';
    highlight(buildTextIndex(document.getElementById('q') as Element), [
      { span: { start: 0, end: 13 }, entityId: LAVROV.id, type: 'person', label: 'Sergey Lavrov, person' },
      { span: { start: 30, end: 36 }, entityId: LAVROV.id, type: 'person', label: 'Lavrov, person' },
    ]);
    const [first, later] = marks();
    const quote = (): Element | null | undefined => dialog()?.querySelector('.bs-context');
    card.open(first as HTMLElement);
    expect(quote()).toBeNull();
    card.close();
    card.open(later as HTMLElement);
    expect(quote()?.textContent).toContain('North Korea’s foreign policy chief');
  });

  it.each([
    [
      'a later mention in the same sentence as the first',
      false,
      1,
      '<p id="q">Sergey Lavrov arrived, and Lavrov spoke. Later, Lavrov left.</p>',
    ],
    [
      'a mention after the first sentence',
      true,
      2,
      '<p id="q">Sergey Lavrov arrived, and Lavrov spoke. Later, Lavrov left.</p>',
    ],
    [
      'a later mention after an abbreviation’s full stop in the first sentence',
      false,
      1,
      '<p id="q">Sergey Lavrov met Dr. Ames, and Lavrov spoke. Later, Lavrov left.</p>',
    ],
    [
      'a mention in the next block, with no full stop between',
      true,
      1,
      '<div id="q"><p>Sergey Lavrov arrived</p><p>Lavrov spoke</p></div>',
    ],
  ] as const)('on the card of %s, quotes the first mention: %s', (_what, quoted, hovered, html) => {
    document.body.innerHTML = html;
    const index = buildTextIndex(document.getElementById('q') as Element);
    const spans = [...index.text.matchAll(/(?:Sergey )?Lavrov/g)].map((m) => ({
      span: { start: m.index, end: m.index + m[0].length },
      entityId: LAVROV.id,
      type: 'person' as const,
      label: 'Lavrov, person',
    }));
    highlight(index, spans);
    card.open(marks()[hovered] as HTMLElement);
    expect(!!dialog()?.querySelector('.bs-context')).toBe(quoted);
  });

  it('closes on Escape and returns focus to the mention', () => {
    const mark = marks()[0] as HTMLElement;
    mark.focus();
    card.open(mark, { focusCard: true });
    expect(dialog()?.getRootNode()).toBe(host()?.shadowRoot);
    dialog()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(mark);
    expect(mark.hasAttribute('aria-expanded')).toBe(false);
  });

  it('closes on Escape pressed on the mention itself', () => {
    const mark = marks()[0] as HTMLElement;
    mark.focus();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it.each(['Enter', ' '])('opens the card again with %j after Escape, focus inside it', (key) => {
    const mark = marks()[0] as HTMLElement;
    mark.focus();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    expect(host()?.shadowRoot?.activeElement).toBe(dialog());
  });

  it('moves focus into the card on Tab from the mention', () => {
    const mark = marks()[0] as HTMLElement;
    mark.focus();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(host()?.shadowRoot?.activeElement).toBe(dialog());
  });

  it('continues to the next highlight on Tab from the last control in the card', async () => {
    // "Not this one?" is always the card's last control; its choices are folded away until it is
    // opened. jsdom cannot focus a <summary> as browsers do, so it gets the tabindex they imply.
    loadCard.mockResolvedValue({ status: 'ok', card: { ...LAVROV_CARD, candidates: [] } });
    card.open(marks()[0] as HTMLElement, { focusCard: true });
    await flush();
    const last = dialog()?.querySelector<HTMLElement>('.bs-candidates > summary') as HTMLElement;
    last.tabIndex = 0;
    last.focus();
    expect(host()?.shadowRoot?.activeElement).toBe(last);
    last.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true }),
    );
    expect(document.activeElement).toBe(marks()[1]);
  });

  it('returns to the mention on Shift+Tab from the card', () => {
    const mark = marks()[0] as HTMLElement;
    card.open(mark, { focusCard: true });
    dialog()?.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey: true,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    expect(document.activeElement).toBe(mark);
    expect(host()).toBeNull();
  });

  it('opens on a tap or click, and a tap elsewhere closes it', () => {
    (marks()[1] as HTMLElement).click();
    expect(dialog()?.getAttribute('aria-label')).toBe('Vladimir Putin: background card');
    document.body.click();
    expect(host()).toBeNull();
  });

  it('fetches after a short dwell, shows after the delay, hides after leaving', async () => {
    vi.useFakeTimers();
    const mark = marks()[0] as HTMLElement;
    pointer('pointerover', mark);
    vi.advanceTimersByTime(FETCH_AFTER_MS - 1);
    expect(loadCard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(loadCard).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
    vi.advanceTimersByTime(500 - FETCH_AFTER_MS);
    expect(host()).not.toBeNull();
    // The card was fetched once, during the dwell.
    expect(loadCard).toHaveBeenCalledTimes(1);
    pointer('pointerout', mark, document.body);
    vi.advanceTimersByTime(HIDE_AFTER_MS - 1);
    expect(host()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(host()).toBeNull();
  });

  it('does not show a card for a mention the pointer only passed over', () => {
    vi.useFakeTimers();
    const mark = marks()[0] as HTMLElement;
    pointer('pointerover', mark);
    vi.advanceTimersByTime(100);
    pointer('pointerout', mark, document.body);
    vi.advanceTimersByTime(1000);
    expect(host()).toBeNull();
    expect(loadCard).not.toHaveBeenCalled();
  });

  it('stays open while the pointer is on the card', () => {
    vi.useFakeTimers();
    const mark = marks()[0] as HTMLElement;
    card.open(mark);
    pointer('pointerout', mark, host());
    host()?.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(HIDE_AFTER_MS * 3);
    expect(host()).not.toBeNull();
  });

  it("waits for the reader's hover delay as set now, not as set when the page loaded", () => {
    vi.useFakeTimers();
    const mark = marks()[0] as HTMLElement;
    hoverDelayMs = 1200;
    pointer('pointerover', mark);
    vi.advanceTimersByTime(1199);
    expect(host()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(host()).not.toBeNull();
  });

  it('does not dwell on touch: a tap opens the card instead', () => {
    vi.useFakeTimers();
    const mark = marks()[0] as HTMLElement;
    pointer('pointerover', mark, null, 'touch');
    vi.advanceTimersByTime(5000);
    expect(host()).toBeNull();
    expect(loadCard).not.toHaveBeenCalled();
  });

  it('treats a mention split by page markup as one: crossing its pieces keeps the dwell', () => {
    vi.useFakeTimers();
    const pieces = [
      ...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-backstory-id="${PUTIN.id}"]`),
    ];
    expect(pieces.length).toBeGreaterThan(1);
    const [first, second] = pieces as [HTMLElement, HTMLElement];
    pointer('pointerover', first);
    vi.advanceTimersByTime(300);
    pointer('pointerout', first, second);
    pointer('pointerover', second, first);
    vi.advanceTimersByTime(200);
    expect(dialog()?.getAttribute('aria-label')).toBe('Vladimir Putin: background card');
    expect(loadCard).toHaveBeenCalledTimes(1);
  });

  it('hides the card when the pointer leaves it, after the same grace period', () => {
    vi.useFakeTimers();
    card.open(marks()[0] as HTMLElement);
    host()?.dispatchEvent(new Event('pointerenter'));
    const leave = new MouseEvent('pointerleave');
    Object.defineProperty(leave, 'pointerType', { value: 'mouse' });
    host()?.dispatchEvent(leave);
    vi.advanceTimersByTime(HIDE_AFTER_MS - 1);
    expect(host()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(host()).toBeNull();
  });

  it('drops a late answer for a card no longer shown', async () => {
    let answerLavrov: (state: CardState) => void = () => {};
    loadCard.mockImplementation((id) =>
      id === LAVROV.id
        ? new Promise<CardState>((resolve) => (answerLavrov = resolve))
        : Promise.resolve<CardState>({ status: 'not-found' }),
    );
    card.open(marks()[0] as HTMLElement);
    card.open(marks()[1] as HTMLElement);
    await flush();
    answerLavrov({ status: 'ok', card: LAVROV_CARD });
    await flush();
    expect(dialog()?.textContent).toContain('Vladimir Putin');
    expect(dialog()?.textContent).not.toContain('Sergey Viktorovich Lavrov');
    expect(dialog()?.textContent).toContain('No Wikipedia article matches');
  });

  it('says the lookup failed when the background cannot be reached', async () => {
    loadCard.mockRejectedValueOnce(new Error('Could not establish connection'));
    card.open(marks()[0] as HTMLElement);
    await flush();
    expect(dialog()?.textContent).toContain('The lookup failed');
  });

  it.each([
    ['a failed ask', () => Promise.reject(new Error('Could not establish connection'))],
    ['an offline answer', () => Promise.resolve<CardState>({ status: 'offline' })],
  ])('asks again on the next opening after %s', async (_what, first) => {
    loadCard.mockImplementationOnce(first);
    card.open(marks()[0] as HTMLElement);
    await flush();
    card.close();
    card.open(marks()[0] as HTMLElement);
    await flush();
    expect(loadCard).toHaveBeenCalledTimes(2);
    expect(dialog()?.textContent).toContain('Sergey Viktorovich Lavrov');
  });

  it('keeps a card it has when an older ask, dropped from the cache, fails afterwards', async () => {
    let fail: (error: Error) => void = () => undefined;
    loadCard.mockReturnValueOnce(new Promise<CardState>((_resolve, reject) => (fail = reject)));
    card.open(marks()[0] as HTMLElement);
    await flush();
    // The reader switched lookups off and on again: the pending ask no longer counts.
    card.clearCache();
    card.close();
    card.open(marks()[0] as HTMLElement);
    await flush();
    fail(new Error('Could not establish connection'));
    await flush();
    card.close();
    card.open(marks()[0] as HTMLElement);
    await flush();
    expect(loadCard).toHaveBeenCalledTimes(2);
    expect(dialog()?.textContent).toContain('Sergey Viktorovich Lavrov');
  });

  it('asks only once for a card it has', async () => {
    card.open(marks()[0] as HTMLElement);
    await flush();
    card.close();
    card.open(marks()[0] as HTMLElement);
    await flush();
    expect(loadCard).toHaveBeenCalledTimes(1);
  });

  it('asks the background for another candidate on "Not this one?"', async () => {
    card.open(marks()[0] as HTMLElement);
    await flush();
    const button = dialog()?.querySelector<HTMLButtonElement>('.bs-candidate');
    button?.click();
    await flush();
    expect(chooseCandidate).toHaveBeenCalledWith(LAVROV.id, 'Q999');
    expect(dialog()?.textContent).toContain('No Wikipedia article matches');
  });

  it("ignores a choice the page's own script clicked: it is not the reader's input", async () => {
    readerInput = isTrustedInput;
    try {
      card.open(marks()[0] as HTMLElement);
      await flush();
      dialog()?.querySelector<HTMLButtonElement>('.bs-candidate')?.click();
      await flush();
      expect(chooseCandidate).not.toHaveBeenCalled();
      expect(dialog()?.textContent).toContain('Sergey Viktorovich Lavrov');
    } finally {
      readerInput = () => true;
    }
  });

  it('takes "None of these" only from the reader too, and passes it on when the reader clicks it', async () => {
    readerInput = isTrustedInput;
    try {
      card.open(marks()[0] as HTMLElement);
      await flush();
      dialog()?.querySelector<HTMLButtonElement>('.bs-no-article')?.click();
      await flush();
      expect(chooseCandidate).not.toHaveBeenCalled();
    } finally {
      readerInput = () => true;
    }
    dialog()?.querySelector<HTMLButtonElement>('.bs-no-article')?.click();
    await flush();
    expect(chooseCandidate).toHaveBeenCalledWith(LAVROV.id, NO_ARTICLE);
  });

  it('gives every card host a tag name of its own, so a page-defined element cannot take its place', () => {
    card.open(marks()[0] as HTMLElement);
    const first = host()?.localName;
    card.close();
    card.open(marks()[1] as HTMLElement);
    const second = host()?.localName;
    expect(first).toMatch(/^backstory-card-[0-9a-z]+$/);
    expect(second).toMatch(/^backstory-card-[0-9a-z]+$/);
    expect(second).not.toBe(first);
  });

  it('leaves nothing behind when its signal is aborted', () => {
    card.open(marks()[0] as HTMLElement);
    controller.abort();
    expect(host()).toBeNull();
    (marks()[1] as HTMLElement).focus();
    expect(host()).toBeNull();
  });
});
