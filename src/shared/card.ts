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

export const WIKIPEDIA_CREDIT = 'From Wikipedia, CC BY-SA 4.0';
