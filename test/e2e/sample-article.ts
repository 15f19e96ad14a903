/**
 * What the reference article (samples/lavrov-north-korea.html) must show, in any browser.
 * Shared by the Chromium and Firefox suites so both hold the extension to the same requirements.
 */
import type { MarkInfo } from '../support/page-probe';

/** The seven people of the article, by the text a highlight of them contains. */
export const PEOPLE = ['Lavrov', 'Ri Yong Ho', 'Kim Jong Un', 'Trump', 'Pompeo', 'Putin', 'Kim Yong Chol'];
/** The four places. */
export const PLACES = ['North Korea', 'Singapore', 'Beijing', 'New York'];

/** The page chrome around the article is full of other names; none of them may be highlighted. */
export const NAMES_OUTSIDE_THE_ARTICLE = [
  'Jonah Goldberg',
  'Rich Lowry',
  'Angela Merkel',
  'Theresa May',
  'Emmanuel Macron',
  'Nancy Pelosi',
  'Barack Obama',
  'Joe Biden',
  'Justin Trudeau',
  'Elizabeth Warren',
  'Boris Johnson',
  'William F. Buckley',
  'Microsoft',
  'United Nations',
  'Google',
  'Facebook',
  'Geneva',
  'London',
  'Tokyo',
  'Chicago',
  'Paris',
];

/** Words that are never a person, organisation, place or event on their own. */
export const NEVER_AN_ENTITY =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Send|Comments?|Post|Photo|By|Add|Subscribe|The Latest|Privacy|About|All rights reserved)$/i;

/** The timeline dates the story holds (30 May publication, Thursday 31 May visit, 12 June summit, "earlier this month"). */
export const TIMELINE_DATES = ['2018-05-30', '2018-05-31', '2018-06-12', '2018-05'];

export function marksContaining(marks: MarkInfo[], text: string): MarkInfo[] {
  return marks.filter((m) => m.text.includes(text));
}

/** The names from `names` that at least one highlight of `type` contains. */
export function namesHighlightedAs(marks: MarkInfo[], names: string[], type: string): string[] {
  return names.filter((name) => marksContaining(marks, name).some((m) => m.type === type));
}

export function distinctIds(marks: MarkInfo[]): Set<string> {
  return new Set(marks.map((m) => m.id ?? '(no id)'));
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as the day it starts, for ordering mixed granularities. */
export function startDay(date: string): string {
  const [y = '', m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

export function describeMarks(marks: MarkInfo[]): string {
  return marks.map((m) => `${m.text} [${m.type}] in ${m.where}`).join('\n');
}
