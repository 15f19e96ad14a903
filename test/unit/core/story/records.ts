/** Small hand-made article records, for specs that need exact control over entities and events. */
import type { ArticleRecord } from '../../../../src/core/story/article-record';
import type { StoryEntity } from '../../../../src/core/story/entity-keys';
import type { EntityType, TimelineEvent } from '../../../../src/core/types';

export const person = (id: string, name: string, aliases: string[] = [name]): StoryEntity => ({
  id,
  name,
  type: 'person',
  aliases,
  mentions: 1,
});

export const entity = (id: string, name: string, type: EntityType): StoryEntity => ({
  id,
  name,
  type,
  aliases: [name],
  mentions: 1,
});

export function event(
  id: string,
  date: string,
  label: string,
  entityIds: string[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  const granularity = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id,
    date,
    granularity,
    value: date,
    label,
    sentence: `${label}.`,
    dateText: date,
    entityIds,
    status: 'happened',
    span: { start: 0, end: label.length },
    ...extra,
  };
}

export function article(
  url: string,
  published: string,
  entities: StoryEntity[],
  events: TimelineEvent[],
  extra: Partial<ArticleRecord> = {},
): ArticleRecord {
  return {
    url,
    link: url,
    title: `Title of ${url}`,
    site: 'news.example',
    published,
    entities,
    events,
    readAt: Date.parse(published),
    ...extra,
  };
}
