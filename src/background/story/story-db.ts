/**
 * The IndexedDB database that holds the reader's story memory: one row per article (by canonical
 * URL) and one per story. Kept apart from the knowledge cache so clearing one never touches the other.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleRecord, Story } from '../../core/story';

export interface StoredArticle extends ArticleRecord {
  storyId: string;
}

export interface StoryDb extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { 'by-story': string; 'by-read-at': number };
  };
  stories: { key: string; value: Story };
}

export const STORY_DB_NAME = 'backstory-stories';
const DB_VERSION = 1;

/**
 * Open (and on first use create) the database.
 * @returns null where IndexedDB is unavailable (some private windows): memory then keeps nothing.
 */
export function openStoryDb(name = STORY_DB_NAME): Promise<IDBPDatabase<StoryDb> | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return openDB<StoryDb>(name, DB_VERSION, {
    upgrade(database) {
      const articles = database.createObjectStore('articles', { keyPath: 'url' });
      articles.createIndex('by-story', 'storyId');
      articles.createIndex('by-read-at', 'readAt');
      database.createObjectStore('stories', { keyPath: 'id' });
    },
  }).catch(() => null);
}
