/**
 * Every entity of the article, grouped by type, most salient first (`salience.ts`), with a filter box. Each item
 * opens its card in place and can scroll the page to its mentions, one after the other.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/types';
import { plural, t } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import { groupLabel, typeLabel, uiText } from '../ui/strings';
import { InlineCard } from './InlineCard';
import { bySalience, salienceTier } from './salience';

/** Lower case, accents removed: "Sergéy" matches "sergey". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Entities whose name, other names or descriptions contain every word of the query. */
export function filterEntities(entities: readonly Entity[], query: string): Entity[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...entities];
  return entities.filter((entity) => {
    const haystack = foldForSearch([entity.name, ...entity.aliases, ...entity.descriptions].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Groups in the fixed type order; within a group, most salient first (the headline's subject leads). */
export function groupEntities(
  entities: readonly Entity[],
  title?: string,
): { type: EntityType; entities: Entity[] }[] {
  const order = bySalience(title);
  return ENTITY_TYPES.map((type) => ({
    type,
    entities: entities.filter((entity) => entity.type === type).sort(order),
  })).filter((group) => group.entities.length > 0);
}

const WHERE_NAMED = ['whereNamedHeadline', 'whereNamedOpening', 'whereNamedLater'] as const;

/**
 * The line under an entity's name: what the article calls it; else Wikipedia's short description,
 * when lookups found one; else, honestly, only what we know: its type and where the article names it.
 */
export function secondLine(entity: Entity, wikipedia: string | undefined, title: string | undefined): string {
  return (
    entity.descriptions[0] ??
    wikipedia ??
    uiText(WHERE_NAMED[salienceTier(entity, title)], typeLabel(entity.type))
  );
}

interface EntityItemProps {
  tabId: number;
  entity: Entity;
  /** Its second line (`secondLine`). */
  description: string;
  open: boolean;
  onToggle(): void;
}

function EntityItem({ tabId, entity, description, open, onToggle }: EntityItemProps) {
  const next = useRef(0);
  const [jumpFailed, setJumpFailed] = useState(false);
  const cardId = `card-${entity.id}`;
  const mentions = entity.mentions.length;

  const jump = async (): Promise<void> => {
    const index = next.current;
    // Each press moves on to the following mention, wrapping round; advance before the reply so
    // quick presses do not all ask for the same one.
    next.current = mentions > 0 ? (index + 1) % mentions : 0;
    try {
      const shown = await callTab(tabId, 'revealMention', { entityId: entity.id, index });
      if (mentions > 0 && shown >= 0) next.current = (shown + 1) % mentions;
      setJumpFailed(false);
    } catch {
      setJumpFailed(true);
    }
  };

  return (
    <li class={`entity entity--${entity.type}${open ? ' is-open' : ''}`} data-entity-id={entity.id}>
      <div class="entity-row">
        <button
          type="button"
          class="entity-toggle"
          aria-expanded={open}
          aria-controls={open ? cardId : undefined}
          onClick={onToggle}
        >
          <span class="type-dot" aria-hidden="true" />
          <span class="entity-text">
            <span class="entity-name">{entity.name}</span>
            <span class="entity-description">{description}</span>
          </span>
          <span class="entity-count" title={plural(mentions, 'mentionCountOne', 'mentionCountOther')}>
            <span aria-hidden="true">{mentions}</span>
            <span class="visually-hidden">{plural(mentions, 'mentionCountOne', 'mentionCountOther')}</span>
          </span>
        </button>
        <button
          type="button"
          class="icon-button jump"
          aria-label={t('jumpToMention', entity.name)}
          title={t('jumpToMentionShort')}
          onClick={() => void jump()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="4.6" fill="none" stroke="currentColor" stroke-width="1.5" />
            <circle cx="8" cy="8" r="1.6" fill="currentColor" />
            <path
              d="M8 .8v2.6M8 12.6v2.6M.8 8h2.6M12.6 8h2.6"
              stroke="currentColor"
              stroke-width="1.5"
              stroke-linecap="round"
            />
          </svg>
        </button>
      </div>
      {jumpFailed && (
        <p class="entity-note" role="status">
          {t('jumpFailed')}
        </p>
      )}
      {open && <InlineCard tabId={tabId} entity={entity} id={cardId} />}
    </li>
  );
}

export interface EntityListProps {
  tabId: number;
  entities: readonly Entity[];
  /** The article's headline, which decides what leads each group. */
  title?: string;
  /** Wikipedia's short descriptions the background has, by entity id, for entities the article does not describe. */
  wikipediaDescriptions?: Readonly<Record<string, string>>;
}

export function EntityList({ tabId, entities, title, wikipediaDescriptions = {} }: EntityListProps) {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const groups = useMemo(
    () => groupEntities(filterEntities(entities, query), title),
    [entities, query, title],
  );
  const shown = groups.reduce((n, group) => n + group.entities.length, 0);

  // Up and Down move between entities (and from the filter box to the first one), so a long roster
  // does not take two Tab presses per row.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const list = event.currentTarget as HTMLElement;
    const toggles = [...list.querySelectorAll<HTMLElement>('.entity-toggle')];
    const target = event.target as HTMLElement;
    const at = toggles.indexOf(target);
    const fromSearch = target.id === 'entity-search';
    if (at < 0 && !fromSearch) return;
    const next = fromSearch
      ? event.key === 'ArrowDown'
        ? toggles[0]
        : undefined
      : event.key === 'ArrowDown'
        ? toggles[at + 1]
        : (toggles[at - 1] ?? list.querySelector<HTMLElement>('#entity-search'));
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <div class="entity-list" onKeyDown={onKeyDown}>
      <div class="search">
        <label class="visually-hidden" for="entity-search">
          {t('searchLabel')}
        </label>
        <svg class="search-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        <input
          id="entity-search"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {query ? plural(shown, 'searchResultsOne', 'searchResultsOther') : ''}
      </p>
      {shown === 0 && query && <p class="empty-search">{t('searchNoMatch', query)}</p>}
      {groups.map((group) => (
        <section
          key={group.type}
          class={`entity-group entity-group--${group.type}`}
          aria-labelledby={`group-${group.type}`}
        >
          <h2 id={`group-${group.type}`} class="group-title">
            <span class="type-dot" aria-hidden="true" />
            {groupLabel(group.type)}
            <span class="group-count">{group.entities.length}</span>
          </h2>
          <ul class="entities">
            {group.entities.map((entity) => (
              <EntityItem
                key={entity.id}
                tabId={tabId}
                entity={entity}
                description={secondLine(
                  entity,
                  Object.hasOwn(wikipediaDescriptions, entity.id)
                    ? wikipediaDescriptions[entity.id]
                    : undefined,
                  title,
                )}
                open={openId === entity.id}
                onToggle={() => setOpenId((id) => (id === entity.id ? null : entity.id))}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
