import { describe, expect, it } from 'vitest';
import {
  createContentAccess,
  CONTENT_SCRIPT_ID,
  type AccessApi,
} from '../../../src/background/content-access';
import { createFakeAccess, matchesPattern, type FakeTab } from './fake-browser';

function setUp(granted: string[], tabs: FakeTab[] = []) {
  const access = createFakeAccess(granted, tabs);
  const api = {
    permissions: access.permissions,
    scripting: access.scripting,
    tabs: {
      async query({ url }: { url: string[] }) {
        return tabs.filter((t) => url.some((p) => matchesPattern(p, t.url)));
      },
    },
  } as unknown as AccessApi;
  const answers = async (tabId: number) => tabs.find((t) => t.id === tabId)?.hasContentScript === true;
  return { access, content: createContentAccess(api, answers) };
}

describe('background/content-access', () => {
  it('registers the content script for every http(s) page when the reader chose every site', async () => {
    const { access, content } = setUp(['http://*/*', 'https://*/*']);
    await content.sync();
    expect(access.registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      matches: ['http://*/*', 'https://*/*'],
      js: ['content.js'],
      runAt: 'document_idle',
    });
  });

  it('registers nothing while no site is allowed: the script runs nowhere until the reader chooses', async () => {
    const { access, content } = setUp([]);
    expect(await content.sync()).toEqual([]);
    expect(access.registered.size).toBe(0);
  });

  it('follows the sites the reader turns on and off, one by one', async () => {
    const news = ['http://news.example/*', 'https://news.example/*'];
    const other = ['http://other.example/*', 'https://other.example/*'];
    const { access, content } = setUp(news);
    await content.sync();
    expect(access.registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(news);
    access.permissions.grant(other);
    await content.sync();
    expect(access.registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual([...news, ...other].sort());
    access.permissions.revoke([...news, ...other]);
    await content.sync();
    expect(access.registered.size).toBe(0);
  });

  it('keeps only web patterns: the browser may list other origins', async () => {
    const { access, content } = setUp(['moz-extension://abc/*', 'https://*/*', '<all_urls>']);
    await content.sync();
    expect(access.registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(['https://*/*']);
  });

  it('registers once when start-up and a grant sync at the same moment', async () => {
    const { access, content } = setUp(['https://*/*']);
    await Promise.all([content.sync(), content.sync(), content.sync()]);
    expect(access.registered.size).toBe(1);
  });

  it('starts at once in the open tabs of a site just granted, and only where it is not running yet', async () => {
    const tabs: FakeTab[] = [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'http://news.example/b', hasContentScript: true },
      { id: 3, url: 'https://elsewhere.example/c' },
    ];
    const { access, content } = setUp([], tabs);
    access.permissions.grant(['https://news.example/*', 'http://news.example/*']);
    expect(await content.injectInto(['https://news.example/*', 'http://news.example/*'])).toEqual([1]);
    expect(access.injected).toEqual([{ tabId: 1, files: ['content.js'] }]);
  });

  it('skips a tab that cannot be injected (closed meanwhile) and goes on with the others', async () => {
    const tabs: FakeTab[] = [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'https://news.example/b' },
    ];
    const { access, content } = setUp([], tabs);
    const execute = access.scripting.executeScript;
    access.scripting.executeScript = async (args) => {
      if (args.target.tabId === 1) throw new Error('No tab with id: 1');
      return execute(args);
    };
    expect(await content.injectInto(['https://news.example/*', 'http://news.example/*'])).toEqual([2]);
  });
});
