import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHoverIntent,
  FETCH_AFTER_MS,
  HIDE_AFTER_MS,
  type HoverIntent,
} from '../../../src/content/hover-intent';

/** A mention, possibly split over several pieces (one piece per element in the page). */
interface Piece {
  mention: string;
  piece: number;
}
const piece = (mention: string, n = 0): Piece => ({ mention, piece: n });

const READER_DELAY_MS = 500;

let controller: AbortController;
let intent: HoverIntent<Piece>;
let shown: Piece | null;
let delayMs: number;
let events: string[];

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  shown = null;
  delayMs = READER_DELAY_MS;
  events = [];
  intent = createHoverIntent<Piece>({
    signal: controller.signal,
    showDelayMs: () => delayMs,
    same: (a, b) => a.mention === b.mention,
    shown: () => shown,
    prefetch: (target) => events.push(`fetch ${target.mention}`),
    show: (target) => {
      events.push(`show ${target.mention}`);
      shown = target;
    },
    hide: () => {
      events.push('hide');
      shown = null;
    },
  });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('content/hover-intent: resting on a mention', () => {
  it("fetches the card after a short rest and shows it after the reader's delay", () => {
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(FETCH_AFTER_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['fetch Lavrov']);
    vi.advanceTimersByTime(READER_DELAY_MS - FETCH_AFTER_MS - 1);
    expect(events).toEqual(['fetch Lavrov']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['fetch Lavrov', 'show Lavrov']);
  });

  it('asks for nothing when the pointer only passes over a mention', () => {
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(FETCH_AFTER_MS - 1);
    intent.pointerLeft(piece('Lavrov'));
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });

  it('fetches but does not show for a rest shorter than the delay', () => {
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(FETCH_AFTER_MS + 50);
    intent.pointerLeft(piece('Lavrov'));
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['fetch Lavrov']);
  });

  it('reads the delay at every hover, so a changed setting applies at once', () => {
    delayMs = 1000;
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(999);
    expect(events).not.toContain('show Lavrov');
    vi.advanceTimersByTime(1);
    expect(events).toContain('show Lavrov');
  });

  it('shows at once when the delay is set to zero (the opened card asks for its answer itself)', () => {
    delayMs = 0;
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['show Lavrov']);
  });

  it('keeps counting while the pointer moves between pieces of one mention', () => {
    intent.pointerEntered(piece('Lavrov', 0));
    vi.advanceTimersByTime(300);
    intent.pointerEntered(piece('Lavrov', 1));
    vi.advanceTimersByTime(READER_DELAY_MS - 300);
    expect(events).toEqual(['fetch Lavrov', 'show Lavrov']);
  });

  it('starts over for the next mention when the pointer moves on', () => {
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(100);
    intent.pointerEntered(piece('Putin'));
    vi.advanceTimersByTime(READER_DELAY_MS);
    expect(events).toEqual(['fetch Putin', 'show Putin']);
  });
});

describe('content/hover-intent: leaving', () => {
  beforeEach(() => {
    intent.pointerEntered(piece('Lavrov'));
    vi.advanceTimersByTime(READER_DELAY_MS);
    events = [];
  });

  it('hides the card after a grace period once the pointer leaves the mention', () => {
    intent.pointerLeft(piece('Lavrov'));
    vi.advanceTimersByTime(HIDE_AFTER_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['hide']);
  });

  it('keeps the card while the pointer crosses over to it', () => {
    intent.pointerLeft(piece('Lavrov'));
    vi.advanceTimersByTime(HIDE_AFTER_MS - 1);
    intent.keepShown();
    vi.advanceTimersByTime(HIDE_AFTER_MS * 10);
    expect(events).toEqual([]);
  });

  it('keeps the card when the pointer comes back to any piece of its mention', () => {
    intent.pointerLeft(piece('Lavrov', 0));
    vi.advanceTimersByTime(100);
    intent.pointerEntered(piece('Lavrov', 1));
    vi.advanceTimersByTime(HIDE_AFTER_MS * 10);
    expect(events).toEqual([]);
  });

  it('hides the card after a grace period once the pointer leaves the card', () => {
    intent.keepShown();
    intent.hideSoon();
    vi.advanceTimersByTime(HIDE_AFTER_MS);
    expect(events).toEqual(['hide']);
  });

  it('lets a new rest replace the card: the old one hides, the new one shows on time', () => {
    intent.pointerLeft(piece('Lavrov'));
    intent.pointerEntered(piece('Putin'));
    vi.advanceTimersByTime(READER_DELAY_MS);
    expect(events).toEqual(['fetch Putin', 'hide', 'show Putin']);
  });

  it('never hides a card that is not shown', () => {
    shown = null;
    intent.hideSoon();
    vi.advanceTimersByTime(HIDE_AFTER_MS * 10);
    expect(events).toEqual([]);
  });
});

describe('content/hover-intent: cancelling', () => {
  it('forgets a pending rest and a pending hide when the card is opened or closed another way', () => {
    shown = piece('Lavrov');
    intent.hideSoon();
    intent.pointerEntered(piece('Putin'));
    intent.cancel();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });

  it('starts afresh when the pointer rests again on the mention whose rest was cancelled', () => {
    intent.pointerEntered(piece('Putin'));
    intent.cancel();
    intent.pointerEntered(piece('Putin', 1));
    vi.advanceTimersByTime(READER_DELAY_MS);
    expect(events).toEqual(['fetch Putin', 'show Putin']);
  });

  it('does nothing more once its signal is aborted', () => {
    intent.pointerEntered(piece('Lavrov'));
    controller.abort();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
