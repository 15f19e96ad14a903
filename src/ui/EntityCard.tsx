/**
 * The card for one entity, shared by the hover card (in a shadow root on the page) and the popup.
 * Presentational only: the caller fetches the lookup and passes its state in, so both hosts decide
 * how to ask the background and how to guard against stale answers. Everything is rendered as text
 * through Preact; nothing from Wikipedia is ever inserted as HTML.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Entity } from '../core/types';
import {
  LOOK_UP_AGAIN,
  NO_ARTICLE,
  WIKIPEDIA_LICENSE_URL,
  type CandidateChoice,
  type CardAttribution,
  type CardCandidate,
  type CardState,
  type KnowledgeCard,
} from '../shared/card';
import { mentionCount, typeLabel, uiText } from './strings';

/** The lookup while the background has not answered yet. */
export interface LoadingLookup {
  status: 'loading';
}

export type LookupState = CardState | LoadingLookup;

export interface EntityCardProps {
  entity: Entity;
  /** The background's card for the entity; `{ status: 'loading' }` while it is being asked. */
  lookup: LookupState;
  /**
   * "Not this one?": the reader picked another candidate, `NO_ARTICLE` (none is right) or
   * `LOOK_UP_AGAIN` (undo that). Without it, candidates are not offered. The
   * event is passed on so a host in a web page can refuse input the page made up (`isTrusted`).
   */
  onChooseCandidate?: (choice: CandidateChoice, event: Event) => void;
  /** Id given to the name, so a dialog around the card can point `aria-labelledby` at it. */
  headingId?: string;
  /** Quote the first mention; the hover card leaves it out when the reader is pointing at it. */
  showFirstMention?: boolean;
  /** The page's brightness, when the host knows it; otherwise the card follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
}

/** The first-mention sentence with the entity's name set apart, as plain text pieces. */
export function splitContext(entity: Entity): { before: string; name: string; after: string } | null {
  const context = entity.firstContext;
  if (!context) return null;
  const names = [entity.mentions[0]?.text, ...entity.aliases, entity.name].filter((n): n is string => !!n);
  for (const name of names) {
    const at = context.indexOf(name);
    if (at >= 0) return { before: context.slice(0, at), name, after: context.slice(at + name.length) };
  }
  return { before: context, name: '', after: '' };
}

/** A first mention worth quoting: a sentence, not a caption or a shouted dateline ("WHITE HOUSE"). */
function isQuotable(context: string): boolean {
  const words = context.trim().split(/\s+/);
  return words.length >= 6 && context !== context.toUpperCase();
}

function FromArticle({
  entity,
  showFirstMention,
  headDescription,
}: {
  entity: Entity;
  showFirstMention: boolean;
  /** Already shown under the name; not repeated here. */
  headDescription: string | undefined;
}) {
  const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
  const descriptions = entity.descriptions.filter((d) => d !== headDescription);
  const context =
    showFirstMention && entity.firstContext && isQuotable(entity.firstContext) ? splitContext(entity) : null;
  return (
    <section class="bs-article" aria-label={uiText('cardFromArticle')}>
      <p class="bs-kicker">
        {uiText('cardFromArticle')} · {typeLabel(entity.type)} · {mentionCount(entity.mentions.length)}
      </p>
      {descriptions.length > 0 && (
        <ul class="bs-descriptions">
          {descriptions.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {otherNames.length > 0 && <p class="bs-aliases">{uiText('cardAlsoCalled', otherNames.join(', '))}</p>}
      {context && (
        <figure class="bs-context">
          <figcaption class="bs-kicker">{uiText('cardFirstMention')}</figcaption>
          <blockquote>
            {context.before}
            {context.name && <strong>{context.name}</strong>}
            {context.after}
          </blockquote>
        </figure>
      )}
    </section>
  );
}

/** A page of some Wikipedia edition (`https://fr.wikipedia.org/wiki/…`), not Wikidata or elsewhere. */
function isWikipediaPage(url: string): boolean {
  try {
    const { protocol, hostname, pathname } = new URL(url);
    return protocol === 'https:' && hostname.endsWith('.wikipedia.org') && pathname.startsWith('/wiki/');
  } catch {
    return false;
  }
}

/**
 * The credit CC BY-SA asks for, or null when no text on the card comes from Wikipedia (Wikidata is
 * CC0). The background says so with `attribution`; a card without one (cached before the background
 * set it) is judged by its URL, with the catalogue's credit.
 */
export function creditOf(card: KnowledgeCard): CardAttribution | null {
  if (card.attribution) return card.attribution;
  if (!isWikipediaPage(card.url)) return null;
  return { text: uiText('cardWikipediaCredit'), licenseUrl: WIKIPEDIA_LICENSE_URL };
}

function Note({ children, busy }: { children: ComponentChildren; busy?: boolean }) {
  return (
    <p class="bs-note" role="status" aria-busy={busy ? 'true' : undefined}>
      {children}
    </p>
  );
}

function Candidates({
  card,
  onChoose,
}: {
  card: KnowledgeCard;
  onChoose: (choice: CandidateChoice, event: Event) => void;
}) {
  const others = card.candidates.filter((c) => c.qid !== card.qid);
  // Always offered, also with no other candidate: the reader can always say the card is wrong.
  return (
    <details class="bs-candidates">
      <summary>{uiText('cardNotThisOne')}</summary>
      <ul>
        {others.map((c) => (
          <li key={c.qid}>
            <button
              type="button"
              class="bs-candidate"
              aria-label={uiText('cardChooseCandidate', c.label)}
              onClick={(event) => onChoose(c.qid, event)}
            >
              <span class="bs-candidate-label">{c.label}</span>
              {c.description && <span class="bs-candidate-description">{c.description}</span>}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            class="bs-candidate bs-no-article"
            onClick={(event) => onChoose(NO_ARTICLE, event)}
          >
            <span class="bs-candidate-label">{uiText('cardNoArticle')}</span>
          </button>
        </li>
      </ul>
    </details>
  );
}

/** The card of a name the reader unlinked: the way back, where "Not this one?" was. */
function UnlinkedFooter({ onChoose }: { onChoose: (choice: CandidateChoice, event: Event) => void }) {
  return (
    <footer class="bs-footer">
      <button
        type="button"
        class="bs-candidate bs-look-up-again"
        onClick={(event) => onChoose(LOOK_UP_AGAIN, event)}
      >
        {uiText('cardLookUpAgain')}
      </button>
    </footer>
  );
}

interface FromWikipediaProps {
  card: KnowledgeCard;
  onChoose?: (choice: CandidateChoice, event: Event) => void;
}

/**
 * The footer that stays in view however long the card is: where the text comes from and its
 * licence, and "Not this one?".
 */
function CardFooter({
  card,
  onChoose,
}: {
  card: KnowledgeCard;
  onChoose?: (choice: CandidateChoice, event: Event) => void;
}) {
  const credit = creditOf(card);
  return (
    <footer class="bs-footer">
      <p class="bs-credit">
        <a href={card.url} target="_blank" rel="noopener noreferrer">
          {uiText('cardReadMore')}
        </a>
        {credit && (
          <>
            <span aria-hidden="true"> · </span>
            <a href={credit.licenseUrl} target="_blank" rel="license noopener noreferrer">
              {credit.text}
            </a>
          </>
        )}
      </p>
      {onChoose && <Candidates card={card} onChoose={onChoose} />}
    </footer>
  );
}

function FromWikipedia({ card }: FromWikipediaProps) {
  // The image only ever comes from the background, as data: neither the page under the hover card nor
  // the popup makes a request of its own (one fetch path, with its limits, cache and user agent).
  const thumbnailSrc = card.thumbnail?.dataUrl?.startsWith('data:image/')
    ? card.thumbnail.dataUrl
    : undefined;
  return (
    <section class="bs-lookup" aria-label={card.title}>
      <div class="bs-summary">
        {thumbnailSrc && card.thumbnail && (
          <img
            class="bs-thumb"
            src={thumbnailSrc}
            alt=""
            width={56}
            height={Math.max(1, Math.round((56 * card.thumbnail.height) / Math.max(1, card.thumbnail.width)))}
            loading="lazy"
            referrerpolicy="no-referrer"
            // A thumbnail that fails to load leaves no empty box behind.
            onError={(event) => {
              event.currentTarget.hidden = true;
            }}
          />
        )}
        {card.extract && <p class="bs-extract">{card.extract}</p>}
      </div>
      {card.facts.length > 0 && (
        <dl class="bs-facts" aria-label={uiText('cardFactsLabel')}>
          {card.facts.map((fact) => (
            <div key={`${fact.label}:${fact.value}`} class="bs-fact">
              <dt>{fact.label}</dt>
              <dd class={fact.unknown ? 'bs-fact-unknown' : undefined}>
                {fact.unknown ? uiText('cardUnknownValue') : fact.value}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/**
 * "Which Ri Yong Ho?": the article did not settle between items of the same name, so the reader
 * picks. Minimal rendering; helper `card` styles it.
 */
function WhichOne({
  entity,
  choices,
  onChoose,
}: {
  entity: Entity;
  choices: CardCandidate[];
  onChoose?: (choice: CandidateChoice, event: Event) => void;
}) {
  return (
    <section class="bs-lookup bs-which" aria-label={uiText('cardWhich', entity.name)}>
      <p class="bs-lookup-title">{uiText('cardWhich', entity.name)}</p>
      <ul>
        {choices.map((c) => (
          <li key={c.qid}>
            <button
              type="button"
              class="bs-candidate"
              disabled={!onChoose}
              aria-label={uiText('cardChooseCandidate', c.label)}
              onClick={(event) => onChoose?.(c.qid, event)}
            >
              <span class="bs-candidate-label">{c.label}</span>
              {(c.detail ?? c.description) && (
                <span class="bs-candidate-description">{c.detail ?? c.description}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

interface LookupProps {
  entity: Entity;
  lookup: LookupState;
  onChoose?: (choice: CandidateChoice, event: Event) => void;
}

function Lookup({ entity, lookup, onChoose }: LookupProps) {
  switch (lookup.status) {
    case 'loading':
      return <Note busy>{uiText('cardLoading')}</Note>;
    case 'lookups-off':
      return <Note>{uiText('cardLookupsOff')}</Note>;
    case 'offline':
      // The background could not reach Wikipedia; "offline" is only true when the browser says so.
      return <Note>{uiText(isOnline() ? 'cardUnreachable' : 'cardOffline')}</Note>;
    case 'not-found':
      return <Note>{uiText('cardNotFound')}</Note>;
    case 'unlinked':
      return <Note>{uiText('cardUnlinked')}</Note>;
    case 'error':
      return <Note>{uiText('cardError')}</Note>;
    case 'ambiguous':
      return <WhichOne entity={entity} choices={lookup.choices} onChoose={onChoose} />;
    case 'ok':
      return <FromWikipedia card={lookup.card} onChoose={onChoose} />;
  }
}

/**
 * What the article says about the entity (type, name, descriptions, mentions, first mention in
 * context), then the Wikipedia card or a sentence saying why there is none.
 */
export function EntityCard({
  entity,
  lookup,
  onChooseCandidate,
  headingId,
  showFirstMention = true,
  theme,
}: EntityCardProps) {
  const card = lookup.status === 'ok' ? lookup.card : null;
  const description = card?.description ?? entity.descriptions[0];
  const body = useRef<HTMLDivElement>(null);
  useContinuesMark(body);
  return (
    <div class={`bs-card bs-card--${entity.type}`} data-entity-id={entity.id} data-theme={theme}>
      <div class="bs-body" ref={body}>
        <header class="bs-head">
          <p class="bs-name" id={headingId}>
            {card?.title ?? entity.name}
          </p>
          {description && <p class="bs-head-description">{description}</p>}
        </header>
        <Lookup entity={entity} lookup={lookup} onChoose={onChooseCandidate} />
        <FromArticle entity={entity} showFirstMention={showFirstMention} headDescription={description} />
      </div>
      {card && <CardFooter card={card} onChoose={onChooseCandidate} />}
      {lookup.status === 'unlinked' && onChooseCandidate && <UnlinkedFooter onChoose={onChooseCandidate} />}
    </div>
  );
}

/**
 * Marks the card's body with `data-continues` while there is more of it below what is shown, so a
 * fade says "this goes on" (and tests can measure it), and makes a body that scrolls focusable.
 * Updated on scroll and on resize.
 */
function useContinuesMark(ref: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (): void => {
      const more = el.scrollHeight - el.clientHeight - el.scrollTop > 2;
      el.toggleAttribute('data-continues', more);
      // A body that scrolls must be reachable by keyboard (arrow keys scroll it once focused).
      if (el.scrollHeight - el.clientHeight > 2) el.setAttribute('tabindex', '0');
      else el.removeAttribute('tabindex');
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const observer =
      view && typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(update) : null;
    observer?.observe(el);
    for (const child of el.children) observer?.observe(child);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  });
}
