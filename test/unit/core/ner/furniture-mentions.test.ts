import { describe, expect, it } from 'vitest';
import {
  dropFurnitureMentions,
  furnitureBlocks,
  furnitureBlocksSteps,
} from '../../../../src/core/ner/furniture-mentions';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

/** Every occurrence of each name, typed. */
function spansOf(text: string, names: [string, EntityType][]): RecognizedSpan[] {
  return names.flatMap(([name, type]) => {
    const found: RecognizedSpan[] = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      found.push({ start: i, end: i + name.length, text: name, type });
    return found;
  });
}

const keptMentions = (text: string, names: [string, EntityType][]): string[] =>
  dropFurnitureMentions(text, spansOf(text, names)).map((s) => `${s.text}@${s.start}`);

/** A story of a few paragraphs, so that the bio at its end sits in the last quarter. */
const STORY = [
  'Officials in Lisbon said the bridge would reopen next week after repairs.',
  'Engineers from Tagus Works inspected the cables on Monday and found no damage.',
  'Residents of Lisbon had waited two months for the crossing to open again.',
  'The city council will vote on the budget for further repairs in spring.',
].join('\n\n');

describe('core/ner/furniture-mentions: prompts, bios and credits inside the body are no part of the story', () => {
  it('drops names in subscription prompts and site headings, keeps the story’s', () => {
    const text = `${STORY}\n\nSubscribe to The Daily Harbor for more.\n\nPopular on Harborline\n\nMore Great Harborline Stories`;
    const kept = keptMentions(text, [
      ['Lisbon', 'place'],
      ['The Daily Harbor', 'organization'],
      ['Harborline', 'organization'],
    ]);
    expect(kept).toEqual([`Lisbon@${text.indexOf('Lisbon')}`, `Lisbon@${text.indexOf('Lisbon', 20)}`]);
  });

  it('drops the author’s bio at the end, but not the same place where the story names it', () => {
    const text = `${STORY}\n\nAna de Souza is a senior travel reporter for Harbor News and is based in Lisbon.`;
    const bioLisbon = text.lastIndexOf('Lisbon');
    const kept = keptMentions(text, [
      ['Ana de Souza', 'person'],
      ['Harbor News', 'organization'],
      ['Lisbon', 'place'],
    ]);
    expect(kept).not.toContain(`Lisbon@${bioLisbon}`);
    expect(kept.filter((k) => k.startsWith('Lisbon'))).toHaveLength(2);
    expect(kept.some((k) => k.startsWith('Ana de Souza') || k.startsWith('Harbor News'))).toBe(false);
  });

  it('keeps a sentence about a reporter in the body of the story', () => {
    const text = `Ana de Souza is a reporter who exposed the fraud at Tagus Works.\n\n${STORY}`;
    expect(keptMentions(text, [['Ana de Souza', 'person']])).toEqual(['Ana de Souza@0']);
  });

  it('drops credited names: "(Video by X)", "Photo Credit : X", "Infographics for X; sources: Y"', () => {
    const text =
      'The crowd cheered. (Video by Rui Costa) A map showed the route. (Photo Credit : Lusa) Graphic: 5W Infographics for Harbor Magazine; sources: Open Maps,';
    expect(
      keptMentions(text, [
        ['Rui Costa', 'person'],
        ['Lusa', 'organization'],
        ['Harbor Magazine', 'organization'],
        ['Open Maps', 'organization'],
      ]),
    ).toEqual([]);
  });

  it('drops a run of topic tags after the story, but not a lone subheading', () => {
    const text = `${STORY}\n\nTagus Works\n\n${STORY}\n\nLisbon Bridge\n\nTagus Works\n\nCity Budget`;
    const kept = keptMentions(text, [['Tagus Works', 'organization']]);
    // Twice in the story paragraphs, once as a subheading between them; the tag run's mention goes.
    expect(kept).toHaveLength(3);
    expect(kept).not.toContain(`Tagus Works@${text.lastIndexOf('Tagus Works')}`);
  });

  it('drops a name that only a block of its own gives: a photo credit, a subheading', () => {
    const text = `${STORY}\n\nQuayside Photo Agency\n\nThe Night Ferry\n\n${STORY}`;
    expect(
      keptMentions(text, [
        ['Quayside Photo Agency', 'organization'],
        ['Night Ferry', 'person'],
      ]),
    ).toEqual([]);
  });

  it('keeps a name alone in a block when the story also writes it', () => {
    const text = `${STORY}\n\nTagus Works\n\nA caption of the bridge.`;
    expect(keptMentions(text, [['Tagus Works', 'organization']])).toHaveLength(2);
  });

  it('keeps a dateline alone in capitals', () => {
    const text = `LISBON\n\n${STORY}`;
    expect(keptMentions(text, [['LISBON', 'place']])).toEqual(['LISBON@0']);
  });

  it('drops the names of a picture’s caption: "FILE PHOTO: …", "This aerial image from X shows …", an agency’s signature', () => {
    const text =
      `${STORY}\n\nFILE PHOTO: Divers check a pier at the Tagus Works yard in Lisbon, May 2, 2019.\n\n` +
      `This aerial image from Orbis Labs shows the river at dawn.\n\n` +
      `Ferries wait at the quay in Lisbon, April 3. HARBORWIRE/Rui Costa`;
    const kept = keptMentions(text, [
      ['Tagus Works', 'organization'],
      ['Orbis Labs', 'organization'],
      ['Rui Costa', 'person'],
      ['Lisbon', 'place'],
    ]);
    expect(kept.filter((k) => !k.startsWith('Lisbon@'))).toEqual([
      `Tagus Works@${text.indexOf('Tagus Works')}`,
    ]);
    expect(kept.filter((k) => k.startsWith('Lisbon@'))).toHaveLength(2);
  });

  it('drops a credit line whose name the story writes only in a caption', () => {
    const text = `${STORY}\n\nA photo taken by Orbis Labs shows the bridge.\n\nOrbis Labs\n\n${STORY}`;
    expect(keptMentions(text, [['Orbis Labs', 'organization']])).toEqual([]);
  });

  it('drops the publisher’s notes: where the story appeared in print, the letters page’s invitation', () => {
    const text =
      `${STORY}\n\nA version of this article appears in print on Page B4 with the headline: Harbor Town Waits.\n\n` +
      `The Harbor Courier is committed to publishing letters from its readers. Write to us.`;
    expect(
      keptMentions(text, [
        ['Harbor Town', 'place'],
        ['The Harbor Courier', 'organization'],
      ]),
    ).toEqual([]);
  });

  it('drops a list of the site’s other stories led by pictographs', () => {
    const text = `${STORY}\n\n📷 Stuck between two cameras? Read our buying guide\n\n🚲 Velo Club riders take the coast road`;
    expect(
      keptMentions(text, [
        ['Stuck', 'person'],
        ['Velo Club', 'organization'],
      ]),
    ).toEqual([]);
  });

  it('drops an analysis box’s byline ("Name, Outlet role correspondent") and a "Contributing: Name" line', () => {
    const text =
      `${STORY}\n\nMira Okafor, Harbor News diplomatic correspondent\n\n` +
      `The vote closes one chapter for Lisbon.\n\nContributing: Tomas Weir`;
    const kept = keptMentions(text, [
      ['Mira Okafor', 'person'],
      ['Harbor News', 'organization'],
      ['Tomas Weir', 'person'],
      ['Lisbon', 'place'],
    ]);
    expect(kept.filter((k) => !k.startsWith('Lisbon@'))).toEqual([]);
    expect(kept.filter((k) => k.startsWith('Lisbon@'))).toHaveLength(3);
  });

  it('keeps a sentence of the story that names someone by role', () => {
    const text = `Mira Okafor, the town’s new harbour master, said the pier would open in May.\n\n${STORY}`;
    expect(keptMentions(text, [['Mira Okafor', 'person']])).toEqual(['Mira Okafor@0']);
  });

  it('drops the names of the site’s call for tips: its secure channel and its postal address', () => {
    const text =
      `${STORY}\n\nDo you know more about the bridge? Email the writer at kit@harbor.example. ` +
      `To stay anonymous, use Quaybox. You can also mail us papers at 12 Dock Road, Suite 4, Lisbon.\n\n${STORY}`;
    const kept = keptMentions(text, [
      ['Quaybox', 'organization'],
      ['12 Dock Road', 'place'],
      ['Lisbon', 'place'],
    ]);
    expect(kept.some((k) => k.startsWith('Quaybox') || k.startsWith('12 Dock Road'))).toBe(false);
    expect(kept.filter((k) => k.startsWith('Lisbon@'))).toHaveLength(4);
  });

  it('keeps a story’s sentence that quotes an e-mail address', () => {
    const text = `Police in Lisbon asked witnesses to write to tips@police.example with any photos.\n\n${STORY}`;
    expect(keptMentions(text, [['Lisbon', 'place']])).toHaveLength(3);
  });

  it('drops a wire agency’s credit closing a paragraph, not the sentences before it', () => {
    const text = `${STORY.replace('found no damage.', 'found no damage. HNA')}\n\nThe ferry runs again. (HNA)`;
    const withAgency = (agency: string): string => text.replaceAll('HNA', agency);
    for (const agency of ['PTI', 'AP', 'Reuters']) {
      const t = withAgency(agency);
      expect(
        keptMentions(t, [
          [agency, 'organization'],
          ['Tagus Works', 'organization'],
        ]),
      ).toEqual([`Tagus Works@${t.indexOf('Tagus Works')}`]);
    }
  });

  it('keeps an agency the story names in its sentences', () => {
    const text = `A photographer for AP saw the bridge fall. She told Reuters it shook.\n\n${STORY}`;
    expect(
      keptMentions(text, [
        ['AP', 'organization'],
        ['Reuters', 'organization'],
      ]),
    ).toHaveLength(2);
  });

  it('drops a hashtag quoted from a post', () => {
    const text = 'The post read: “#Harbor Fest was cancelled by the rain.” Harbor Fest will return in May.';
    expect(keptMentions(text, [['Harbor Fest', 'event']])).toEqual([
      `Harbor Fest@${text.lastIndexOf('Harbor Fest')}`,
    ]);
  });
});

describe('core/ner/furniture-mentions: a long article', () => {
  // 3,000 story paragraphs, a photo caption every 100th: ~6,000 pieces once the blank lines count.
  const blocks = Array.from({ length: 3000 }, (_, i) =>
    i % 100 === 99
      ? 'Photo: Ferries wait at the Port Elwin quay.'
      : `Paragraph ${i}: the harbour board met again and the ferries kept to their timetable.`,
  );
  const text = blocks.join('\n\n');

  it('pauses while it reads the blocks, at least once every 512 of them, and finds what one go finds', () => {
    const steps = furnitureBlocksSteps(text);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(blocks.length / 512));
    expect(step.value).toEqual(furnitureBlocks(text));
    expect(step.value.length).toBe(30);
  });
});
