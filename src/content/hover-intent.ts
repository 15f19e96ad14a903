/**
 * When a hover means "show me": the timing half of the hover card, after MediaWiki's Page Previews.
 * Resting on a mention fetches its card early and shows it after the reader's delay; passing over
 * it does neither; leaving the mention or the card hides it after a grace period, which coming back
 * cancels. It knows nothing of the DOM: the controller tells it where the pointer is and it answers
 * with `prefetch`, `show` and `hide`.
 */

/** Fetch after a short rest, so a pointer passing over the text asks for nothing. */
export const FETCH_AFTER_MS = 150;
/** Grace period after leaving, long enough to cross the gap between the mention and its card. */
export const HIDE_AFTER_MS = 300;

export interface HoverIntentOptions<T> {
  /** Aborting it cancels every pending timer. */
  signal: AbortSignal;
  /** The reader's dwell before showing, read at every hover so a changed setting applies at once. */
  showDelayMs(): number;
  /** Whether two targets are one (a mention split over several elements is one mention). */
  same(a: T, b: T): boolean;
  /** The target whose card is shown now, if any. */
  shown(): T | null;
  prefetch(target: T): void;
  show(target: T): void;
  hide(): void;
}

export interface HoverIntent<T> {
  /** The pointer came onto a target. */
  pointerEntered(target: T): void;
  /** The pointer left a target for somewhere that is not part of it. */
  pointerLeft(target: T): void;
  /** The pointer or focus is on the card: it stays. */
  keepShown(): void;
  /** The pointer left the card: it hides after the grace period unless the pointer comes back. */
  hideSoon(): void;
  /** Forgets every pending dwell and hide: the card was opened or closed some other way. */
  cancel(): void;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { signal } = options;
  let resting: T | null = null;
  let fetchTimer: ReturnType<typeof setTimeout> | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const later = (fn: () => void, ms: number): ReturnType<typeof setTimeout> =>
    setTimeout(() => {
      if (!signal.aborted) fn();
    }, ms);

  const stopDwell = (): void => {
    clearTimeout(fetchTimer);
    clearTimeout(showTimer);
    fetchTimer = showTimer = undefined;
    resting = null;
  };
  const keepShown = (): void => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hideSoon = (): void => {
    keepShown();
    if (options.shown() !== null) hideTimer = later(() => options.hide(), HIDE_AFTER_MS);
  };
  const isShown = (target: T): boolean => {
    const shown = options.shown();
    return shown !== null && options.same(shown, target);
  };

  const cancel = (): void => {
    stopDwell();
    keepShown();
  };
  signal.addEventListener('abort', cancel);

  return {
    pointerEntered(target) {
      // Back on the mention whose card is open (or on another piece of it): the card stays.
      if (isShown(target)) return keepShown();
      // Moving within the mention the pointer already rests on keeps its timers running.
      if (resting !== null && options.same(resting, target)) return;
      stopDwell();
      resting = target;
      fetchTimer = later(() => options.prefetch(target), FETCH_AFTER_MS);
      showTimer = later(
        () => {
          resting = null;
          options.show(target);
        },
        Math.max(0, options.showDelayMs()),
      );
    },
    pointerLeft(target) {
      if (resting !== null && options.same(resting, target)) stopDwell();
      if (isShown(target)) hideSoon();
    },
    keepShown,
    hideSoon,
    cancel,
  };
}
