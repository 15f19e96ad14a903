/**
 * Grouping the articles a reader reads into stories. An article joins the story it shares the most
 * with, when what they share is specific: two or more people, organisations or events (countries
 * and capitals count for little), enough of either side's weight, or the same central event.
 * Otherwise it starts a story of its own.
 */
import type { EntityType } from '../types';
import type { ArticleRecord } from './article-record';
import {
  EntityIndex,
  entityKeys,
  entityWeight,
  isSameEntity,
  isSpecificName,
  nameKey,
  type StoryEntity,
} from './entity-keys';

/** One entity of a story, gathered from all its articles. */
export interface StoryProfileEntity {
  /** The fullest name any article used. */
  name: string;
  type: EntityType;
  aliases: string[];
  /** How many of the story's articles name it. */
  articles: number;
}

export interface Story {
  id: string;
  /** What to call the story: its central event, else the title of its first article. */
  title: string;
  /** Canonical URLs of its articles, oldest publication first. */
  articleUrls: string[];
  entities: StoryProfileEntity[];
  /** Names of the central events its articles turn on. */
  centralEvents: string[];
  /** Every name key and surname of its entities: a quick test of whether an article could join. */
  keys: string[];
  firstReadAt: number;
  lastReadAt: number;
  /** Publication days of its oldest and newest articles, where known (ISO `YYYY-MM-DD`). */
  published?: { first: string; last: string };
}

/** Below these an article starts a new story. Tuned on the sample article and the specs' cases. */
export const JOIN_THRESHOLDS = {
  /** Summed weight of the shared entities (a person or event weighs 3, an organisation 2). */
  score: 5,
  /** Shared entities that are not places: one shared person is a coincidence, two a story. */
  specific: 2,
  /** The weight from which a shared entity counts toward `specific` (a person, an event, a team). */
  specificWeight: 2,
  /** Shared weight over the weight of the smaller side, so a long story does not swallow everything. */
  overlap: 0.2,
  /**
   * Days between the article and the story's nearest article beyond which only a shared central
   * event joins them: the same people a year later are usually a new chapter, not the same story.
   */
  maxGapDays: 365,
} as const;

export interface StoryMatch {
  score: number;
  overlap: number;
  /** Names (as the article writes them) the article shares with the story. */
  shared: string[];
  sharesCentralEvent: boolean;
  /** Days from the article's publication to the story's nearest; 0 when either is unknown. */
  gapDays: number;
  joins: boolean;
}

const byPublished = (a: ArticleRecord, b: ArticleRecord): number =>
  (a.published ?? '9999') < (b.published ?? '9999')
    ? -1
    : (a.published ?? '9999') > (b.published ?? '9999')
      ? 1
      : a.readAt - b.readAt;

const wordCount = (name: string): number => name.trim().split(/\s+/).length;

/** Build (or rebuild) a story from all its articles. */
export function buildStory(id: string, articles: readonly ArticleRecord[]): Story {
  const sorted = [...articles].sort(byPublished);
  const entities: StoryProfileEntity[] = [];
  const index = new EntityIndex<StoryProfileEntity>();
  for (const article of sorted) {
    const seen = new Set<StoryProfileEntity>();
    for (const entity of article.entities) {
      if (!isSpecificName(entity.name)) continue;
      const known = index.find(entity);
      if (!known) {
        const added = { name: entity.name, type: entity.type, aliases: [...entity.aliases], articles: 1 };
        entities.push(added);
        index.add(added);
        seen.add(added);
        continue;
      }
      if (!seen.has(known)) known.articles += 1;
      seen.add(known);
      known.aliases = [...new Set([...known.aliases, entity.name, ...entity.aliases])];
      if (wordCount(entity.name) > wordCount(known.name)) known.name = entity.name;
      index.add(known);
    }
  }
  const centralEvents = [...new Set(sorted.flatMap((a) => (a.centralEvent ? [a.centralEvent] : [])))];
  return {
    id,
    title: mostCommonCentral(sorted) ?? sorted[0]?.title ?? id,
    articleUrls: sorted.map((a) => a.url),
    entities,
    centralEvents,
    keys: [...lookupKeys(entities)],
    firstReadAt: Math.min(...sorted.map((a) => a.readAt)),
    lastReadAt: Math.max(...sorted.map((a) => a.readAt)),
    ...publishedRange(sorted),
  };
}

function publishedRange(sorted: readonly ArticleRecord[]): { published?: { first: string; last: string } } {
  const days = sorted.flatMap((a) => (a.published ? [a.published] : [])).sort();
  return days.length ? { published: { first: days[0]!, last: days[days.length - 1]! } } : {};
}

const DAY_MS = 86_400_000;

function daysApart(day: string | undefined, range: Story['published']): number {
  const at = day ? Date.parse(day) : NaN;
  if (!range || Number.isNaN(at)) return 0;
  const first = Date.parse(range.first);
  const last = Date.parse(range.last);
  if (at < first) return Math.round((first - at) / DAY_MS);
  if (at > last) return Math.round((at - last) / DAY_MS);
  return 0;
}

