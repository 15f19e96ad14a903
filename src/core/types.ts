/**
 * The vocabulary shared by every part of Backstory. Everything here is plain data:
 * it crosses the message boundary between content script, background and popup as JSON.
 */

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A half-open `[start, end)` range of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** One name the recogniser found, before mentions are grouped into entities. */
export interface RecognizedSpan extends Span {
  type: EntityType;
  text: string;
}

/** Anything that finds names in plain text. The text is a whole article, blocks separated by blank lines. */
export interface Recognizer {
  recognize(text: string): RecognizedSpan[];
  /**
   * The same work as `recognize`, as steps that pause now and then (see `core/steps.ts`), for a caller
   * that must stay responsive on a long article. Optional: a recogniser without it runs in one step.
   */
  recognizeSteps?(text: string): Generator<void, RecognizedSpan[], void>;
}

/** Where a publication date was read from, so the UI and the eval can say how sure it is. */
export type PublishedSource = 'json-ld' | 'meta' | 'time-element' | 'itemprop' | 'url' | 'text' | 'given';

export interface PublishedDate {
  /** ISO `YYYY-MM-DD` (the day the article was published, in its own time zone where known). */
  date: string;
  /** The full timestamp as found, if there was more than a day. */
  raw?: string;
  source: PublishedSource;
  /**
   * ISO `YYYY-MM-DD`: the day the page shows the reader it was updated ("Updated Dec. 7"), when that is
   * after `date`. A modified time only in the page's metadata is not kept: CMSs touch it on any edit.
   */
  updated?: string;
}

/** Granularity of a resolved date, coarsest last. */
export const GRANULARITIES = [
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A date expression found in text and resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** TIMEX3 value: `2018-05-31`, `2018-05`, `2018-W22`, `2012-SU`, `199`, `PAST_REF`… */
  value: string;
  granularity?: Granularity;
  /**
   * Where the date lies from the publication date: before it, after it, or around it ("this year",
   * "now"). A date that contains the DCT but is stated with future tense ("later this month") is 'future'.
   */
  direction?: 'past' | 'future' | 'present';
}

/** One mention of an entity in the article. */
export interface Mention extends Span {
  text: string;
}

/** A person, organisation, place or event, after its mentions in one article are grouped. */
export interface Entity {
  /** Stable within a page: every highlight of this entity carries it as `data-backstory-id`. */
  id: string;
  type: EntityType;
  /** The fullest form the article uses ("Kim Jong Un", "Donald Trump"). */
  name: string;
  /** Every distinct surface form, fullest first. */
  aliases: string[];
  mentions: Mention[];
  /** What the article itself says the entity is ("Russian foreign minister"), most specific first. */
  descriptions: string[];
  /** The sentence of the first mention, for the offline card. */
  firstContext: string;
}

export type EventStatus = 'happened' | 'scheduled';

/** A dated thing that happened, or will, in the story. */
export interface TimelineEvent {
  id: string;
  /**
   * Where it sorts, as ISO: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A week sorts at its Monday, a season or
   * quarter at its first month, a decade or century at its first year; `granularity` says which.
   */
  date: string;
  granularity: Granularity;
  /** The TIMEX3 value the date came from, at its own granularity (`2018-W49`, `199`, `18`). */
  value: string;
  /** Short clause saying what happened. */
  label: string;
  /** The sentence it came from. */
  sentence: string;
  /** The date expression as written. */
  dateText: string;
  entityIds: string[];
  status: EventStatus;
  /** True for the story's central event (the summit the sample article turns on). */
  central?: boolean;
  /** Offsets of the source sentence in the article text. */
  span: Span;
}

/** The language an article is written in, and whether the recogniser reads it. */
export interface ArticleLanguage {
  /** Primary language subtag, lower case ("en", "ru"), or "und" when nothing could tell. */
  code: string;
  /** False for a language the recogniser was not trained on: then nothing is highlighted. */
  read: boolean;
}

/** Everything Backstory learned from one article. */
export interface Analysis {
  url?: string;
  title?: string;
  site?: string;
  published?: PublishedDate;
  /** Length of the article text analysed. */
  textLength: number;
  /** The article's language; with `read: false`, `entities` and `timeline` are empty on purpose. */
  language?: ArticleLanguage;
  entities: Entity[];
  timeline: TimelineEvent[];
  /** Milliseconds spent in the core pipeline. */
  elapsedMs: number;
  /**
   * True when only a part of a long article was analysed (the part the reader sees, read first so
   * its names are highlighted at once); the whole article's analysis follows and replaces it.
   */
  partial?: boolean;
}
