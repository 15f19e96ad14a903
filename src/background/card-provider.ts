/**
 * What the background needs from the knowledge layer. Kept as an interface so handlers can be tested
 * without the network and the knowledge service can be used without a browser (the CLI).
 */
import type { Entity } from '../core/types';
import type { CandidateChoice, CardState } from '../shared/card';
import type { Settings } from '../shared/settings';

/** How one lookup is run. */
export interface LookupOptions {
  /** Aborted when the reader switches lookups off or changes where they go: send nothing more. */
  signal?: AbortSignal;
  /** For a private window: answers are kept in memory only, never in the persistent cache. */
  incognito?: boolean;
}

export interface CardProvider {
  /**
   * Cards for all entities of one page, keyed by entity id. Never rejects: an entity without a card
   * maps to a CardState saying why (`not-found`, `offline`, `error`).
   */
  getCards(
    entities: Entity[],
    articleDate: string | undefined,
    settings: Settings,
    options?: LookupOptions,
  ): Promise<Map<string, CardState>>;
  /** Link `entity` to `choice` from now on ("not this one") and return the new card. `context`: the page's entities. */
  chooseCandidate(
    entity: Entity,
    choice: CandidateChoice,
    articleDate: string | undefined,
    settings: Settings,
    context?: Entity[],
    options?: LookupOptions,
  ): Promise<CardState>;
  /**
   * The card with its thumbnail as a `data:` URL (fetched here, never by the page); the card as it
   * was when there is none or it cannot be had. Optional: a provider without it shows no images.
   */
  withThumbnail?(state: CardState, settings: Settings, options?: LookupOptions): Promise<CardState>;
  /** Forget cached answers too old to be worth keeping even offline. Optional housekeeping. */
  pruneCache?(): Promise<number>;
}
