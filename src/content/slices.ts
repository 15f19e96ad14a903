/**
 * Long work in the page is cut into slices so that no task of ours keeps the page from responding
 * for long: the budget is 50 ms per task (a "long task" in the browser's own terms), and a slice
 * stops well short of it so the browser's style and layout work after it fits too.
 */

/** How long one slice may run before it gives the page a turn. */
export const SLICE_MS = 10;

/**
 * How long one slice of drawing highlights may run. Shorter than a reading slice: what a slice draws
 * is laid out and painted in the frame after it, and on an article of tens of thousands of elements
 * that frame cost 35-58 ms of CPU after a 10 ms slice (the longest tasks on such a page), 34-39 ms
 * after a 4 ms one.
 */
export const DRAW_SLICE_MS = 4;

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task, so the page can handle input and paint in between. `scheduler.yield()`
 * (Chromium 129+) resumes ahead of other queued work; elsewhere a `MessageChannel` message is a
 * macrotask without `setTimeout`'s 4 ms clamp after nesting.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a hidden or throttled page waits for a frame before the next slice runs anyway. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the page has drawn a frame since (or at once-ish when it draws none: a hidden tab).
 * Drawing highlights changes the page's layout, and the browser lays out and paints what a slice
 * changed in the next frame: slices that ran back to back, each a short task, would still add up to one
 * long frame. One slice per frame keeps each frame's layout to what one slice changed.
 */
export function yieldToNextFrame(): Promise<void> {
  const view = globalThis as { requestAnimationFrame?: (cb: () => void) => number; document?: Document };
  if (typeof view.requestAnimationFrame !== 'function' || view.document?.visibilityState === 'hidden')
    return yieldToPage();
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, FRAME_WAIT_MS);
    // After the frame's rendering: a task queued from the frame callback runs once it has painted.
    view.requestAnimationFrame?.(() => void yieldToPage().then(finish));
  });
}
