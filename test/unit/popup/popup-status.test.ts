import { describe, expect, it } from 'vitest';
import { isPdfUrl, popupStatus, tabIdFromQuery, type TabFacts } from '../../../src/popup/popup-status';
import { PAGE_STATE, SETTINGS } from './fixtures';

const base: TabFacts = {
  tabId: 7,
  url: 'https://www.nationalreview.com/news/x/',
  settings: SETTINGS,
  page: null,
  contentAlive: true,
  hostAccess: true,
  waiting: false,
};

describe('popup/popup-status', () => {
  it.each<[string, Partial<TabFacts>, string]>([
    ['a page with entities', { page: PAGE_STATE }, 'ready'],
    [
      'a page with no entities and no dates',
      { page: { ...PAGE_STATE, analysis: { ...PAGE_STATE.analysis, entities: [], timeline: [] } } },
      'nothing-found',
    ],
    [
      'a page in a language the recogniser does not read',
      {
        page: {
          ...PAGE_STATE,
          analysis: {
            ...PAGE_STATE.analysis,
            entities: [],
            timeline: [],
            language: { code: 'id', read: false },
          },
        },
      },
      'other-language',
    ],
    [
      'a page whose site was switched off since it was read',
      { page: PAGE_STATE, settings: { ...SETTINGS, disabledSites: ['www.nationalreview.com'] } },
      'disabled',
    ],
    [
      'a page the background says is off, settings unknown',
      { page: { ...PAGE_STATE, enabled: false }, settings: null },
      'disabled',
    ],
    ['a page switched back on since it was read', { page: { ...PAGE_STATE, enabled: false } }, 'ready'],
    [
      'a switched-off site not analysed',
      { settings: { ...SETTINGS, disabledSites: ['www.nationalreview.com'] } },
      'disabled',
    ],
    ['any site while paused', { settings: { ...SETTINGS, paused: true } }, 'disabled'],
    ['a page whose analysis is lost', { unreadable: true, waiting: false }, 'unreadable'],
    ['a page whose analysis is lost, even while waiting', { unreadable: true, waiting: true }, 'unreadable'],
    ['a browser page', { url: 'chrome://newtab/' }, 'unsupported'],
    ['a Firefox page', { url: 'about:addons' }, 'unsupported'],
    ['a PDF', { url: 'https://example.org/files/Report.PDF' }, 'unsupported'],
    ['no tab', { tabId: null }, 'unsupported'],
    ['a browser page whose URL is hidden from us', { url: undefined, contentAlive: false }, 'unsupported'],
    [
      'an unknown page we may not read',
      { url: undefined, contentAlive: false, hostAccess: false },
      'no-access',
    ],
    ['a page still being read', { waiting: true }, 'analyzing'],
    ['a page we may not read', { hostAccess: false }, 'no-access'],
    ['a page with no article', {}, 'no-article'],
  ])('%s', (_what, facts, expected) => {
    expect(popupStatus({ ...base, ...facts })).toBe(expected);
  });

  it('spots PDFs by their path, not their query', () => {
    expect(isPdfUrl('https://x.org/a.pdf')).toBe(true);
    expect(isPdfUrl('https://x.org/a.html?file=a.pdf')).toBe(false);
  });

  it('takes the tab id from the query only when it is a whole number', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});
