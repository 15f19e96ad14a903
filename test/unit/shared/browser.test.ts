import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { isContextInvalidated, setBrowserForTesting } from '../../../src/shared/browser';

// The real polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const withRuntime = (runtime: unknown): void => setBrowserForTesting({ runtime } as unknown as Browser);

describe('shared/browser isContextInvalidated', () => {
  afterEach(() => withRuntime({ id: 'backstory' }));

  it('is not fooled by "Receiving end does not exist" while the extension is alive', () => {
    withRuntime({ id: 'backstory' });
    const error = new Error('Could not establish connection. Receiving end does not exist.');
    expect(isContextInvalidated(error)).toBe(false);
  });

  it.each([['Extension context invalidated.'], ["can't access dead object"]])(
    'takes the browser’s own wording for invalidation at its word: %s',
    (message) => {
      withRuntime({ id: 'backstory' });
      expect(isContextInvalidated(new Error(message))).toBe(true);
    },
  );

  it('says invalidated once the runtime has lost its id, whatever the error says', () => {
    withRuntime({ id: undefined });
    expect(isContextInvalidated(new Error('Could not establish connection.'))).toBe(true);
  });

  it('says invalidated when even reading the runtime throws (a dead object in Firefox)', () => {
    setBrowserForTesting({
      get runtime(): never {
        throw new Error("can't access dead object");
      },
    } as unknown as Browser);
    expect(isContextInvalidated(new Error('anything'))).toBe(true);
  });

  it('leaves ordinary failures to the caller', () => {
    withRuntime({ id: 'backstory' });
    expect(isContextInvalidated(new Error('No analysed page in tab 7'))).toBe(false);
  });
});
