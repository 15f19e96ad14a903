/**
 * The small view model a background card is rendered from. Wikipedia and Wikidata answers are
 * mapped to this at the edge (background/knowledge), so the UI never sees raw API shapes or HTML.
 */
import type { EntityType } from '../core/types';
export interface CardFact {
  label: string;
  value: string;
  /**
   * Wikidata says the value exists but is not known (`somevalue`: "died, date unknown"). `value`
   * then holds the English word "unknown"; the view should show its own translation of "unknown",
   * set apart (muted), never as a date or an age.
   */
  unknown?: boolean;
}

/** Bounds the background cuts every text to before a card is stored, sent or rendered. */
export const CARD_TEXT_LIMITS = {
  /** Extract: whole sentences up to this many characters. */
  extract: 500,
  description: 200,
  label: 160,
  factValue: 200,
} as const;

export interface CardThumbnail {
  /** Where the image lives on Wikimedia's servers (for the popup, and as the card's source). */
  url: string;
  width: number;
  height: number;
  /**
   * The image itself as a `data:image/…;base64,` URL, fetched by the background so the page's CSP
   * and referrer never see the request. Absent when it was too large or could not be fetched: the
   * hover card then shows no image (the popup may still use `url`).
   */
  dataUrl?: string;
}

export interface CardCandidate {
  qid: Qid;
  label: string;
  description?: string;
  /**
   * What sets this item apart for the article's date, for a "Which …?" choice: the office held
   * then, else its occupations ("Minister of Foreign Affairs of North Korea (2016–2020)",
   * "military officer").
   */
  detail?: string;
  thumbnail?: CardThumbnail;
}

export interface KnowledgeCard {
  qid?: string;
  /** Wikipedia page title. */
  title: string;
  /** Canonical Wikipedia URL. */
  url: string;
  description?: string;
  /** Plain-text extract, cut near 500 characters at a sentence boundary. Never HTML. */
  extract: string;
  thumbnail?: CardThumbnail;
  /** Facts as of the article's date ("Secretary of State (since 26 April 2018)"). */
  facts: CardFact[];
  /**
   * What the linked item is, from its Wikidata class (P31), when that is clear: a person, place,
   * organisation or event. Where it differs from the entity's type, it corrects the recogniser
   * ("Singapore summit" read as a place is an event): the card and popup should show this type.
   */
  type?: EntityType;
  /** Other items the name could mean, for "not this one". */
  candidates: CardCandidate[];
  /**
   * The credit Wikipedia's licence asks for, present only when the card's text comes from a
   * Wikipedia article (a Wikidata-only card has none: Wikidata is CC0). Render `text` as a link
   * to `licenseUrl`.
   */
  attribution?: CardAttribution;
}

export interface CardAttribution {
  /** "From Wikipedia, CC BY-SA 4.0", in the reader's language. */
  text: string;
  licenseUrl: string;
}

/** "No card" is a state the UI renders, not an exception. */
export type CardState =
  | { status: 'ok'; card: KnowledgeCard }
  | { status: 'lookups-off' }
  | { status: 'offline' }
  | { status: 'not-found' }
  /**
   * The reader said no Wikipedia article is this name's ("Not this one?" → `NO_ARTICLE`): the card
   * keeps only what the article says, and offers to look the name up again (`LOOK_UP_AGAIN`).
   */
  | { status: 'unlinked' }
  /**
   * The article's evidence does not separate two or more items of the same name. The view asks
   * "Which {entity name}?" and offers `choices` (best first, each with label, description and
   * `detail`); picking one is `chooseCandidate`, which remembers it and answers with its card.
   */
  | { status: 'ambiguous'; choices: CardCandidate[] }
  | {
      status: 'error';
      message: string;
      /** Rate limited: the server asked to hear nothing before this many milliseconds have passed. */
      retryAfterMs?: number;
    };

/** A Wikidata item's id: "Q" and digits ("Q42"). */
export type Qid = `Q${number}`;

/** "None of these": the card drops its Wikipedia part for that name, remembered like any choice. */
export const NO_ARTICLE = 'none';
/** The undo of `NO_ARTICLE` or of a choice: the name is looked up afresh, as if never chosen. */
export const LOOK_UP_AGAIN = 'auto';

/**
 * What the reader told `chooseCandidate`: a candidate's Wikidata id, `NO_ARTICLE` or
 * `LOOK_UP_AGAIN`. Sent and remembered as this string, so a choice stored by an earlier version
 * still reads; no Wikidata id is either word.
 */
export type CandidateChoice = Qid | typeof NO_ARTICLE | typeof LOOK_UP_AGAIN;

/** Whether a value that crossed a boundary (a message, the cache) is a `CandidateChoice`. */
export function isCandidateChoice(value: unknown): value is CandidateChoice {
  return (
    value === NO_ARTICLE || value === LOOK_UP_AGAIN || (typeof value === 'string' && /^Q\d+$/.test(value))
  );
}

/** Wikipedia's text licence (https://en.wikipedia.org/wiki/Wikipedia:Copyrights). */
export const WIKIPEDIA_LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/**
 * @deprecated Kept for callers not yet moved to `card.attribution`, which is translated and
 * present only on cards whose text comes from Wikipedia.
 */
export const WIKIPEDIA_CREDIT = 'From Wikipedia, CC BY-SA 4.0';
