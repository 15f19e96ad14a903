/**
 * The story-memory part of the background protocol, and the hook that remembers each analysed
 * article. Memory is opt-in: nothing is stored or shown unless `settings.storyMemory` is true
 * (`null`, not asked yet, counts as no).
 */
import type { Analysis } from '../../core/types';
import type { Handlers } from '../../shared/messaging';
import type { BackgroundMethods } from '../../shared/protocol';
import type { PageStateStore } from '../page-states';
import type { SettingsStore } from '../settings-store';
import type { StoryMemory } from './story-memory';

export type StoryMethods = Pick<BackgroundMethods, 'getStory' | 'clearStoryMemory' | 'exportStoryMemory'>;

export interface StoryHandlers {
  handlers: Handlers<StoryMethods>;
  /**
   * Remember a tab's freshly analysed article, if the reader agreed. Does not wait for the
   * database, so highlighting is never held up; the story answers wait for it instead.
   */
  afterAnalysis(tabId: number, analysis: Analysis): void;
}

export interface StoryHandlerDeps {
  pages: PageStateStore;
  settings: SettingsStore;
  /** Absent where no database can exist: every story answer is then empty. */
  memory: StoryMemory | undefined;
}

export function createStoryHandlers({ pages, settings, memory }: StoryHandlerDeps): StoryHandlers {
  const pending = new Map<number, Promise<unknown>>();
  const isOn = async (): Promise<boolean> => (await settings.get()).storyMemory === true;

  return {
    afterAnalysis(tabId, analysis) {
      if (!memory) return;
      const done = isOn()
        .then((on) => (on ? memory.remember(analysis) : null))
        // A full or broken database costs the story, never the page.
        .catch(() => null)
        .finally(() => {
          if (pending.get(tabId) === done) pending.delete(tabId);
        });
      pending.set(tabId, done);
    },

    handlers: {
      async getStory({ tabId }) {
        // Every pending write, not only this tab's: another tab's article may join this story.
        await Promise.all(pending.values());
        if (!memory || !(await isOn())) return null;
        const url = (await pages.get(tabId))?.analysis.url;
        return url ? memory.getStory(url) : null;
      },

      async clearStoryMemory() {
        await Promise.all(pending.values());
        await memory?.clearAll();
        return null;
      },

      async exportStoryMemory({ format }) {
        await Promise.all(pending.values());
        if (!memory) throw new Error('Story memory is not available in this browser');
        return memory.exportAs(format);
      },
    },
  };
}
