/** Small helpers for rendering Preact pages into jsdom and waiting for their async updates. */
import type { VNode } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

export function mount(vnode: VNode): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Retry `check` until it stops throwing (or the time is up, then throw its last error). */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** Click, and let Preact settle. */
export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('Nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
}

export async function keydown(element: Element | null, key: string): Promise<void> {
  if (!element) throw new Error('Nothing to press a key on');
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

export async function typeInto(input: Element | null, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('Not an input');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
