/** Names of the elements and attributes Backstory adds to pages, in one place for every module that must recognise them. */

/** The attribute on our hover card's host element; the text index and the page watch skip it. */
export const CARD_HOST_ATTRIBUTE = 'data-backstory-card';

/**
 * A fresh tag name for one card host, which no page can have defined first: a page that registers a
 * custom element of our name (with its own shadow root, say) would otherwise own the element we create.
 * Fresh on every card, so a page that read one name cannot claim the next. Our hosts are recognised by
 * `CARD_HOST_ATTRIBUTE`, never by tag.
 */
export function cardHostName(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const suffix = [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
  return `backstory-card-${suffix}`;
}
