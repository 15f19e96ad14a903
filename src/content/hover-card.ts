/**
 * The hover card's controller: opens the card for a highlighted mention when the reader rests on it
 * (`hover-intent`), focuses it, or taps it, and closes it again. The parts it wires together each
 * live in a module of their own: the view is `EntityCard` from ui/ (the popup shows the same card),
 * the host and shadow root are `card-host`, the answers come from `card-lookups`, the tab order is
 * `card-focus`. Everything hangs off the caller's AbortSignal; aborting it leaves no trace in the page.
 */
import { h, render } from 'preact';
import type { Entity } from '../core/types';
import type { CandidateChoice, CardState } from '../shared/card';
import { EntityCard, type LookupState } from '../ui/EntityCard';
import { uiText } from '../ui/strings';
import { tabMove } from './card-focus';
import { mountCardHost, type CardHost } from './card-host';
import { createCardLookups } from './card-lookups';
import { isInFirstMentionSentence } from './first-mention';
import { MARK_TAG, markOf, mentionElements } from './highlighter';
import { createHoverIntent } from './hover-intent';
import { pageTheme } from './page-theme';
import { isTrustedInput } from './trusted-input';

export interface HoverCardOptions {
  doc: Document;
  /** Aborting it closes the card and removes every listener. */
  signal: AbortSignal;
  /** The entity a mark's `data-backstory-id` names, from the page's Analysis. */
  entityFor(entityId: string): Entity | undefined;
  /** Ask the background for the card (may reject; the card then says the lookup failed). */
  loadCard(entityId: string): Promise<CardState>;
  /** The reader chose another candidate ("Not this one?"). */
  chooseCandidate(entityId: string, choice: CandidateChoice): Promise<CardState>;
  /** The reader's dwell before showing, read at every hover so settings apply at once. */
  hoverDelayMs(): number;
  /**
   * Whether an event inside the card is the reader's own, so it may change stored state. Defaults to
   * `isTrustedInput`; unit tests in jsdom, where every event is synthetic, pass their own.
   */
  acceptsInput?: (event: Event) => boolean;
}

export interface HoverCard {
  /** Opens the card for a mention now. `focusCard` moves focus into it (keyboard activation). */
  open(mark: HTMLElement, options?: { focusCard?: boolean }): void;
  /** Closes the card; `restoreFocus` puts focus back on the mention it belonged to. */
  close(options?: { restoreFocus?: boolean }): void;
  /** The mention the card is open for, if any. */
  readonly openFor: HTMLElement | null;
  /** Forget cached lookups (settings changed, e.g. lookups switched on). */
  clearCache(): void;
}

/**
 * Wraps an event listener so a bug of ours never surfaces as an uncaught error in the page's console:
 * it is reported once, quietly, and the page carries on.
 */
function safely<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      listener(event);
    } catch (error) {
      if (!reported) console.warn('[Backstory]', error instanceof Error ? error.message : error);
      reported = true;
    }
  };
}
let reported = false;

const entityIdOf = (mark: HTMLElement): string => mark.getAttribute('data-backstory-id') ?? '';
const sameMention = (a: HTMLElement, b: HTMLElement): boolean => mentionElements(a).includes(b);
const isKeyboardMention = (mark: HTMLElement | null): mark is HTMLElement =>
  !!mark && mark.matches(`${MARK_TAG}[tabindex="0"]`);

