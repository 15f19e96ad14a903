/**
 * The entities a recogniser plausibly finds in the sample article (../shared/seed/article.txt),
 * grouped as the core groups them. Written by hand so these tests do not depend on the recogniser.
 */
import type { Entity, EntityType } from '../../../../src/core/types';

function entity(
  id: string,
  type: EntityType,
  name: string,
  aliases: string[] = [],
  descriptions: string[] = [],
  mentions = 1,
): Entity {
  return {
    id,
    type,
    name,
    aliases: [name, ...aliases],
    mentions: Array.from({ length: mentions }, (_, i) => ({
      start: i * 10,
      end: i * 10 + name.length,
      text: name,
    })),
    descriptions,
    firstContext: `${name} …`,
  };
}

export const SAMPLE_ENTITIES: Entity[] = [
  entity('putin', 'person', 'Vladimir Putin', ['Putin'], ['Russian President'], 4),
  entity('kudryavtsev', 'person', 'Kirill Kudryavtsev'),
  entity('lavrov', 'person', 'Sergey Lavrov', [], ['Russian foreign minister']),
  entity('ri', 'person', 'Ri Yong Ho', [], ["North Korea's foreign policy chief"]),
  entity('north-korea', 'place', 'North Korea', [], [], 6),
  entity('peninsula', 'place', 'Korean Peninsula'),
  entity('us', 'place', 'U.S.', [], [], 4),
  entity('singapore', 'place', 'Singapore'),
  entity('koreas', 'place', 'Koreas'),
  entity('trump', 'person', 'President Trump', ['Trump'], ['President'], 4),
  entity('kim-jong-un', 'person', 'Kim Jong Un', [], ['dictator', 'North Korean dictator'], 3),
  entity('pompeo', 'person', 'Mike Pompeo', ['Pompeo'], ['Secretary of State'], 2),
  entity('beijing', 'place', 'Beijing'),
  entity('new-york', 'place', 'New York'),
  entity('kim-yong-chol', 'person', 'Kim Yong Chol', [], ['A top aide to North Korean dictator Kim Jong Un']),
  entity('mfa', 'organization', 'Russian foreign ministry'),
  entity('nr', 'organization', 'NR'),
  entity('white-house', 'organization', 'White House'),
];

export const byId = (id: string): Entity => {
  const found = SAMPLE_ENTITIES.find((e) => e.id === id);
  if (!found) throw new Error(`no sample entity ${id}`);
  return found;
};
