import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { CardProvider } from '../../../../src/background/card-provider';
import { createBackground } from '../../../../src/background/handlers';
import { createPageStateStore } from '../../../../src/background/page-states';
import { createSettingsStore } from '../../../../src/background/settings-store';
import { createStoryMemory, type StoryMemory } from '../../../../src/background/story';
import type { StoryExport, StoryView } from '../../../../src/core/story';
import type { Analysis } from '../../../../src/core/types';
import { setBrowserForTesting } from '../../../../src/shared/browser';
import { serve } from '../../../../src/shared/messaging';
import type { BackgroundMethods, PageText } from '../../../../src/shared/protocol';
import {
  FOOTBALL_URL,
  footballAnalysis,
  LAVROV_URL,
  lavrovAnalysis,
  SUMMIT_URL,
  summitAnalysis,
} from '../../core/story/articles';
import { createFakeBrowser, sendToBackground } from '../fake-browser';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const analyses = new Map<string, Analysis>(
  [lavrovAnalysis(), summitAnalysis(), footballAnalysis()].map((a) => [a.url!, a]),
);
const pageOf = (url: string): PageText => ({ url, title: '', site: '', text: '…' });
const fromTab = (id: number, url: string): Runtime.MessageSender => ({
  tab: { id, url } as Runtime.MessageSender['tab'],
});

const noCards: CardProvider = {
  getCards: async () => new Map(),
  chooseCandidate: async () => ({ status: 'not-found' }),
};

let dbCount = 0;

function slowWrites(memory: StoryMemory, delayMs: () => number): StoryMemory {
  return {
    ...memory,
    async remember(analysis) {
      await new Promise((resolve) => setTimeout(resolve, delayMs()));
      return memory.remember(analysis);
    },
  };
}

describe('background/story handlers', () => {
  let env: ReturnType<typeof createFakeBrowser>;
  /** Added to every write, so a question that does not wait for the write would find nothing. */
  let writeDelayMs: number;

  beforeEach(() => {
    writeDelayMs = 0;
    env = createFakeBrowser([
      { id: 1, url: LAVROV_URL },
      { id: 2, url: SUMMIT_URL },
      { id: 3, url: FOOTBALL_URL },
    ]);
    setBrowserForTesting(env.browser);
    dbCount += 1;
    const background = createBackground({
      browser: env.browser,
      pages: createPageStateStore(env.fake.storage.session as never),
      settings: createSettingsStore(env.fake.storage.sync as never),
      cards: noCards,
      stories: slowWrites(createStoryMemory({ dbName: `story-handlers-${dbCount}` }), () => writeDelayMs),
      analyze: async (page) => analyses.get(page.url)!,
    });
    serve<BackgroundMethods>(background.handlers);
  });

  const send = <K extends keyof BackgroundMethods & string>(
    method: K,
    payload: BackgroundMethods[K][0],
    sender: Runtime.MessageSender = {},
  ): Promise<BackgroundMethods[K][1]> => sendToBackground(env.fake, method, payload, sender);

  const read = async (tabId: number, url: string): Promise<void> => {
    await send('analyzePage', pageOf(url), fromTab(tabId, url));
  };
  const exportedJson = async (): Promise<StoryExport> =>
    JSON.parse(await send('exportStoryMemory', { format: 'json' })) as StoryExport;

  it('remembers nothing while the reader has not been asked (storyMemory null)', async () => {
    await read(1, LAVROV_URL);
    await read(2, SUMMIT_URL);
    expect(await send('getStory', { tabId: 2 })).toBeNull();
    expect((await exportedJson()).stories).toEqual([]);
  });

  it('remembers nothing when the reader said no, and shows nothing kept earlier', async () => {
    await send('updateSettings', { storyMemory: true });
    await read(1, LAVROV_URL);
    await send('updateSettings', { storyMemory: false });
    await read(2, SUMMIT_URL);
    expect(await send('getStory', { tabId: 1 })).toBeNull();
    expect((await exportedJson()).stories.flatMap((s) => s.articles.map((a) => a.title))).toEqual([
      'Russian Foreign Minister Will Visit North Korea for Talks',
    ]);
  });

  it('with memory on, answers getStory for a tab with the story of both summit articles', async () => {
    await send('updateSettings', { storyMemory: true });
    await read(1, LAVROV_URL);
    await read(2, SUMMIT_URL);
    writeDelayMs = 30;
    // No wait between analysis and the question: getStory waits for the tab's pending write.
    const view = (await send('getStory', { tabId: 2 })) as StoryView;
    expect(view.articles.map((a) => a.title)).toEqual([
      'Russian Foreign Minister Will Visit North Korea for Talks',
      'Trump and Kim meet in Singapore',
    ]);
    expect(view.events.some((e) => e.source.title === 'Trump and Kim meet in Singapore')).toBe(true);
    expect(view.events.some((e) => e.source.title.startsWith('Russian Foreign Minister'))).toBe(true);
  });

  it('keeps an unrelated article in a story of its own', async () => {
    await send('updateSettings', { storyMemory: true });
    await read(1, LAVROV_URL);
    await read(3, FOOTBALL_URL);
    expect((await send('getStory', { tabId: 3 }))?.story.articleCount).toBe(1);
    expect((await exportedJson()).stories).toHaveLength(2);
  });

  it('remembers nothing on a site the reader switched off', async () => {
    await send('updateSettings', { storyMemory: true });
    await send('setSiteEnabled', { host: new URL(LAVROV_URL).hostname, enabled: false });
    await read(1, LAVROV_URL);
    expect((await exportedJson()).stories).toEqual([]);
  });

  it('remembers nothing read in a private window', async () => {
    await send('updateSettings', { storyMemory: true });
    await send('analyzePage', pageOf(LAVROV_URL), {
      tab: { id: 1, url: LAVROV_URL, incognito: true } as Runtime.MessageSender['tab'],
    });
    expect(await send('getStory', { tabId: 1 })).toBeNull();
    expect((await exportedJson()).stories).toEqual([]);
  });

  it('answers null for a tab with no analysed page', async () => {
    await send('updateSettings', { storyMemory: true });
    expect(await send('getStory', { tabId: 42 })).toBeNull();
  });

  it('clears the memory on request', async () => {
    await send('updateSettings', { storyMemory: true });
    await read(1, LAVROV_URL);
    await read(2, SUMMIT_URL);
    expect(await send('clearStoryMemory', {})).toBeNull();
    expect(await send('getStory', { tabId: 2 })).toBeNull();
    expect((await exportedJson()).stories).toEqual([]);
  });

  it('exports Markdown with the events of what was read', async () => {
    await send('updateSettings', { storyMemory: true });
    await read(1, LAVROV_URL);
    await read(2, SUMMIT_URL);
    const md = await send('exportStoryMemory', { format: 'markdown' });
    expect(md).toContain('## Singapore summit');
    expect(md).toContain('Sergey Lavrov will visit North Korea for talks on Thursday');
    expect(md).toContain('Trump and Kim Jong Un met in Singapore on Tuesday');
  });
});
