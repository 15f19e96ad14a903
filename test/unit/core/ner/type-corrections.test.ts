import { describe, expect, it } from 'vitest';
import type { KnownNames } from '../../../../src/core/ner/other-kinds';
import { correctTypes } from '../../../../src/core/ner/type-corrections';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

/** Spans for `names` as `[name, type]`, at their first occurrence after the previous one. */
function spansOf(text: string, names: [string, EntityType][]): RecognizedSpan[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in the text`);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
}

const typesAfter = (text: string, names: [string, EntityType][], known?: KnownNames): string[] =>
  correctTypes(text, spansOf(text, names), known).map((s) => `${s.text}:${s.type}`);

const KNOWN: KnownNames = {
  person: (n) => ['Paris', 'Arlo'].includes(n),
  organization: (n) => ['Oracle'].includes(n),
  place: (n) => ['Paris', 'Denver', 'Oregon', 'Texas'].includes(n),
  demonym: () => false,
  common: () => false,
};

describe('core/ner/type-corrections: brands are organisations, places with place words are places', () => {
  it('takes a name a place noun describes after a comma for a place, though it is a known first name', () => {
    const text = 'Ana Gil, 55, of Arlo, a village west of Denver, and Oracle, a city firm, agreed.';
    expect(
      typesAfter(
        text,
        [
          ['Ana Gil', 'person'],
          ['Arlo', 'person'],
          ['Denver', 'place'],
          ['Oracle', 'organization'],
        ],
        KNOWN,
      ),
    ).toEqual(['Ana Gil:person', 'Arlo:place', 'Denver:place', 'Oracle:organization']);
  });

  it('gives initials in brackets the type of the name they follow', () => {
    const text =
      'Troops left the Democratic Republic of Norland (DRN) and Orvex Labs (OL) said DRN was calm.';
    expect(
      typesAfter(text, [
        ['Democratic Republic of Norland', 'place'],
        ['DRN', 'organization'],
        ['Orvex Labs', 'organization'],
        ['OL', 'organization'],
        ['DRN', 'organization'],
      ]),
    ).toEqual([
      'Democratic Republic of Norland:place',
      'DRN:place',
      'Orvex Labs:organization',
      'OL:organization',
      'DRN:place',
    ]);
  });

  it('takes a name a US state follows after a comma for a place in it, unless only a person or a company', () => {
    const text = 'Orvex Labs, Tarrow Bend, Oregon\n\nOracle, Texas, did not; Arlo, Texas, won.';
    expect(
      typesAfter(
        text,
        [
          ['Orvex Labs', 'organization'],
          ['Tarrow Bend', 'person'],
          ['Oregon', 'place'],
          ['Oracle', 'organization'],
          ['Texas', 'place'],
          ['Arlo', 'person'],
          ['Texas', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual([
      'Orvex Labs:organization',
      'Tarrow Bend:place',
      'Oregon:place',
      'Oracle:organization',
      'Texas:place',
      'Arlo:person',
      'Texas:place',
    ]);
  });

  it('takes every name of a list a plural place noun follows for a place', () => {
    const text =
      'Cases were found in Barrow, Kessling and Van Tassel counties, said Orvex Labs and Oracle. Pell, Varga states.';
    expect(
      typesAfter(text, [
        ['Barrow', 'place'],
        ['Kessling', 'organization'],
        ['Van Tassel', 'person'],
        ['Orvex Labs', 'organization'],
        ['Oracle', 'organization'],
        ['Pell', 'person'],
        ['Varga', 'person'],
      ]),
    ).toEqual([
      'Barrow:place',
      'Kessling:place',
      'Van Tassel:place',
      'Orvex Labs:organization',
      'Oracle:organization',
      'Pell:person',
      'Varga:person',
    ]);
  });

  it('takes a name ending in a company’s head word for a company, whatever person or place opens it', () => {
    const text =
      'Denver Holdings bought Arlo Vance Productions and Paris Robotics; Arlo Vance and Paris stayed out.';
    expect(
      typesAfter(
        text,
        [
          ['Denver Holdings', 'place'],
          ['Arlo Vance Productions', 'person'],
          ['Paris Robotics', 'person'],
          ['Arlo Vance', 'person'],
          ['Paris', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual([
      'Denver Holdings:organization',
      'Arlo Vance Productions:organization',
      'Paris Robotics:organization',
      'Arlo Vance:person',
      'Paris:place',
    ]);
  });

  it('takes a one-word name in inner capitals for a brand', () => {
    const text = 'Savers moved to CashLoop after BrightBank raised fees.';
    expect(
      typesAfter(text, [
        ['CashLoop', 'place'],
        ['BrightBank', 'person'],
      ]),
    ).toEqual(['CashLoop:organization', 'BrightBank:organization']);
  });

  it('takes the name after "the forces known as" for a group, not a person', () => {
    const text = 'Aid went to the rebel forces known as Sayf al Darra, and later Sayf al Darra split.';
    expect(
      typesAfter(text, [
        ['Sayf al Darra', 'person'],
        ['Sayf al Darra', 'person'],
      ]),
    ).toEqual(['Sayf al Darra:organization', 'Sayf al Darra:organization']);
    expect(typesAfter('A man known as Tobin Reyes came.', [['Tobin Reyes', 'person']])).toEqual([
      'Tobin Reyes:person',
    ]);
  });

  it('keeps people whose names carry inner capitals: McAllister, LeBron, DeLuca', () => {
    const text = 'McAllister passed to LeBron, and DeLuca scored.';
    expect(
      typesAfter(text, [
        ['McAllister', 'person'],
        ['LeBron', 'person'],
        ['DeLuca', 'person'],
      ]),
    ).toEqual(['McAllister:person', 'LeBron:person', 'DeLuca:person']);
  });

  it('types a one-word name listed beside organisations as one, wherever else it stands', () => {
    const text = 'Drivers work for Uber, Lyft or Zoomcart. Zoomcart said pay would rise.';
    expect(
      typesAfter(text, [
        ['Uber', 'organization'],
        ['Lyft', 'organization'],
        ['Zoomcart', 'place'],
        ['Zoomcart', 'person'],
      ]),
    ).toEqual(['Uber:organization', 'Lyft:organization', 'Zoomcart:organization', 'Zoomcart:organization']);
  });

  it('keeps a person listed beside an organisation when the article names them in full', () => {
    const text = 'Agent Dana Whitlock left. The FBI and Whitlock disagreed.';
    expect(
      typesAfter(text, [
        ['Dana Whitlock', 'person'],
        ['FBI', 'organization'],
        ['Whitlock', 'person'],
      ]),
    ).toEqual(['Dana Whitlock:person', 'FBI:organization', 'Whitlock:person']);
  });

  it('keeps a known place listed beside organisations', () => {
    const text = 'Offices of Acme Corp and Denver officials.';
    expect(
      typesAfter(
        text,
        [
          ['Acme Corp', 'organization'],
          ['Denver', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual(['Acme Corp:organization', 'Denver:place']);
  });

  it('types the maker of a product the article names as an organisation: "Adobe" of "Adobe Photoshop"', () => {
    const text = 'The class uses Adobe Photoshop. Adobe declined to comment.';
    expect(
      typesAfter(text, [
        ['Adobe Photoshop', 'person'],
        ['Adobe', 'person'],
      ]),
    ).toEqual(['Adobe Photoshop:person', 'Adobe:organization']);
  });

  it('types names with a place word at either end as places', () => {
    const text =
      'Boats wait at Hiram Locks, sail the Inside Channel Passage and dock on Boulevard Haussmann.';
    expect(
      typesAfter(text, [
        ['Hiram Locks', 'organization'],
        ['Inside Channel Passage', 'person'],
        ['Boulevard Haussmann', 'person'],
      ]),
    ).toEqual(['Hiram Locks:place', 'Inside Channel Passage:place', 'Boulevard Haussmann:place']);
  });

  it('types a name ending in any place head word of the table as a place, not one naming two kinds', () => {
    const text = 'Rovers reached Velk Crater; the Halvor Research Center planned it.';
    expect(
      typesAfter(text, [
        ['Velk Crater', 'person'],
        ['Halvor Research Center', 'organization'],
      ]),
    ).toEqual(['Velk Crater:place', 'Halvor Research Center:organization']);
  });

  it('keeps an organisation whose name holds a place word and an organisation head', () => {
    const text = 'The Lake Shore Bank reported profits.';
    expect(typesAfter(text, [['Lake Shore Bank', 'organization']])).toEqual(['Lake Shore Bank:organization']);
  });

  it('types an unknown name before an event noun as the event, but not a known company', () => {
    const text = 'At the Cloudfest conference and the Oracle conference, the Grey Fever pandemic came up.';
    expect(
      typesAfter(
        text,
        [
          ['Cloudfest', 'organization'],
          ['Oracle', 'organization'],
          ['Grey Fever', 'organization'],
        ],
        KNOWN,
      ),
    ).toEqual(['Cloudfest:event', 'Oracle:organization', 'Grey Fever:event']);
  });

  it('reads a known name behind a leading "The": "The Pentagon" is an organisation', () => {
    const text = 'The Pentagon said so.';
    expect(typesAfter(text, [['The Pentagon', 'person']])).toEqual(['The Pentagon:organization']);
  });

  it('types a name after a place noun as a place, in every mention: "the planet Vesk"', () => {
    const text = 'Probes reached the planet Vesk in May. Vesk is cold; the city of Oryn is warm.';
    expect(
      typesAfter(text, [
        ['Vesk', 'organization'],
        ['Vesk', 'person'],
        ['Oryn', 'person'],
      ]),
    ).toEqual(['Vesk:place', 'Vesk:place', 'Oryn:place']);
  });

  it('types a known place read as a person as the place after "in", but not a known person', () => {
    const text = 'We live in Denver and met Paris in Paris.';
    expect(
      typesAfter(
        text,
        [
          ['Denver', 'person'],
          ['Paris', 'person'],
          ['Paris', 'person'],
        ],
        KNOWN,
      ),
    ).toEqual(['Denver:place', 'Paris:person', 'Paris:person']);
  });

  it('types two known places joined by a hyphen as a place: "Denver-Paris"', () => {
    const text = 'The Denver-Paris route reopened.';
    expect(typesAfter(text, [['Denver-Paris', 'organization']], KNOWN)).toEqual(['Denver-Paris:place']);
  });

  it('reads a whole list: one name among organisations is one, one among people is not', () => {
    const text = 'Apps like Tasklet, Zoomcart, PayDash and Fetchly pay little. Kim, Moon and Putin met.';
    expect(
      typesAfter(text, [
        ['Tasklet', 'organization'],
        ['Zoomcart', 'organization'],
        ['PayDash', 'organization'],
        ['Fetchly', 'person'],
        ['Kim', 'person'],
        ['Moon', 'person'],
        ['Putin', 'person'],
      ]).slice(3),
    ).toEqual(['Fetchly:organization', 'Kim:person', 'Moon:person', 'Putin:person']);
  });

  it('gives a short form the type of the longer name it opens or closes', () => {
    const text = 'Mae-Lin Carver sings. Mae-Lin smiled. Figures from Lumen Magazine; Lumen asked Carver.';
    expect(
      typesAfter(text, [
        ['Mae-Lin Carver', 'person'],
        ['Mae-Lin', 'organization'],
        ['Lumen Magazine', 'organization'],
        ['Lumen', 'person'],
        ['Carver', 'person'],
      ]),
    ).toEqual([
      'Mae-Lin Carver:person',
      'Mae-Lin:person',
      'Lumen Magazine:organization',
      'Lumen:organization',
      'Carver:person',
    ]);
  });

  it('leaves a short form that the lists know as the other kind: "Ford" of "Arlo Ford" stays a company', () => {
    const known: KnownNames = { ...KNOWN, organization: (n) => n === 'Ford' };
    const text = 'Arlo Ford spoke. Ford shares fell.';
    expect(
      typesAfter(
        text,
        [
          ['Arlo Ford', 'person'],
          ['Ford', 'organization'],
        ],
        known,
      ),
    ).toEqual(['Arlo Ford:person', 'Ford:organization']);
  });

  it('reads "Acme, Elmwood, Denver" as an address, not a list of organisations', () => {
    const text = 'Winners: Acme Corp, Elmwood, Denver.';
    expect(
      typesAfter(
        text,
        [
          ['Acme Corp', 'organization'],
          ['Elmwood', 'person'],
          ['Denver', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual(['Acme Corp:organization', 'Elmwood:person', 'Denver:place']);
  });

  it('never makes an acronym a person because a person’s name starts with it', () => {
    const text = 'PFF Carter spoke. PFF said so.';
    expect(
      typesAfter(text, [
        ['PFF Carter', 'person'],
        ['PFF', 'organization'],
      ]),
    ).toEqual(['PFF Carter:person', 'PFF:organization']);
  });

  it('types a web address as an organisation and a happening known by one name as an event', () => {
    const text = 'Factcheck.info reported on Watergate.';
    expect(
      typesAfter(text, [
        ['Factcheck.info', 'person'],
        ['Watergate', 'person'],
      ]),
    ).toEqual(['Factcheck.info:organization', 'Watergate:event']);
  });
});

describe('core/ner/type-corrections: what the sentence says a name is', () => {
  it('takes an organisation’s name without its head word, written again, for the organisation', () => {
    const text = 'She taught at Norland State University for years, and Norland State kept her papers.';
    expect(
      typesAfter(text, [
        ['Norland State University', 'organization'],
        ['Norland State', 'place'],
      ]),
    ).toEqual(['Norland State University:organization', 'Norland State:organization']);
  });

  it('takes a centre an organisation’s possessive introduces for an organisation, not a venue', () => {
    const text = 'Oracle’s Halvorsen Center studied storms; the show was at Denver’s Pell Center.';
    expect(
      typesAfter(
        text,
        [
          ['Oracle', 'organization'],
          ['Halvorsen Center', 'place'],
          ['Denver', 'place'],
          ['Pell Center', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual(['Oracle:organization', 'Halvorsen Center:organization', 'Denver:place', 'Pell Center:place']);
  });

  it('takes the place a graduate comes from for a school: "a graduate of Mount Tessa"', () => {
    const text = 'She was a recent graduate of Mount Tessa with a degree in math.';
    expect(typesAfter(text, [['Mount Tessa', 'place']])).toEqual(['Mount Tessa:organization']);
  });

  it('takes a name right before "magazine" for the magazine, unless an article makes it a place', () => {
    const text = 'He shared an article by Denver magazine. A Paris newspaper disagreed.';
    expect(
      typesAfter(
        text,
        [
          ['Denver', 'place'],
          ['Paris', 'place'],
        ],
        KNOWN,
      ),
    ).toEqual(['Denver:organization', 'Paris:place']);
  });

  it('takes a name before "group" or "coalition" for the group, unless the lists know it as a person', () => {
    const text = 'She joined the Tane Moana group, which works with the Arlo coalition.';
    expect(
      typesAfter(
        text,
        [
          ['Tane Moana', 'person'],
          ['Arlo', 'person'],
        ],
        KNOWN,
      ),
    ).toEqual(['Tane Moana:organization', 'Arlo:person']);
  });

  it('takes a name between a possessive pronoun and "farm" or "village" for a place', () => {
    const text = 'We met him at his Orrinvale farm, where he was born.';
    expect(typesAfter(text, [['Orrinvale', 'organization']])).toEqual(['Orrinvale:place']);
  });

  it('takes the name of a regime or an administration for its leader', () => {
    const text = 'Aid groups blamed the Ruvane regime for the siege.';
    expect(typesAfter(text, [['Ruvane', 'place']])).toEqual(['Ruvane:person']);
  });

  it('takes a known place before a company’s noun for the place: "the Denver entertainment giant"', () => {
    const text = 'Demand was high when the Denver entertainment giant launched its service.';
    expect(typesAfter(text, [['Denver', 'organization']], KNOWN)).toEqual(['Denver:place']);
  });
});
