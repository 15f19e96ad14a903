/**
 * The shape of a stored page state. `storage.session` is ours, but what comes back from it is still
 * input: an older version's state, a broken write, or anything another extension page put there.
 * A state that is not a whole analysis is treated as no state at all (the popup then asks the page
 * to be read again), never handed on for the popup to trip over.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, GRANULARITIES } from '../core/types';
import type { PageState } from '../shared/protocol';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const SPAN = v.looseObject({ start: offset, end: offset });
const MENTION = v.looseObject({ start: offset, end: offset, text: v.string() });

const ENTITY = v.looseObject({
  id: v.string(),
  type: v.picklist(ENTITY_TYPES),
  name: v.string(),
  aliases: v.array(v.string()),
  mentions: v.array(MENTION),
  descriptions: v.array(v.string()),
  firstContext: v.string(),
});

const TIMELINE_EVENT = v.looseObject({
  id: v.string(),
  date: v.string(),
  // Every granularity a timeline gives: a "last week" item must not make the whole state unreadable.
  granularity: v.picklist(GRANULARITIES),
  value: v.string(),
  label: v.string(),
  sentence: v.string(),
  dateText: v.string(),
  entityIds: v.array(v.string()),
  status: v.picklist(['happened', 'scheduled']),
  central: v.optional(v.boolean()),
  span: SPAN,
});

const PUBLISHED = v.looseObject({
  date: v.string(),
  raw: v.optional(v.string()),
  source: v.string(),
  updated: v.optional(v.string()),
});

const ANALYSIS = v.looseObject({
  url: v.optional(v.string()),
  title: v.optional(v.string()),
  site: v.optional(v.string()),
  published: v.optional(PUBLISHED),
  textLength: offset,
  language: v.optional(v.looseObject({ code: v.string(), read: v.boolean() })),
  entities: v.array(ENTITY),
  timeline: v.array(TIMELINE_EVENT),
  elapsedMs: v.number(),
});

const PAGE_STATE = v.looseObject({
  tabId: v.pipe(v.number(), v.integer()),
  analysis: ANALYSIS,
  enabled: v.boolean(),
});

/** The stored value as a page state of `tabId`, or null when it is anything else. */
export function readPageState(stored: unknown, tabId: number): PageState | null {
  const parsed = v.safeParse(PAGE_STATE, stored);
  if (!parsed.success || parsed.output.tabId !== tabId) return null;
  return parsed.output as PageState;
}
