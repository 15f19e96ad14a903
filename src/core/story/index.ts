/** Memory across articles: grouping what the reader reads into stories, and each story so far. */
export { canonicalUrl, cleanUrl } from './canonical-url';
export { refOf, toArticleRecord, type ArticleRecord, type ArticleRef } from './article-record';
export {
  entityKeys,
  entityWeight,
  isSameEntity,
  isSpecificName,
  nameKey,
  type StoryEntity,
} from './entity-keys';
export {
  assignStory,
  buildStory,
  articleLookupKeys,
  JOIN_THRESHOLDS,
  lookupKeys,
  matchStory,
  newStoryId,
  type Story,
  type StoryMatch,
  type StoryProfileEntity,
} from './assign-story';
export { MERGE_THRESHOLDS, storySoFar, type StoryEvent } from './story-so-far';
export {
  buildExport,
  exportJson,
  exportMarkdown,
  toStoryView,
  type StoryArticle,
  type StoryExport,
  type StoryView,
} from './story-view';
