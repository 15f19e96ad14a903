/** Entities and cards as the background would send them for the sample article. */
import type { Entity } from '../../../src/core/types';
import type { KnowledgeCard } from '../../../src/shared/card';

export const LAVROV: Entity = {
  id: 'e-lavrov',
  type: 'person',
  name: 'Sergey Lavrov',
  aliases: ['Sergey Lavrov', 'Lavrov'],
  mentions: [
    { start: 200, end: 213, text: 'Sergey Lavrov' },
    { start: 900, end: 906, text: 'Lavrov' },
  ],
  descriptions: ['Russian foreign minister'],
  firstContext:
    'Sergey Lavrov will meet with North Korea’s foreign policy chief, Ri Yong Ho, to discuss issues important to both of them.',
};

export const LAVROV_CARD: KnowledgeCard = {
  qid: 'Q207877',
  title: 'Sergey Lavrov',
  url: 'https://en.wikipedia.org/wiki/Sergey_Lavrov',
  description: 'Russian diplomat',
  extract: 'Sergey Viktorovich Lavrov is a Russian diplomat. <b>Not bold</b> <img src=x onerror=alert(1)>',
  thumbnail: { url: 'https://upload.wikimedia.org/lavrov.jpg', width: 200, height: 250 },
  facts: [{ label: 'Position held', value: 'Minister of Foreign Affairs (since 9 March 2004)' }],
  candidates: [
    { qid: 'Q207877', label: 'Sergey Lavrov', description: 'Russian diplomat' },
    { qid: 'Q999', label: 'Sergey Lavrov (footballer)', description: 'Russian footballer' },
  ],
};
