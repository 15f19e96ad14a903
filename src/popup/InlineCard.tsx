/**
 * The card for one entity, opened in place in the popup: the shared `EntityCard` (the same card the
 * page shows on hover), fed from the background. What the article says shows at once; the
 * Wikipedia/Wikidata part follows when the background has it, so it never blocks the first paint.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../core/types';
import type { CandidateChoice } from '../shared/card';
import { callBackground } from '../shared/messaging';
import { EntityCard, type LookupState } from '../ui/EntityCard';
import { ENTITY_CARD_CSS } from '../ui/entity-card-css';

export interface InlineCardProps {
  tabId: number;
  entity: Entity;
  id: string;
}

let cardSheetAdopted = false;

/** The card's stylesheet, adopted into the popup document once (the hover card does the same in its shadow root). */
function adoptCardStyles(): void {
  if (cardSheetAdopted || typeof document === 'undefined') return;
  cardSheetAdopted = true;
  const style = document.createElement('style');
  style.setAttribute('data-backstory-card', '');
  style.textContent = ENTITY_CARD_CSS;
  // First in <head>, so the popup's own rules, which fit the card into the list, win.
  document.head.prepend(style);
}

/** Ask the background for the card; a failure to ask is an error state, not an exception. */
function useLookup(tabId: number, entityId: string): [LookupState, (choice: CandidateChoice) => void] {
  const [state, setState] = useState<LookupState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [chosen, setChosen] = useState<CandidateChoice | null>(null);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    const request = chosen
      ? callBackground('chooseCandidate', { tabId, entityId, qid: chosen })
      : callBackground('getCard', { tabId, entityId });
    request
      .then((card) => current && setState(card))
      .catch((error: unknown) => current && setState({ status: 'error', message: String(error) }));
    // A reply for an entity we no longer show must not overwrite the one we do.
    return () => {
      current = false;
    };
  }, [tabId, entityId, chosen, generation]);
  const choose = (choice: CandidateChoice): void => {
    setChosen(choice);
    setGeneration((g) => g + 1);
  };
  return [state, choose];
}

export function InlineCard({ tabId, entity, id }: InlineCardProps) {
  adoptCardStyles();
  const [lookup, choose] = useLookup(tabId, entity.id);
  return (
    <div class={`inline-card inline-card--${entity.type}`} id={id}>
      <EntityCard entity={entity} lookup={lookup} onChooseCandidate={choose} headingId={`${id}-name`} />
    </div>
  );
}
