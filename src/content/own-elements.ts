/** Names of the elements and attributes Backstory adds to pages, in one place for every module that must recognise them. */

/** The attribute on our hover card's host element; the text index and the page watch skip it. */
export const CARD_HOST_ATTRIBUTE = 'data-backstory-card';