/** Creates the page's hover card controller. Listeners are delegated on the document. */
export function createHoverCard(options: HoverCardOptions): HoverCard {
  const { doc, signal } = options;
  const acceptsInput = options.acceptsInput ?? isTrustedInput;
  const listen = { signal, capture: true } as const;
  const lookups = createCardLookups(options);
  let current: {
    mark: HTMLElement;
    mount: CardHost;
    /** Bumped on every open; an answer for an older token is stale and dropped. */
    token: number;
    theme: 'light' | 'dark';
  } | null = null;
  let tokens = 0;
  /** The mention we are putting focus back on ourselves, which must not open its card again. */
  let refocusing: HTMLElement | null = null;

  const intent = createHoverIntent<HTMLElement>({
    signal,
    showDelayMs: options.hoverDelayMs,
    same: sameMention,
    shown: () => current?.mark ?? null,
    prefetch: (mark) => void lookups.card(entityIdOf(mark)),
    show: (mark) => open(mark),
    hide: () => close(),
  });

  /** Renders the view for the open card's state of lookup. */
  const draw = (state: LookupState): void => {
    if (!current) return;
    const entityId = entityIdOf(current.mark);
    const entity = options.entityFor(entityId);
    if (!entity) return;
    const token = current.token;
    render(
      h(EntityCard, {
        entity,
        lookup: state,
        headingId: 'bs-card-name',
        theme: current.theme,
        // The first mention's sentence is the one under the pointer when the first mention, or
        // another in the same sentence, is hovered.
        showFirstMention: !isInFirstMentionSentence(current.mark),
        onChooseCandidate: (choice: CandidateChoice, event: Event) => {
          // A choice is stored and followed on every site: only the reader's own click may make it.
          if (!acceptsInput(event)) return;
          draw({ status: 'loading' });
          void lookups.choose(entityId, choice).then((next) => {
            if (current?.token === token) draw(next);
          });
        },
      }),
      current.mount.dialog,
    );
  };

  const close = ({ restoreFocus = false } = {}): void => {
    intent.cancel();
    if (!current) return;
    const { mark, mount } = current;
    current = null;
    render(null, mount.dialog);
    mount.remove();
    mark.removeAttribute('data-backstory-active');
    mark.removeAttribute('aria-expanded');
    if (restoreFocus && mark.isConnected) {
      // Focusing the mention would open its card again; this focus is ours, not the reader's.
      refocusing = mark;
      mark.focus({ preventScroll: true });
      refocusing = null;
    }
  };

  const open = (mark: HTMLElement, { focusCard = false } = {}): void => {
    intent.cancel();
    const entityId = entityIdOf(mark);
    const entity = options.entityFor(entityId);
    if (!entity || !mark.isConnected) return;
    if (current?.mark === mark) {
      if (focusCard) focusInto(current.mount.dialog);
      return;
    }
    close();

    const mount = mountCardHost(mark, uiText('cardDialogLabel', entity.name));
    mount.dialog.addEventListener('keydown', safely(onCardKeydown));
    mount.host.addEventListener('pointerenter', () => intent.keepShown());
    mount.host.addEventListener('pointerleave', (event) => {
      if ((event as PointerEvent).pointerType !== 'touch') intent.hideSoon();
    });
    const token = ++tokens;
    current = { mark, mount, token, theme: pageTheme(mark) };
    mark.setAttribute('data-backstory-active', '');
    mark.setAttribute('aria-expanded', 'true');

    // What the article says shows at once; the Wikipedia part follows when the answer is back.
    draw({ status: 'loading' });
    void lookups.card(entityId).then((state) => {
      // The pointer moved on, or the highlight is gone: this answer is for a card no longer shown.
      if (current?.token === token && mark.isConnected) draw(state);
    });
    if (focusCard) focusInto(mount.dialog);
  };

  const focusInto = (dialog: HTMLElement): void => {
    dialog.focus({ preventScroll: true });
  };

  const isInCard = (event: Event): boolean => !!current && event.composedPath().includes(current.mount.host);

  // Pointer: resting on a mention shows its card; leaving the mention and the card hides it.
  doc.addEventListener(
    'pointerover',
    safely((event) => {
      if (event.pointerType === 'touch') return;
      if (isInCard(event)) return intent.keepShown();
      const mark = markOf(event.target);
      if (mark) intent.pointerEntered(mark);
    }),
    listen,
  );
  doc.addEventListener(
    'pointerout',
    safely((event) => {
      if (event.pointerType === 'touch') return;
      const from = markOf(event.target);
      if (!from) return;
      const to = markOf(event.relatedTarget);
      if (to && sameMention(from, to)) return;
      intent.pointerLeft(from);
    }),
    listen,
  );

  // Keyboard: focusing a mention shows its card; Tab moves into it; Escape closes it.
  doc.addEventListener(
    'focusin',
    safely((event) => {
      if (isInCard(event)) return intent.keepShown();
      const mark = markOf(event.target);
      if (mark && mark === refocusing) return;
      if (isKeyboardMention(mark)) open(mark);
      else if (current) close();
    }),
    listen,
  );
  doc.addEventListener(
    'keydown',
    safely((event) => {
      if (isInCard(event)) return;
      const mark = markOf(event.target);
      if (event.key === 'Escape') {
        if (current) close({ restoreFocus: !!mark });
        return;
      }
      if (!isKeyboardMention(mark)) return;
      // A mention is a button: Enter or Space opens its card (again, after Escape) and enters it.
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (current?.mark === mark) focusInto(current.mount.dialog);
        else open(mark, { focusCard: true });
      } else if (event.key === 'Tab' && !event.shiftKey && current?.mark === mark) {
        event.preventDefault();
        focusInto(current.mount.dialog);
      }
    }),
    listen,
  );

  function onCardKeydown(event: KeyboardEvent): void {
    if (!current) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      close({ restoreFocus: true });
      return;
    }
    if (event.key !== 'Tab') return;
    const move = tabMove(current.mount.dialog, current.mark, event.shiftKey);
    if (move.to === 'within') return;
    event.preventDefault();
    if (move.to === 'first') move.element.focus();
    else if (move.to === 'mention' || !move.element) close({ restoreFocus: true });
    else {
      close();
      move.element.focus();
    }
  }

  // Taps and clicks open at once; a click elsewhere closes.
  doc.addEventListener(
    'click',
    safely((event) => {
      if (isInCard(event)) return;
      const mark = markOf(event.target);
      if (mark && !mark.parentElement?.closest('a[href]')) {
        open(mark);
        return;
      }
      if (current && !(mark && sameMention(current.mark, mark))) close();
    }),
    listen,
  );

  signal.addEventListener('abort', () => {
    close();
    lookups.clear();
  });

  return {
    open,
    close,
    get openFor() {
      return current?.mark ?? null;
    },
    clearCache: () => lookups.clear(),
  };
}
