/**
 * A page state shaped like the background's answer for the Lavrov/North Korea sample article,
 * written by hand so the popup tests do not depend on the recogniser's current output.
 */
import type { Entity, EntityType, TimelineEvent } from '../../../src/core/types';
import type { PageState } from '../../../src/shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

function entity(
  id: string,
  type: EntityType,
  name: string,
  mentionCount: number,
  descriptions: string[] = [],
  aliases: string[] = [name],
  firstContext = '',
): Entity {
  const mentions = Array.from({ length: mentionCount }, (_, i) => ({
    start: i * 100,
    end: i * 100 + name.length,
    text: name,
  }));
  return { id, type, name, aliases, mentions, descriptions, firstContext };
}

export const ENTITIES: Entity[] = [
  entity(
    'e-lavrov',
    'person',
    'Sergey Lavrov',
    1,
    ['Russian foreign minister'],
    ['Sergey Lavrov'],
    'Sergey Lavrov will meet with North Korea’s foreign policy chief, Ri Yong Ho, to discuss issues important to both of them.',
  ),
  entity('e-ri', 'person', 'Ri Yong Ho', 1, ['North Korea’s foreign policy chief']),
  entity('e-trump', 'person', 'Donald Trump', 4, ['President'], ['President Trump', 'Trump']),
  entity('e-kim', 'person', 'Kim Jong Un', 3, ['North Korean dictator']),
  entity('e-putin', 'person', 'Vladimir Putin', 4, ['Russian President'], ['Vladimir Putin', 'Putin']),
  entity('e-pompeo', 'person', 'Mike Pompeo', 2, ['Secretary of State'], ['Mike Pompeo', 'Pompeo']),
  entity('e-kimyc', 'person', 'Kim Yong Chol', 1, ['top aide to North Korean dictator Kim Jong Un']),
  entity('e-mfa', 'organization', 'Russian foreign ministry', 1),
  entity('e-wh', 'organization', 'White House', 1),
  entity('e-nk', 'place', 'North Korea', 10),
  entity('e-singapore', 'place', 'Singapore', 1),
  entity('e-beijing', 'place', 'Beijing', 1),
  entity('e-ny', 'place', 'New York', 1),
  entity(
    'e-summit',
    'event',
    'Singapore summit',
    4,
    ['much-anticipated summit'],
    ['Singapore summit', 'summit'],
  ),
];

function event(
  id: string,
  date: string,
  label: string,
  entityIds: string[],
  start: number,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  const granularity = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id,
    date,
    granularity,
    value: date,
    label,
    sentence: label,
    dateText: date,
    entityIds,
    status: 'happened',
    span: { start, end: start + label.length },
    ...extra,
  };
}

/** Deliberately out of order, as an analysis may list events in reading order. */
export const TIMELINE: TimelineEvent[] = [
  event('t-visit', '2018-05-31', 'Lavrov visits North Korea for talks', ['e-lavrov', 'e-nk'], 200, {
    status: 'scheduled',
    dateText: 'on Thursday',
  }),
  event(
    't-summit',
    '2018-06-12',
    'Trump and Kim meet at the summit in Singapore',
    ['e-trump', 'e-kim', 'e-singapore', 'e-summit'],
    600,
    {
      status: 'scheduled',
      central: true,
      dateText: 'June 12',
    },
  ),
  event('t-statement', '2018-05-30', 'The Russian foreign ministry announces the visit', ['e-mfa'], 300),
  event('t-cancel', '2018-05', 'Trump calls the summit off', ['e-trump', 'e-summit'], 900, {
    dateText: 'earlier this month',
  }),
  event(
    't-aide',
    '2018-05-30',
    'Kim Yong Chol is spotted at Beijing’s airport',
    ['e-kimyc', 'e-beijing'],
    1700,
  ),
  event('t-earlier', '2017', 'North Korea tests missiles', ['e-nk'], 1900),
];

export const PAGE_STATE: PageState = {
  tabId: 7,
  enabled: true,
  analysis: {
    url: 'https://www.nationalreview.com/news/russian-foreign-minister-will-visit-north-korea/',
    title: 'Russian Foreign Minister Will Visit North Korea for Talks',
    site: 'National Review',
    published: { date: '2018-05-30', source: 'json-ld' },
    textLength: 2159,
    entities: ENTITIES,
    timeline: TIMELINE,
    elapsedMs: 42,
  },
};

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, storyMemory: false };
