import { describe, expect, it } from 'vitest';
import {
  dropOtherKinds,
  isPlaceDemonym,
  LEXICON_NAMES,
  otherKinds,
  type KnownNames,
} from '../../../../src/core/ner/other-kinds';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

/** Every occurrence of `name` in `text` as a span of `type`. */
function spans(text: string, name: string, type: EntityType): RecognizedSpan[] {
  const found: RecognizedSpan[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    found.push({ start: i, end: i + name.length, text: name, type });
  return found;
}

const kept = (text: string, all: RecognizedSpan[], known?: KnownNames): string[] =>
  dropOtherKinds(text, all, known).map((s) => `${s.text}:${s.type}`);

/** Name lists as a model's gazetteer would give them. */
const KNOWN: KnownNames = {
  person: (n) => ['Maria', 'Pell', 'Adrian'].includes(n),
  organization: (n) => ['Nissan', 'Yahoo', 'Disney'].includes(n),
  place: (n) => ['Alaska', 'Delhi', 'Kenya', 'Canada', 'Glasgow', 'Republic', 'Florida', 'Adria'].includes(n),
  demonym: (n) => n === 'Texan',
  common: (n) => ['Republic', 'Museum', 'Jobs'].includes(n),
};

describe('core/ner/other-kinds: works, products and peoples are not highlighted', () => {
  it('drops well-known products, software and formats whatever type the tagger gave them', () => {
    const text =
      'The studio rebuilt its site in Node.js and moved data from SQL to JSON; Roblox fans waited.';
    const all = [
      ...spans(text, 'Node.js', 'organization'),
      ...spans(text, 'SQL', 'organization'),
      ...spans(text, 'JSON', 'organization'),
      ...spans(text, 'Roblox', 'place'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('drops technical and medical abbreviations: "16GB of RAM", "treatment for PTSD"', () => {
    const text = 'The laptop has 16GB of RAM. Veterans sought treatment for PTSD.';
    expect(
      kept(text, [...spans(text, 'RAM', 'organization'), ...spans(text, 'PTSD', 'organization')]),
    ).toEqual([]);
  });

  it('takes a name after a kind noun for a work, and all its other mentions with it', () => {
    const text = 'She starred in the award-winning film Morning Tide. Morning Tide opens in May.';
    expect(kept(text, spans(text, 'Morning Tide', 'person'))).toEqual([]);
  });

  it('takes "the all-new X" and "the fifth-generation X" for a model, not a company', () => {
    const text =
      'Dealers will sell the all-new Corvo next year. The Corvo sold well; so did the fifth-generation Lumen.';
    expect(
      kept(text, [...spans(text, 'Corvo', 'organization'), ...spans(text, 'Lumen', 'organization')]),
    ).toEqual([]);
  });

  it('takes a name before a work or product noun for its title: "the Brightwater musical", "the Kestrel mission"', () => {
    const text =
      'Tickets for the Brightwater musical sold out. The agency approved the Kestrel mission. The QBX format’s nesting helps.';
    expect(
      kept(text, [
        ...spans(text, 'Brightwater', 'organization'),
        ...spans(text, 'Kestrel', 'organization'),
        ...spans(text, 'QBX', 'organization'),
      ]),
    ).toEqual([]);
  });

  it('keeps a known company before a product noun: "the Nissan sedan" is still Nissan', () => {
    const text = 'He bought the Nissan sedan in June.';
    expect(kept(text, spans(text, 'Nissan', 'organization'), KNOWN)).toEqual(['Nissan:organization']);
  });

  it('drops a title in double quotes, and keeps a known place the quotes name only once', () => {
    const text =
      'The band played “Glasgow,” then “Paper Lanterns”. Glasgow cheered. Paper Lanterns topped the chart.';
    const all = [...spans(text, 'Glasgow', 'place'), ...spans(text, 'Paper Lanterns', 'person')];
    expect(kept(text, all, KNOWN)).toEqual(['Glasgow:place']);
  });

  it('keeps a person whose name is quoted in single quotes inside a quote', () => {
    const text = '“They wanted ‘Maria Voss,’ and got me,” she said.';
    expect(kept(text, spans(text, 'Maria Voss', 'person'), KNOWN)).toEqual(['Maria Voss:person']);
  });

  it('drops a known company’s name followed by a product word: "Nissan Connect", "Yahoo Mail"', () => {
    const text = 'Nissan Connect is standard, and Yahoo Mail users were warned.';
    const all = [...spans(text, 'Nissan Connect', 'organization'), ...spans(text, 'Yahoo Mail', 'person')];
    expect(kept(text, all, KNOWN)).toEqual([]);
  });

  it('keeps a company’s own parts and names: "Yahoo Finance", "Disney Animation", "Florida State"', () => {
    const text =
      'Yahoo Finance reported it; Disney Animation agreed; Florida State declined; Rose Pell sang.';
    const all = [
      ...spans(text, 'Yahoo Finance', 'organization'),
      ...spans(text, 'Disney Animation', 'organization'),
      ...spans(text, 'Florida State', 'organization'),
      ...spans(text, 'Rose Pell', 'person'),
      ...spans(text, 'Rose', 'organization'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Yahoo Finance:organization',
      'Disney Animation:organization',
      'Florida State:organization',
      'Rose Pell:person',
      'Rose:organization',
    ]);
  });

  it('drops ideologies: "National Socialism", "Marxism"', () => {
    const text = 'Posters recalled National Socialism and Marxism alike.';
    expect(
      kept(text, [...spans(text, 'National Socialism', 'place'), ...spans(text, 'Marxism', 'person')]),
    ).toEqual([]);
  });

  it.each([
    ['Alaskan', true],
    ['Delhiites', true],
    ['Kenyans', true],
    ['Canadian', true],
    ['Texan', false], // a nationality word by the lists, not by derivation
    ['Republican', false], // "Republic" is a common word
    ['Adrian', false], // Adria is a place, but Adrian a first name
  ])('tells a place’s people word: %s → %s', (name, expected) => {
    expect(isPlaceDemonym(name, KNOWN)).toBe(expected);
  });

  it('drops nationality words the lists know, but not a party’s members or a feast', () => {
    const text = 'A Texan voted Republican before Easter.';
    const all = [
      ...spans(text, 'Texan', 'place'),
      ...spans(text, 'Republican', 'organization'),
      ...spans(text, 'Easter', 'event'),
    ];
    expect(kept(text, all, KNOWN)).toEqual(['Republican:organization', 'Easter:event']);
  });

  it('drops contractions read as names at the start of a quote, and only those mentions', () => {
    const text = '“I’m not sure,” she said. “We’re done.”';
    const all = [...spans(text, 'I’m', 'organization'), ...spans(text, 'We’re', 'person')];
    expect([...otherKinds(text, all, LEXICON_NAMES).values()]).toEqual(['contraction', 'contraction']);
  });

  it('drops a name with a registered or trade mark: a product', () => {
    const text = 'Stir in a jar of Golden Acre® honey and a spoon of Crispo™ flakes.';
    const all = [...spans(text, 'Golden Acre', 'person'), ...spans(text, 'Crispo', 'organization')];
    expect(kept(text, all)).toEqual([]);
  });

  it('reads a kind noun after one modifier: "the Vireo sports sedan", and a people by "tribe"', () => {
    const text = 'Compared with the Vireo sports sedan, the Kahuri tribe preferred horses.';
    const all = [...spans(text, 'Vireo', 'place'), ...spans(text, 'Kahuri', 'organization')];
    expect(kept(text, all)).toEqual([]);
  });

  it('drops the short form of a listed product with it: "Warcraft" after "World of Warcraft"', () => {
    const text = 'She still plays World of Warcraft. Warcraft kept her busy.';
    const all = [
      ...spans(text, 'World of Warcraft', 'person'),
      ...spans(text, 'Warcraft', 'person').slice(1),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('drops a capitalised common word the article also writes in lower case, but not a surname', () => {
    const text = 'Like other museums, the Museum reopened. Steve Jobs had jobs for all; Jobs said so.';
    const all = [
      ...spans(text, 'Museum', 'person'),
      ...spans(text, 'Steve Jobs', 'person'),
      ...spans(text, 'Jobs', 'person').slice(1),
    ];
    expect(kept(text, all, KNOWN)).toEqual(['Steve Jobs:person', 'Jobs:person']);
  });

  it('drops every name of a quoted title, even a first name: the “Ruth and Alder” star', () => {
    const known: KnownNames = { ...KNOWN, person: (n) => n === 'Ruth' };
    const text = 'the “Ruth and Alder” star returned. A quote: “Ruth said no.”';
    const all = [...spans(text, 'Ruth', 'person'), ...spans(text, 'Alder', 'person')];
    // The title's mentions go; the second "Ruth" opens a quoted sentence, not a title, and she is a known name.
    expect(kept(text, all, known)).toEqual(['Ruth:person']);
  });

  it('drops market codes in financial copy: ".SPX", "XAU="', () => {
    const text = 'The S&P 500 .SPX fell, and spot gold XAU= rose.';
    const all = [...spans(text, 'SPX', 'organization'), ...spans(text, 'XAU', 'organization')];
    expect([...otherKinds(text, all).values()]).toEqual(['ticker', 'ticker']);
  });

  it('drops peoples, languages and religions, even where the lists know a place of that name', () => {
    const known: KnownNames = { ...KNOWN, place: (n) => n === 'Māori' };
    const text = 'Māori elders spoke Mandarin and studied Islam.';
    const all = [
      ...spans(text, 'Māori', 'place'),
      ...spans(text, 'Mandarin', 'organization'),
      ...spans(text, 'Islam', 'place'),
    ];
    expect(kept(text, all, known)).toEqual([]);
  });

  it('keeps a known person or place inside a quoted nickname or greeting', () => {
    const known: KnownNames = { ...KNOWN, person: (n) => n === 'Maria' };
    const text = 'They called him the “Bismarck of Kenya” and posted “Welcome Maria”.';
    const all = [...spans(text, 'Kenya', 'place'), ...spans(text, 'Maria', 'person')];
    expect(kept(text, all, known)).toEqual(['Kenya:place', 'Maria:person']);
  });

  it('keeps a company’s name before any head word of the table: a museum, a show, a summit is no product', () => {
    const text = 'Yahoo Museum reopened before the Nissan Show and the Disney Summit.';
    const all = [
      ...spans(text, 'Yahoo Museum', 'place'),
      ...spans(text, 'Nissan Show', 'event'),
      ...spans(text, 'Disney Summit', 'event'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Yahoo Museum:place',
      'Nissan Show:event',
      'Disney Summit:event',
    ]);
  });

  it('keeps a company with a place after its name: "Nissan Kenya" is no product', () => {
    const text = 'Nissan Kenya opened a plant.';
    expect(kept(text, spans(text, 'Nissan Kenya', 'organization'), KNOWN)).toEqual([
      'Nissan Kenya:organization',
    ]);
  });
});

describe('core/ner/other-kinds: names shaped like a work, a model or a programme', () => {
  it('drops a name with a version number or a model code: "Skyreach 2", "NBA 2K21", "Orvane QX 300"', () => {
    const text =
      'Fans queued for Skyreach 2, and the league licensed NBA 2K21 again. The Orvane QX 300 Roadster costs more.';
    const all = [
      ...spans(text, 'Skyreach 2', 'place'),
      ...spans(text, 'NBA', 'organization'),
      ...spans(text, 'Orvane QX', 'organization'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('drops every mention of a numbered title, not only the numbered one', () => {
    const text = 'Only one game is included: Grimhold 2. Grimhold sold poorly at first.';
    expect(kept(text, spans(text, 'Grimhold', 'person'))).toEqual([]);
  });

  it('keeps numbered places, scores, stat lines and known names before a number', () => {
    const text =
      'Staff left Building 24 at noon. Kestrel 2, Alder Town 1 was the score. Jon Marsk 63 85% of snaps. Nissan 3 was last.';
    const all = [
      ...spans(text, 'Building 24', 'place'),
      ...spans(text, 'Kestrel', 'organization'),
      ...spans(text, 'Alder Town', 'organization'),
      ...spans(text, 'Jon Marsk', 'person'),
      ...spans(text, 'Nissan', 'organization'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Building 24:place',
      'Kestrel:organization',
      'Alder Town:organization',
      'Jon Marsk:person',
      'Nissan:organization',
    ]);
  });

  it('drops both halves of a title with a colon subtitle: "Siege of Varn: Last Light", "Quillborn: Ashes"', () => {
    const text = 'They include: Siege of Varn: Last Light 2, Quillborn: Ashes, and Tarrow.';
    const all = [
      ...spans(text, 'Varn', 'place'),
      ...spans(text, 'Last Light', 'organization'),
      ...spans(text, 'Quillborn', 'place'),
      ...spans(text, 'Ashes', 'person'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('keeps a speaker before a colon and a label’s name after one', () => {
    const text = 'REYNA: Yes, we did. Photo: Lumen Weekly, 2019.';
    const all = [...spans(text, 'REYNA', 'person'), ...spans(text, 'Lumen Weekly', 'organization')];
    expect(kept(text, all, { ...KNOWN, common: (n) => n === 'Yes' })).toEqual([
      'REYNA:person',
      'Lumen Weekly:organization',
    ]);
  });

  it('drops editions and models by their last word: "Collector’s Edition", "Corvo Convertible"', () => {
    const text =
      'The Collector’s Edition ships in May; the Corvo Convertible follows, then the Tessa Concept.';
    const all = [
      ...spans(text, 'Collector’s Edition', 'place'),
      ...spans(text, 'Corvo Convertible', 'organization'),
      ...spans(text, 'Tessa Concept', 'person'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('drops programmes and plans, but keeps UN-style bodies and foundations named after a person', () => {
    const text =
      'The SunRise Initiative and the Rural Broadband Program ran under a Development Plan and Roadmap. ' +
      'The World Food Programme and the Pell Initiative helped.';
    const all = [
      ...spans(text, 'SunRise Initiative', 'organization'),
      ...spans(text, 'Rural Broadband Program', 'organization'),
      ...spans(text, 'Roadmap', 'place'),
      ...spans(text, 'World Food Programme', 'organization'),
      ...spans(text, 'Pell Initiative', 'organization'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'World Food Programme:organization',
      'Pell Initiative:organization',
    ]);
  });
});

describe('core/ner/other-kinds: a work or product noun after the name', () => {
  it('reads "TV series", "video game" and "standardized exam" after a name, with a possessive before it', () => {
    const text =
      'She made the network’s Harrowgate TV series, then the Brindle video game; pupils sat the state’s new QUILL standardized exam.';
    const all = [
      ...spans(text, 'Harrowgate', 'place'),
      ...spans(text, 'Brindle', 'person'),
      ...spans(text, 'QUILL', 'organization'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('gives every name of "A and B TV series" the kind noun, a known place too', () => {
    const text = 'He created Corvid’s Lantern and Alaska TV series before this film.';
    const all = [...spans(text, 'Lantern', 'organization'), ...spans(text, 'Alaska', 'place')];
    expect(kept(text, all, KNOWN)).toEqual([]);
  });

  it('reads a controller, a program or an initiative after a name, and an acronym between', () => {
    const text =
      'Each box ships with a wireless Veyra controller. The agency runs its Lunar Cargo Services (LCS) program and the Tidewater initiative.';
    const all = [
      ...spans(text, 'Veyra', 'organization'),
      ...spans(text, 'Lunar Cargo Services', 'organization'),
      ...spans(text, 'Tidewater', 'organization'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('keeps a team before "game" or "series" with no screen word, and a known company before "controller"', () => {
    const text =
      'Fans left the Harbor Hawks game early; the Nissan controller failed; the Kenya series resumed.';
    const all = [
      ...spans(text, 'Harbor Hawks', 'organization'),
      ...spans(text, 'Nissan', 'organization'),
      ...spans(text, 'Kenya', 'place'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Harbor Hawks:organization',
      'Nissan:organization',
      'Kenya:place',
    ]);
  });

  it('drops the bracketed initials of a work with it, and reads "“The X initiative"', () => {
    const text =
      'The agency runs its Lunar Cargo Services program (LCS). “The Tidewater initiative helps,” said LCS staff.';
    const all = [
      ...spans(text, 'Lunar Cargo Services', 'organization'),
      ...spans(text, 'LCS', 'organization'),
      ...spans(text, 'Tidewater', 'organization'),
    ];
    expect(kept(text, all)).toEqual([]);
  });
});

describe('core/ner/other-kinds: the words of a work’s title', () => {
  it('drops a name joined by "in the", "of" or "on" to a work, for that mention only', () => {
    const text = 'Nora Tell in the Harbor, her debut, opens Friday. Nora Tell herself will attend.';
    const all = [...spans(text, 'Nora Tell', 'person'), ...spans(text, 'Harbor', 'place')];
    expect(kept(text, all)).toEqual(['Nora Tell:person']);
  });

  it('keeps two names joined by "of" when neither is a work, a place after a work, and a known name', () => {
    const text =
      'Ines Varga of the Ruritania Trust spoke. Fans play Roblox in Dunmore. Maria on Roblox: a talk.';
    const all = [
      ...spans(text, 'Ines Varga', 'person'),
      ...spans(text, 'Ruritania Trust', 'organization'),
      ...spans(text, 'Dunmore', 'place'),
      ...spans(text, 'Maria', 'person'),
      ...spans(text, 'Roblox', 'organization'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Ines Varga:person',
      'Ruritania Trust:organization',
      'Dunmore:place',
      'Maria:person',
    ]);
  });
});

describe('core/ner/other-kinds: a list of works', () => {
  it('drops every name of a list whose items are shaped like works, and their other mentions', () => {
    const text =
      'The titles are thin. They include: Siege of Varn: Last Light, Saga XV, Pitch Manager 2020, Gorse, Tallow Keep.\nGorse is the best.';
    const all = [
      ...spans(text, 'Varn', 'place'),
      ...spans(text, 'Gorse', 'person'),
      ...spans(text, 'Tallow Keep', 'organization'),
    ];
    expect(kept(text, all)).toEqual([]);
  });

  it('keeps the names of a score line, a list of places, and a known place in a list of works', () => {
    const text =
      'Results: Kestrel 2, Alder Town 1, Brannock 3, Dunmore 0.\nVisits: Alaska, Kenya, Delhi, Glasgow.\n' +
      'Games: Saga XV, Pitch Manager 2020, Alaska, Gorse.';
    const all = [
      ...spans(text, 'Kestrel', 'organization'),
      ...spans(text, 'Alder Town', 'organization'),
      ...spans(text, 'Brannock', 'organization'),
      ...spans(text, 'Kenya', 'place'),
      ...spans(text, 'Alaska', 'place'),
    ];
    expect(kept(text, all, KNOWN)).toEqual([
      'Kestrel:organization',
      'Alder Town:organization',
      'Brannock:organization',
      'Kenya:place',
      'Alaska:place',
      'Alaska:place',
    ]);
  });
});