function mostCommonCentral(articles: readonly ArticleRecord[]): string | undefined {
  const counts = new Map<string, { name: string; count: number }>();
  for (const { centralEvent } of articles) {
    if (!centralEvent) continue;
    const key = nameKey(centralEvent);
    const entry = counts.get(key) ?? { name: centralEvent, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { name: string; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.name;
}

/** How much an article shares with a story, and whether that is enough to join it. */
export function matchStory(story: Story, article: ArticleRecord): StoryMatch {
  const used = new Set<StoryProfileEntity>();
  const index = new EntityIndex(story.entities);
  const shared: string[] = [];
  let score = 0;
  let specific = 0;
  let articleTotal = 0;
  for (const entity of article.entities) {
    const weight = entityWeight(entity);
    if (!weight) continue;
    articleTotal += weight;
    const match = index.find(entity, used);
    if (!match) continue;
    used.add(match);
    shared.push(entity.name);
    score += weight;
    if (isSpecificEntity(entity)) specific += 1;
  }
  const storyTotal = story.entities.reduce((sum, e) => sum + entityWeight(e), 0);
  const smaller = Math.min(articleTotal, storyTotal);
  const overlap = smaller > 0 ? score / smaller : 0;
  const central = article.centralEvent;
  const centralEntity = central ? article.entities.find((e) => e.name === central) : undefined;
  const sharesCentralEvent =
    !!central &&
    story.centralEvents.some((name) =>
      isSameEntity(
        { name, aliases: [], type: 'event' },
        centralEntity ?? { name: central, aliases: [], type: 'event' },
      ),
    );
  const specificEnough = score >= JOIN_THRESHOLDS.score && specific >= JOIN_THRESHOLDS.specific;
  const gapDays = daysApart(article.published, story.published);
  const joins =
    specificEnough &&
    (sharesCentralEvent || (overlap >= JOIN_THRESHOLDS.overlap && gapDays <= JOIN_THRESHOLDS.maxGapDays));
  return { score, overlap, shared, sharesCentralEvent, gapDays, joins };
}

/** A stable id for a story started by this article, so the same reading gives the same ids. */
export function newStoryId(article: Pick<ArticleRecord, 'url'>): string {
  // FNV-1a: short and deterministic. A collision is caught where ids are handed out (below, and the store).
  let hash = 0x811c9dc5;
  for (let i = 0; i < article.url.length; i++) {
    hash ^= article.url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `story-${hash.toString(36)}`;
}

type Named = Pick<StoryProfileEntity, 'name' | 'aliases' | 'type'>;

const surnameOf = (entity: Named): string | undefined =>
  entity.type === 'person' ? nameKey(entity.name, 'person').split(' ').at(-1) : undefined;

/**
 * Every key and surname the entities answer to: any two entities `isSameEntity` allows share one,
 * so a story whose `keys` share none with an article's cannot take it (the store indexes stories by them).
 */
export function lookupKeys(entities: readonly Named[]): Set<string> {
  const keys = new Set<string>();
  for (const entity of entities) {
    for (const key of entityKeys(entity)) keys.add(key);
    const surname = surnameOf(entity);
    if (surname) keys.add(surname);
  }
  return keys;
}

/**
 * Entities that can count toward a join (people, events, organisations that are not everyday
 * institutions). A join needs two of them, so a story that shares none cannot take the article.
 */
function isSpecificEntity(entity: Pick<StoryEntity, 'name' | 'type'>): boolean {
  return entity.type !== 'place' && entityWeight(entity) >= JOIN_THRESHOLDS.specificWeight;
}

/**
 * The keys to look an article's possible stories up by: those of its specific entities only, since
 * "United States" or "White House" would bring up half the stories and can never decide a join.
 */
export function articleLookupKeys(article: Pick<ArticleRecord, 'entities'>): Set<string> {
  return lookupKeys(article.entities.filter(isSpecificEntity));
}

/**
 * The story an article belongs to: the one that already holds its URL, else the best-matching story
 * it joins (most shared weight, then the most recently read), else a new id.
 */
export function assignStory(existingStories: readonly Story[], article: ArticleRecord): string {
  const holding = existingStories.find((s) => s.articleUrls.includes(article.url));
  if (holding) return holding.id;
  let best: { story: Story; match: StoryMatch } | undefined;
  const keys = articleLookupKeys(article);
  for (const story of existingStories) {
    // Most stories share no name at all with the article: skip them before the full comparison.
    if (!story.keys.some((key) => keys.has(key))) continue;
    const match = matchStory(story, article);
    if (!match.joins) continue;
    if (
      !best ||
      match.score > best.match.score ||
      (match.score === best.match.score && story.lastReadAt > best.story.lastReadAt)
    )
      best = { story, match };
  }
  if (best) return best.story.id;
  const id = newStoryId(article);
  // A hash collision with an unrelated story must not merge them.
  return existingStories.some((s) => s.id === id) ? `${id}-${existingStories.length}` : id;
}
