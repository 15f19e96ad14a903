/**
 * The IndexedDB database that holds the reader's story memory: one row per article (by canonical
 * URL) and one per story. Kept apart from the knowledge cache so clearing one never touches the other.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { lookupKeys, type ArticleRecord, type Story } from '../../core/story';

export interface StoredArticle extends ArticleRecord {
  storyId: string;
}

export interface StoryDb extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { 'by-story': string; 'by-read-at': number };
  };
  stories: { key: string; value: Story; indexes: { 'by-key': string } };
}

export const STORY_DB_NAME = 'backstory-stories';
/** 2: stories indexed by their entities' keys, so filing an article reads only the stories it could join. */
const DB_VERSION = 2;

/**
 * Open (and on first use create) the database.
 * @returns null where IndexedDB is unavailable (some private windows): memory then keeps nothing.
 */
export function openStoryDb(name = STORY_DB_NAME): Promise<IDBPDatabase<StoryDb> | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return openDB<StoryDb>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const articles = database.createObjectStore('articles', { keyPath: 'url' });
        articles.createIndex('by-story', 'storyId');
        articles.createIndex('by-read-at', 'readAt');
        database.createObjectStore('stories', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const stories = tx.objectStore('stories');
        stories.createIndex('by-key', 'keys', { multiEntry: true });
        // Stories written by version 1 have no keys yet; without them no article could find them.
        void stories.openCursor().then(async function addKeys(cursor): Promise<void> {
          if (!cursor) return;
          await cursor.update({ ...cursor.value, keys: [...lookupKeys(cursor.value.entities)] });
          return addKeys(await cursor.continue());
        });
      }
    },
  }).catch(() => null);
}
