import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { mentionCount, typeLabel } from '../../../src/ui/strings';

vi.mock('webextension-polyfill', () => ({ default: {} }));

afterEach(() => setBrowserForTesting({} as Browser));

/** A browser whose catalogue is French, as far as these strings go. */
function french(): void {
  const messages: Record<string, string> = {
    dateLocale: 'fr-FR',
    mentionCountOne: '$1 mention',
    mentionCountOther: '$1 mentions',
  };
  const getMessage = (key: string, subs?: string[]) => (messages[key] ?? '').replace('$1', subs?.[0] ?? '');
  setBrowserForTesting({ i18n: { getMessage } } as unknown as Browser);
}

describe('ui/strings', () => {
  it.each([
    [0, '0 mentions'],
    [1, '1 mention'],
    [2, '2 mentions'],
  ])('counts %i mentions in English as “%s”', (count, expected) => {
    expect(mentionCount(count)).toBe(expected);
  });

  it('counts mentions by the catalogue language’s plural rules, as the popup does', () => {
    french();
    expect(mentionCount(0)).toBe('0 mention');
    expect(mentionCount(1)).toBe('1 mention');
    expect(mentionCount(2)).toBe('2 mentions');
  });

  it('names each entity type', () => {
    expect(typeLabel('person')).toBe('Person');
  });
});
