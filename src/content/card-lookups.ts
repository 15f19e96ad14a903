/**
 * The hover card's data: each entity's card asked of the background once per page, and the reader's
 * "Not this one?" choice passed on. A failed or offline answer is not kept, so the next hover asks
 * again (the background decides how soon it really retries). A lookup never rejects: a failure comes
 * back as an error state the card can word.
 */
import type { CandidateChoice, CardState } from '../shared/card';

export interface CardSource {
  /** Ask the background for the card (may reject). */
  loadCard(entityId: string): Promise<CardState>;
  /** The reader chose another candidate (may reject). */
  chooseCandidate(entityId: string, choice: CandidateChoice): Promise<CardState>;
}

export interface CardLookups {
  /** The entity's card, asked for once while the answer is good. */
  card(entityId: string): Promise<CardState>;
  /** Stores the reader's choice of candidate; its answer is the entity's card from now on. */
  choose(entityId: string, choice: CandidateChoice): Promise<CardState>;
  /** Forgets every answer (settings changed, e.g. lookups switched on). */
  clear(): void;
}

function failure(error: unknown): CardState {
  return { status: 'error', message: error instanceof Error ? error.message : String(error) };
}

const isFailure = (state: CardState): boolean => state.status === 'error' || state.status === 'offline';

export function createCardLookups(source: CardSource): CardLookups {
  const answers = new Map<string, Promise<CardState>>();
  return {
    card(entityId) {
      const known = answers.get(entityId);
      if (known) return known;
      const asked: Promise<CardState> = source
        .loadCard(entityId)
        .catch(failure)
        .then((state) => {
          // The entry may already be a newer ask's (the answers were cleared meanwhile), which is
          // not this failure's to drop.
          if (isFailure(state) && answers.get(entityId) === asked) answers.delete(entityId);
          return state;
        });
      answers.set(entityId, asked);
      return asked;
    },
    async choose(entityId, choice) {
      const chosen = await source.chooseCandidate(entityId, choice).catch(failure);
      // A choice that failed is no answer to keep: the next hover asks what the card now is.
      if (isFailure(chosen)) answers.delete(entityId);
      else answers.set(entityId, Promise.resolve(chosen));
      return chosen;
    },
    clear: () => answers.clear(),
  };
}
