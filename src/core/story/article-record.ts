/**
 * What "the story so far" keeps of one article: who and what it is about and its dated events,
 * never its text. Entity ids stay as the page gave them, since the events refer to them.
 */
import type { Analysis, TimelineEvent } from '../types';
import { canonicalUrl, cleanUrl } from './canonical-url';
import type { StoryEntity } from './entity-keys';

export interface ArticleRecord {
  /** The canonical URL (see `canonicalUrl`): reading the page again replaces the record. */
  url: string;
  /** The address to open it again (see `cleanUrl`). */
  link: string;
  title: string;
  site: string;
  /** ISO `YYYY-MM-DD`, when the page said. */
  published?: string;
  entities: StoryEntity[];
  events: TimelineEvent[];
  /** The name of the event the article turns on ("Singapore summit"), if it has one. */
  centralEvent?: string;
  /** When the reader read it, in epoch milliseconds. */
  readAt: number;
}

/** How an event or a story points back at an article. */
export interface ArticleRef {
  /** The article's identity (its canonical URL). */
  url: string;
  /** What a link to it opens. */
  link: string;
  title: string;
  site: string;
  published?: string;
}

export const refOf = (article: ArticleRecord): ArticleRef => ({
  url: article.url,
  // Records kept before links were stored only have the canonical URL.
  link: article.link || article.url,
  title: article.title,
  site: article.site,
  ...(article.published ? { published: article.published } : {}),
});

/**
 * The central event's name: an event entity of the central timeline event when there is one,
 * else its label, since a summit the recogniser did not name is still what the story turns on.
 */
function centralEventName(analysis: Analysis): string | undefined {
  const central = analysis.timeline.find((event) => event.central);
  if (!central) return undefined;
  const named = central.entityIds
    .map((id) => analysis.entities.find((entity) => entity.id === id))
    .find((entity) => entity?.type === 'event');
  return named?.name ?? central.label;
}

/**
 * Reduce an analysis to what memory keeps.
 * @returns null when there is nothing to remember: no URL, or neither entities nor events.
 */
export function toArticleRecord(analysis: Analysis, readAt: number): ArticleRecord | null {
  if (!analysis.url) return null;
  if (!analysis.entities.length && !analysis.timeline.length) return null;
  const url = canonicalUrl(analysis.url);
  const centralEvent = centralEventName(analysis);
  return {
    url,
    link: cleanUrl(analysis.url),
    title: analysis.title?.trim() || url,
    site: analysis.site?.trim() || hostOf(url),
    ...(analysis.published ? { published: analysis.published.date } : {}),
    entities: analysis.entities.map(({ id, name, type, aliases, mentions }) => ({
      id,
      name,
      type,
      aliases: [...aliases],
      mentions: mentions.length,
    })),
    // The sentence stays: it is the event's own evidence, shown on hover and in the export.
    events: analysis.timeline.map((event) => ({ ...event, entityIds: [...event.entityIds] })),
    ...(centralEvent ? { centralEvent } : {}),
    readAt,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
