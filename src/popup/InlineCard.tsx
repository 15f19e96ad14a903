/**
 * The card for one entity, opened in place in the popup. What the article says shows at once;
 * the Wikipedia/Wikidata card follows when the background has it (it never blocks the first paint).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../core/types';
import { WIKIPEDIA_CREDIT, type CardState } from '../shared/card';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';

export interface InlineCardProps {
  tabId: number;
  entity: Entity;
  id: string;
}

type Loading = { status: 'loading' };

/** Ask the background for the card; a failure to ask is an error state, not an exception. */
function useCard(tabId: number, entityId: string): CardState | Loading {
  const [state, setState] = useState<CardState | Loading>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    callBackground('getCard', { tabId, entityId })
      .then((card) => current && setState(card))
      .catch((error: unknown) => current && setState({ status: 'error', message: String(error) }));
    // A reply for an entity we no longer show must not overwrite the one we do.
    return () => {
      current = false;
    };
  }, [tabId, entityId]);
  return state;
}

function Lookup({ state }: { state: CardState | Loading }) {
  switch (state.status) {
    case 'loading':
      return (
        <p class="card-note" role="status">
          {t('cardLoading')}
        </p>
      );
    case 'lookups-off':
      return <p class="card-note">{t('cardLookupsOff')}</p>;
    case 'offline':
      return <p class="card-note">{t('cardOffline')}</p>;
    case 'not-found':
      return <p class="card-note">{t('cardNotFound')}</p>;
    case 'error':
      return <p class="card-note">{t('cardError')}</p>;
    case 'ok': {
      const { card } = state;
      return (
        <div class="card-lookup">
          <div class="card-lookup-head">
            {card.thumbnail && (
              <img class="card-thumb" src={card.thumbnail.url} alt="" width={48} height={48} loading="lazy" />
            )}
            <div>
              <p class="card-title">{card.title}</p>
              {card.description && <p class="card-description">{card.description}</p>}
            </div>
          </div>
          {card.extract && <p class="card-extract">{card.extract}</p>}
          {card.facts.length > 0 && (
            <dl class="card-facts">
              {card.facts.map((fact) => (
                <div key={fact.label} class="card-fact">
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <p class="card-credit">
            <a href={card.url} target="_blank" rel="noopener noreferrer">
              {t('cardReadMore')}
            </a>{' '}
            · {WIKIPEDIA_CREDIT}
          </p>
        </div>
      );
    }
  }
}

export function InlineCard({ tabId, entity, id }: InlineCardProps) {
  const state = useCard(tabId, entity.id);
  const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
  return (
    <div class={`card card--${entity.type}`} id={id}>
      <section class="card-article" aria-label={t('cardFromArticle')}>
        <p class="card-kicker">{t('cardFromArticle')}</p>
        {entity.descriptions.length > 0 && <p class="card-said">{entity.descriptions.join(' · ')}</p>}
        {entity.firstContext && <blockquote class="card-context">{entity.firstContext}</blockquote>}
        {otherNames.length > 0 && <p class="card-aliases">{t('cardAlsoCalled', otherNames.join(', '))}</p>}
      </section>
      <Lookup state={state} />
    </div>
  );
}
