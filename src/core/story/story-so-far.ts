/**
 * "The story so far": the events of every article of a story on one line. Two articles often tell
 * the same event (the summit announced, then held), so events are merged when they fall on the same
 * date (or one date contains the other), involve the same people and read alike. The newest
 * article's telling wins, since it knows whether the scheduled thing happened; every article that
 * told the event stays linked.
 */
import { GRANULARITIES, type EventStatus, type Granularity, type TimelineEvent } from '../types';
import { refOf, type ArticleRecord, type ArticleRef } from './article-record';
import type { Story } from './assign-story';
import { isSameEntity, type StoryEntity } from './entity-keys';

export interface StoryEvent {
  /** Unique within the story: the source article's URL and the event's id on that page. */
  id: string;
  /** ISO date at its granularity, the finest any article gave. */
  date: string;
  granularity: Granularity;
  /** The TIMEX3 value at that granularity (`2018-W49`, `199`), where the article gave one. */
  value?: string;
  label: string;
  sentence: string;
  status: EventStatus;
  central?: boolean;
  /** Names of the entities involved, as the source article writes them. */
  entities: string[];
  /** The article whose telling is shown. */
  source: ArticleRef;
  /** Other articles that tell the same event. */
  alsoIn: ArticleRef[];
}

/** How alike two labels must read, by date relation; dates that merely contain each other need more. */
export const MERGE_THRESHOLDS = {
  sameDate: 0.25,
  containedDate: 0.4,
  withoutEntities: 0.5,
  /** The score of a plan and its report; above the rest, since the match is certain. */
  plan: 0.9,
} as const;

const STOP = new Set(
  (
    'the and for with from into over after before about said says will would was were has have had ' +
    'that this these those its their his her they them than then there which who whom what when where ' +
    'also been being not but are our out one two new more most last next week month year day today ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december earlier later'
  ).split(' '),
);

/** Words news uses for the same happening ("called off" and "cancelled", "summit" and "meeting"). */
const SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:called|calls|call|calling) off\b|\bcancell?(?:ed|s|ing)?\b|\bscrapped\b|\bscraps?\b/g, 'cancel'],
  [/\b(?:summit|meeting|talks)\b/g, 'meeting'],
  [/\b(?:visited|visits|visiting|visit)\b/g, 'visit'],
  [/\b(?:met|meets|meeting with|meet)\b/g, 'meet'],
];

function labelTokens(label: string): Set<string> {
  let folded = label.toLowerCase();
  for (const [pattern, word] of SYNONYMS) folded = folded.replace(pattern, word);
  const words = folded
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length >= 2 && !STOP.has(w)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both);
}

interface Member {
  event: TimelineEvent;
  article: ArticleRecord;
  entities: StoryEntity[];
  tokens: Set<string>;
}

type DateRelation = 'same' | 'contained' | 'apart';

function relate(a: string, b: string): DateRelation {
  if (a === b) return 'same';
  return a.startsWith(b) || b.startsWith(a) ? 'contained' : 'apart';
}

/** How alike two tellings are, or 0 when they cannot be one event. */
function likeness(a: Member, b: Member): number {
  if (a.article.url === b.article.url) return 0;
  const relation = relate(a.event.date, b.event.date);
  if (relation === 'apart') return 0;
  // The story's central event is one happening, however each article tells it.
  if (relation === 'same' && a.event.central && b.event.central) return 1;
  // A later report supersedes an earlier plan: "will visit Pyongyang on Thursday" and "met Kim on
  // Thursday", same day, same people, one scheduled and one done, are one happening.
  if (
    relation === 'same' &&
    a.event.granularity === 'day' &&
    a.event.status !== b.event.status &&
    a.entities.some((x) => b.entities.some((y) => x.type === 'person' && isSameEntity(x, y)))
  )
    return MERGE_THRESHOLDS.plan;
  const similarity = jaccard(a.tokens, b.tokens);
  if (!a.entities.length || !b.entities.length) {
    return similarity >= MERGE_THRESHOLDS.withoutEntities ? similarity : 0;
  }
  if (!a.entities.some((x) => b.entities.some((y) => isSameEntity(x, y)))) return 0;
  const needed = relation === 'same' ? MERGE_THRESHOLDS.sameDate : MERGE_THRESHOLDS.containedDate;
  return similarity >= needed ? similarity : 0;
}

/** Newest publication first, then the latest read: the telling that knows most. */
const newer = (a: ArticleRecord, b: ArticleRecord): boolean =>
  (a.published ?? '') !== (b.published ?? '')
    ? (a.published ?? '') > (b.published ?? '')
    : a.readAt > b.readAt;

/** What happened beats what was planned; otherwise the newest telling wins. */
function tellsMore(a: Member, b: Member): boolean {
  if (a.event.status !== b.event.status) return a.event.status === 'happened';
  return newer(a.article, b.article);
}

function toStoryEvent(group: readonly Member[]): StoryEvent {
  let shown = group[0]!;
  for (const member of group) if (tellsMore(member, shown)) shown = member;
  let finest = shown.event;
  for (const { event } of group)
    if (GRANULARITIES.indexOf(event.granularity) < GRANULARITIES.indexOf(finest.granularity)) finest = event;
  const sources = new Map<string, ArticleRef>();
  for (const { article } of group)
    if (article.url !== shown.article.url) sources.set(article.url, refOf(article));
  const central = group.some((m) => m.event.central);
  return {
    id: `${shown.article.url}#${shown.event.id}`,
    date: finest.date,
    granularity: finest.granularity,
    ...(finest.value ? { value: finest.value } : {}),
    label: shown.event.label,
    sentence: shown.event.sentence,
    status: shown.event.status,
    ...(central ? { central } : {}),
    entities: shown.entities.map((e) => e.name),
    source: refOf(shown.article),
    alsoIn: [...sources.values()],
  };
}

/**
 * The merged events of a story's articles in date order (same date: the order the articles were
 * published and told them in).
 * @param articles Any articles; only those of `story` are used.
 */
export function storySoFar(story: Story, articles: readonly ArticleRecord[]): StoryEvent[] {
  const order = new Map(story.articleUrls.map((url, i) => [url, i]));
  const members = articles
    .filter((a) => order.has(a.url))
    .sort((a, b) => order.get(a.url)! - order.get(b.url)!)
    .flatMap((article) => {
      const byId = new Map(article.entities.map((e) => [e.id, e]));
      return article.events.map((event): Member => ({
        event,
        article,
        entities: event.entityIds.map((id) => byId.get(id)).filter((e): e is StoryEntity => !!e),
        tokens: labelTokens(event.label),
      }));
    });

  const groups: Member[][] = [];
  for (const member of members) {
    let best: { group: Member[]; score: number } | undefined;
    for (const group of groups) {
      // An article tells each of its events once: never merge two of its own.
      if (group.some((m) => m.article.url === member.article.url)) continue;
      const score = Math.max(...group.map((m) => likeness(m, member)));
      if (score > 0 && (!best || score > best.score)) best = { group, score };
    }
    if (best) best.group.push(member);
    else groups.push([member]);
  }

  return groups
    .map((group) => ({ event: toStoryEvent(group), first: group[0]! }))
    .sort(
      (a, b) =>
        (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
        order.get(a.first.article.url)! - order.get(b.first.article.url)! ||
        a.first.event.span.start - b.first.event.span.start,
    )
    .map(({ event }) => event);
}
