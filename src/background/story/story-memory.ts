/**
 * The reader's story memory on this device: articles grouped into stories, read back as "the story
 * so far" and exported as Markdown or JSON. Nothing here is ever sent anywhere; whether to remember
 * at all is the caller's decision (see story-handlers.ts, which asks the settings).
 */
import type { IDBPDatabase } from 'idb';
import {
  assignStory,
  buildExport,
  buildStory,
  canonicalUrl,
  exportJson,
  exportMarkdown,
  articleLookupKeys,
  toArticleRecord,
  type Story,
  toStoryView,
  type StoryView,
} from '../../core/story';
import type { Analysis } from '../../core/types';
import { openStoryDb, type StoryDb } from './story-db';

export type ExportFormat = 'markdown' | 'json';

export interface StoryMemory {
  /**
   * Keep an analysed article and file it under a story. Reading the same page again replaces its
   * record (same canonical URL) and keeps its story.
   * @returns the story id, or null when there was nothing to keep or no database.
   */
  remember(analysis: Analysis): Promise<string | null>;
  /** The story of the article at `url`, or null when that article is not remembered. */
  getStory(url: string): Promise<StoryView | null>;
  clearAll(): Promise<void>;
  /** Every story, as a file's contents. */
  exportAs(format: ExportFormat): Promise<string>;
}

export interface StoryMemoryOptions {
  /** Database name; tests use a fresh one each. */
  dbName?: string;
  now?: () => number;
  /** The oldest-read articles beyond this many are forgotten, so memory cannot grow without end. */
  maxArticles?: number;
}

export const DEFAULT_MAX_ARTICLES = 2000;

export function createStoryMemory(options: StoryMemoryOptions = {}): StoryMemory {
  const now = options.now ?? Date.now;
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  let db: Promise<IDBPDatabase<StoryDb> | null> | undefined;
  const open = (): Promise<IDBPDatabase<StoryDb> | null> => (db ??= openStoryDb(options.dbName));

  return {
    async remember(analysis) {
      const record = toArticleRecord(analysis, now());
      const database = record && (await open());
      if (!record || !database) return null;
      // One transaction: two tabs finishing at once must not both start the same story.
      const tx = database.transaction(['articles', 'stories'], 'readwrite');
      const articles = tx.objectStore('articles');
      const stories = tx.objectStore('stories');
      const known = await articles.get(record.url);
      let storyId = known?.storyId;
      if (!storyId) {
        // Only stories that share a specific name with the article can take it; the rest stay on disk.
        const candidates = new Map<string, Story>();
        for (const key of articleLookupKeys(record))
          for (const story of await stories.index('by-key').getAll(key)) candidates.set(story.id, story);
        storyId = assignStory([...candidates.values()], record);
        // A new id that an unrelated story already holds must not merge the two.
        for (let n = 2; !candidates.has(storyId) && (await stories.getKey(storyId)); n++)
          storyId = `${storyId.replace(/~\d+$/, '')}~${n}`;
      }
      await articles.put({ ...record, storyId });
      const touched = new Set([storyId]);

      let excess = (await articles.count()) - maxArticles;
      if (excess > 0) {
        let cursor = await articles.index('by-read-at').openCursor();
        while (cursor && excess > 0) {
          touched.add(cursor.value.storyId);
          await cursor.delete();
          excess -= 1;
          cursor = await cursor.continue();
        }
      }
      for (const id of touched) {
        const members = await articles.index('by-story').getAll(id);
        if (members.length) await stories.put(buildStory(id, members));
        else await stories.delete(id);
      }
      await tx.done;
      return storyId;
    },

    async getStory(url) {
      const database = await open();
      if (!database) return null;
      const tx = database.transaction(['articles', 'stories'], 'readonly');
      const key = canonicalUrl(url);
      const article = await tx.objectStore('articles').get(key);
      const story = article && (await tx.objectStore('stories').get(article.storyId));
      if (!article || !story) return null;
      const members = await tx.objectStore('articles').index('by-story').getAll(story.id);
      return toStoryView(story, members, key);
    },

    async clearAll() {
      const database = await open();
      if (!database) return;
      const tx = database.transaction(['articles', 'stories'], 'readwrite');
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('stories').clear(), tx.done]);
    },

    async exportAs(format) {
      const database = await open();
      const tx = database?.transaction(['articles', 'stories'], 'readonly');
      const [stories, articles] = tx
        ? await Promise.all([tx.objectStore('stories').getAll(), tx.objectStore('articles').getAll()])
        : [[], []];
      const data = buildExport(stories, articles, new Date(now()));
      return format === 'json' ? exportJson(data) : exportMarkdown(data);
    },
  };
}
