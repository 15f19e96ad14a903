/**
 * Navigation for long timelines, shared by the article's timeline (popup) and the story so far.
 */

/** Above this many events a timeline gets a row of year shortcuts. */
export const LONG_TIMELINE = 20;
