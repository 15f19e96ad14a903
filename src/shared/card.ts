/**
 * The small view model a background card is rendered from. Wikipedia and Wikidata answers are
 * mapped to this at the edge (background/knowledge), so the UI never sees raw API shapes or HTML.
 */
export interface CardFact {
  label: string;
  value: string;
}

export interface CardCandidate {
  qid: string;
  label: string;
  description?: string;
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
  thumbnail?: { url: string; width: number; height: number };
  /** Facts as of the article's date ("Secretary of State (since 26 April 2018)"). */
  facts: CardFact[];
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
  | {
      status: 'error';
      message: string;
      /** Rate limited: the server asked to hear nothing before this many milliseconds have passed. */
      retryAfterMs?: number;
    };

/** Wikipedia's text licence (https://en.wikipedia.org/wiki/Wikipedia:Copyrights). */
export const WIKIPEDIA_LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/**
 * @deprecated Kept for callers not yet moved to `card.attribution`, which is translated and
 * present only on cards whose text comes from Wikipedia.
 */
export const WIKIPEDIA_CREDIT = 'From Wikipedia, CC BY-SA 4.0';
