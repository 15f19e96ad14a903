/**
 * A page state as `storage.session` keeps it, and how it is read back.
 *
 * Stored compact: most of a page state is its mentions, tens of thousands on a long article, each
 * `{ start, end, text }`. Writing them as objects costs the background a long pause (Chromium
 * converts the whole value at once, synchronously: ~250 ms at 200,000 words, while every tab's
 * messages wait). So each entity is stored with its distinct mention texts once (`forms`) and its
 * mentions as one string of numbers (`spans`, see `encodeSpans`); reading it back gives the same
 * mentions, text and all, as memory held.
 *
 * What comes back from storage is still input: an older version's state, a broken write, or anything
 * another extension page put there. A state that is not a whole analysis is treated as no state at all
 * (the popup then asks the page to be read again), never handed on for the popup to trip over.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, GRANULARITIES, type Entity, type Mention } from '../core/types';
import type { PageState } from '../shared/protocol';

/** An entity as stored: its mentions as `forms` and `spans` (see `encodeSpans`). */
export interface StoredEntity extends Omit<Entity, 'mentions'> {
  forms: string[];
  spans: string;
}

/** A page state as stored: the analysis's entities are `StoredEntity`s. */
export interface StoredPageState extends Omit<PageState, 'analysis'> {
  analysis: Omit<PageState['analysis'], 'entities'> & { entities: StoredEntity[] };
}

/** The page state in its stored form; `readPageState` gives it back. */
export function toStoredPageState(state: PageState): StoredPageState {
  return {
    ...state,
    analysis: {
      ...state.analysis,
      entities: state.analysis.entities.map(({ mentions, ...entity }) => ({
        ...entity,
        ...encodeSpans(mentions),
      })),
    },
  };
}

/**
 * Mentions as their distinct texts and one string: for each mention, in order, its start (as the
 * distance from the previous mention's start, signed), its length and the index of its text in
 * `forms`, in base 36, comma-separated. One string is converted in one go where thousands of
 * objects (or numbers) would each be converted, and it is about a tenth of their size.
 */
export function encodeSpans(mentions: readonly Mention[]): { forms: string[]; spans: string } {
  const forms: string[] = [];
  const formIndex = new Map<string, number>();
  const parts = new Array<string>(mentions.length * 3);
  let previous = 0;
  mentions.forEach((m, i) => {
    let index = formIndex.get(m.text);
    if (index === undefined) {
      index = forms.push(m.text) - 1;
      formIndex.set(m.text, index);
    }
    parts[3 * i] = (m.start - previous).toString(36);
    parts[3 * i + 1] = (m.end - m.start).toString(36);
    parts[3 * i + 2] = index.toString(36);
    previous = m.start;
  });
  return { forms, spans: parts.join(',') };
}

/** The mentions `encodeSpans` wrote, or null when `spans` is not such a string for these `forms`. */
export function decodeSpans(forms: readonly string[], spans: string): Mention[] | null {
  if (spans === '') return [];
  const parts = spans.split(',');
  if (parts.length % 3 !== 0) return null;
  const mentions: Mention[] = [];
  let start = 0;
  for (let i = 0; i < parts.length; i += 3) {
    const delta = base36(parts[i]!, true);
    const length = base36(parts[i + 1]!, false);
    const index = base36(parts[i + 2]!, false);
    if (delta === null || length === null || index === null) return null;
    start += delta;
    const text = forms[index];
    if (start < 0 || length === 0 || text === undefined) return null;
    mentions.push({ start, end: start + length, text });
  }
  return mentions;
}

/** A whole base-36 number written the way `Number#toString(36)` writes it, else null. */
function base36(digits: string, signed: boolean): number | null {
  if (!(signed ? /^-?[0-9a-z]{1,10}$/ : /^[0-9a-z]{1,10}$/).test(digits)) return null;
  const n = parseInt(digits, 36);
  return Number.isSafeInteger(n) ? n : null;
}

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const SPAN = v.looseObject({ start: offset, end: offset });

const ENTITY = v.looseObject({
  id: v.string(),
  type: v.picklist(ENTITY_TYPES),
  name: v.string(),
  aliases: v.array(v.string()),
  forms: v.array(v.string()),
  spans: v.string(),
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

/**
 * The stored value (`toStoredPageState`'s form) as a page state of `tabId`, its mentions whole again,
 * or null when it is anything else.
 */
export function readPageState(stored: unknown, tabId: number): PageState | null {
  const parsed = v.safeParse(PAGE_STATE, stored);
  if (!parsed.success || parsed.output.tabId !== tabId) return null;
  const { analysis } = parsed.output;
  const entities: Entity[] = [];
  for (const { forms, spans, ...entity } of analysis.entities) {
    const mentions = decodeSpans(forms, spans);
    if (!mentions) return null;
    entities.push({ ...entity, mentions });
  }
  return { ...parsed.output, analysis: { ...analysis, entities } } as PageState;
}
