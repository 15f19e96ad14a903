// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupFields, wikipediaLanguageOptions } from '../../../src/options/LookupFields';
import { WIKIPEDIA_LANGUAGES } from '../../../src/options/wikipedia-languages';
import { click, mount, type Mounted } from '../popup/dom-helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function open(props: { lookups?: boolean; wikipediaLang?: string; idPrefix?: string } = {}) {
  const onLookupsChange = vi.fn<(on: boolean) => void>();
  const onWikipediaLangChange = vi.fn<(code: string) => void>();
  mounted = mount(
    <LookupFields
      lookups={props.lookups ?? true}
      wikipediaLang={props.wikipediaLang ?? 'en'}
      idPrefix={props.idPrefix}
      onLookupsChange={onLookupsChange}
      onWikipediaLangChange={onWikipediaLangChange}
    />,
  );
  const select = mounted.root.querySelector('select');
  if (!select) throw new Error('no edition select');
  return { root: mounted.root, select, onLookupsChange, onWikipediaLangChange };
}

describe('options/LookupFields', () => {
  it('names its controls with the page’s prefix, so two pages never share an id', () => {
    const { root, select } = open({ idPrefix: 'welcome-' });
    expect(root.querySelector('#welcome-lookups[role="switch"]')).not.toBeNull();
    expect(select.id).toBe('welcome-wikipedia-lang');
    expect(select.getAttribute('aria-describedby')).toBe('welcome-wikipedia-lang-hint');
  });

  it('reports the reader’s choices without saving them itself', async () => {
    const { root, select, onLookupsChange, onWikipediaLangChange } = open();
    await click(root.querySelector('#lookups'));
    expect(onLookupsChange).toHaveBeenCalledWith(false);
    await act(() => {
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onWikipediaLangChange).toHaveBeenCalledWith('fr');
  });

  it('cannot choose an edition while lookups are off', () => {
    expect(open({ lookups: false }).select.disabled).toBe(true);
  });

  it('shows a stored edition that is not in the list rather than another one', () => {
    const { select } = open({ wikipediaLang: 'eo' });
    expect(select.value).toBe('eo');
    expect(wikipediaLanguageOptions('eo')).toHaveLength(WIKIPEDIA_LANGUAGES.length + 1);
    expect(wikipediaLanguageOptions('fr')).toBe(WIKIPEDIA_LANGUAGES);
  });
});
