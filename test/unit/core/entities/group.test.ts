import { describe, expect, it } from 'vitest';
import { groupMentions } from '../../../../src/core/entities/group';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';

/** Spans for each `[text, type]` in order of appearance in `text`. */
function spansIn(text: string, names: [string, EntityType][]): RecognizedSpan[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" not in text after ${from}`);
    from = start + name.length;
    return { start, end: from, type, text: name };
  });
}

describe('core/entities/group', () => {
  it('makes "Trump" and "President Trump" one person', () => {
    const text = 'President Trump spoke. Later Trump left.';
    const entities = groupMentions(
      spansIn(text, [
        ['Trump', 'person'],
        ['Trump', 'person'],
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.mentions).toHaveLength(2);
  });

  it('joins "Putin" to "Vladimir Putin" wherever the full name appears', () => {
    const text = 'Putin said so. Russian President Vladimir Putin agreed.';
    const [putin, ...rest] = groupMentions(
      spansIn(text, [
        ['Putin', 'person'],
        ['Vladimir Putin', 'person'],
      ]),
    );
    expect(rest).toEqual([]);
    expect(putin!.name).toBe('Vladimir Putin');
    expect(putin!.aliases).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('keeps Kim Jong Un and Kim Yong Chol two people, and sends a bare "Kim" to the one just mentioned', () => {
    const text = 'Kim Jong Un spoke. Kim Yong Chol flew. Kim landed in New York. Kim Jong Un waited.';
    const entities = groupMentions(
      spansIn(text, [
        ['Kim Jong Un', 'person'],
        ['Kim Yong Chol', 'person'],
        ['Kim', 'person'],
        ['New York', 'place'],
        ['Kim Jong Un', 'person'],
      ]),
    );
    const jongUn = entities.find((e) => e.name === 'Kim Jong Un')!;
    const yongChol = entities.find((e) => e.name === 'Kim Yong Chol')!;
    expect(jongUn.id).not.toBe(yongChol.id);
    expect(yongChol.mentions.map((m) => m.text)).toEqual(['Kim Yong Chol', 'Kim']);
    expect(jongUn.mentions).toHaveLength(2);
  });

  it('sends a bare "Kim" before any full name to the most mentioned Kim', () => {
    const text = 'Kim arrived. Kim Jong Un, Kim Jong Un and Kim Yong Chol.';
    const entities = groupMentions(
      spansIn(text, [
        ['Kim', 'person'],
        ['Kim Jong Un', 'person'],
        ['Kim Jong Un', 'person'],
        ['Kim Yong Chol', 'person'],
      ]),
    );
    expect(entities.find((e) => e.name === 'Kim Jong Un')!.mentions).toHaveLength(3);
  });

  it('treats "U.S." and "United States" as one place and "UN" as "United Nations"', () => {
    const text = 'The U.S. and the United States; the United Nations and the UN.';
    const entities = groupMentions(
      spansIn(text, [
        ['U.S.', 'place'],
        ['United States', 'place'],
        ['United Nations', 'organization'],
        ['UN', 'organization'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['United States', 2],
      ['United Nations', 2],
    ]);
  });

  it('joins initials with an "&" and without the legal suffix to the company’s full name', () => {
    const text =
      'Lakeshore Gas & Electric Co. cut power; LG&E said so. Brantik Optical Systems Inc. and BOS agreed.';
    const entities = groupMentions(
      spansIn(text, [
        ['Lakeshore Gas & Electric Co.', 'organization'],
        ['LG&E', 'organization'],
        ['Brantik Optical Systems Inc.', 'organization'],
        ['BOS', 'organization'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Lakeshore Gas & Electric Co.', 2],
      ['Brantik Optical Systems Inc.', 2],
    ]);
  });

  it('labels one string the same way across the article (majority type)', () => {
    const text = 'Jordan met Jordan and Jordan.';
    const entities = groupMentions(
      spansIn(text, [
        ['Jordan', 'place'],
        ['Jordan', 'person'],
        ['Jordan', 'place'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.mentions.length])).toEqual([['place', 3]]);
  });

  it('gives ids that are stable, unique and typed', () => {
    const text = 'Paris met Paris.';
    const spans = spansIn(text, [
      ['Paris', 'place'],
      ['Paris', 'place'],
    ]);
    expect(groupMentions(spans).map((e) => e.id)).toEqual(['place-paris']);
    expect(groupMentions(spans)).toEqual(groupMentions(spans));
  });

  it('joins an honorific or a title to the person it precedes', () => {
    const text = 'Jane Okafor won. Ms Okafor spoke. President-elect Tom Reyes came; Tom Reyes left.';
    const entities = groupMentions(
      spansIn(text, [
        ['Jane Okafor', 'person'],
        ['Ms Okafor', 'person'],
        ['President-elect Tom Reyes', 'person'],
        ['Tom Reyes', 'person'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Jane Okafor', 2],
      ['Tom Reyes', 2],
    ]);
  });

  it('never lets "Bill" the common noun join Bill Hartnell, but lets "Hartnell" join him', () => {
    const text = 'Bill Hartnell opposed the Privacy Bill. The Bill passed. Hartnell was angry.';
    const entities = groupMentions(
      spansIn(text, [
        ['Bill Hartnell', 'person'],
        ['Bill', 'person'],
        ['Bill', 'person'],
        ['Hartnell', 'person'],
      ]),
    );
    const hartnell = entities.find((e) => e.name === 'Bill Hartnell')!;
    expect(hartnell.mentions.map((m) => m.text)).toEqual(['Bill Hartnell', 'Hartnell']);
  });

  it('joins a name written with its middle dropped, or its first name left off, whichever comes first', () => {
    const text = 'Ana de Souza met Ana Lucia de Souza. Later de Souza left.';
    const entities = groupMentions(
      spansIn(text, [
        ['Ana de Souza', 'person'],
        ['Ana Lucia de Souza', 'person'],
        ['de Souza', 'person'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Ana Lucia de Souza', 3]]);
  });

  it('keeps a son apart from his father of the same name', () => {
    const text = 'Carl Berg Jr. and Carl Berg.';
    const entities = groupMentions(
      spansIn(text, [
        ['Carl Berg Jr.', 'person'],
        ['Carl Berg', 'person'],
      ]),
    );
    expect(entities).toHaveLength(2);
  });

  it("joins a company's short name and a dateline in capitals, but not a product named after a company", () => {
    const text = 'OSLO — Nordvik Holdings said; Nordvik agreed in Oslo. Zento launched Zento Cloud.';
    const entities = groupMentions(
      spansIn(text, [
        ['OSLO', 'place'],
        ['Nordvik Holdings', 'organization'],
        ['Nordvik', 'organization'],
        ['Oslo', 'place'],
        ['Zento', 'organization'],
        ['Zento Cloud', 'organization'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Oslo', 2],
      ['Nordvik Holdings', 2],
      ['Zento', 1],
      ['Zento Cloud', 1],
    ]);
  });

  it('names a person without a role noun written before the full name, but keeps a name that is also a role', () => {
    const text = 'Ombudsman Lina Ortiz spoke. Ortiz left. Coach Mason Reed came; Mason Reed won.';
    const entities = groupMentions(
      spansIn(text, [
        ['Ombudsman Lina Ortiz', 'person'],
        ['Ortiz', 'person'],
        ['Coach Mason Reed', 'person'],
        ['Mason Reed', 'person'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Lina Ortiz', 2],
      ['Mason Reed', 2],
    ]);
    expect(entities[0]!.aliases).toContain('Ombudsman Lina Ortiz');
  });

  it('joins a town-named company without its suffix, and a publication without its web address', () => {
    const text =
      'Brenna Holdings bought it; a stake in Brenna grew. Factcheck.org said so; Factcheck agreed.';
    const entities = groupMentions(
      spansIn(text, [
        ['Brenna Holdings', 'organization'],
        ['Brenna', 'place'],
        ['Factcheck.org', 'organization'],
        ['Factcheck', 'organization'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['organization', 'Brenna Holdings', 2],
      ['organization', 'Factcheck.org', 2],
    ]);
  });

  it("joins a person's first name or surname the tagger typed otherwise, after the full name, but not a known place", () => {
    const text = 'Rose-Anne Pell sang. Rose-Anne cried and Pell left. Denzel Washington flew to Washington.';
    const entities = groupMentions(
      spansIn(text, [
        ['Rose-Anne Pell', 'person'],
        ['Rose-Anne', 'organization'],
        ['Pell', 'place'],
        ['Denzel Washington', 'person'],
        ['Washington', 'place'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['person', 'Rose-Anne Pell', 3],
      ['person', 'Denzel Washington', 1],
      ['place', 'Washington', 1],
    ]);
  });

  it('joins an organisation without its country or its founder, and a person by initials or a short first name', () => {
    const text =
      'The US Senate met. The Senate voted. Walt Orvex Co. grew; Orvex hired B. T. Okoro. Bola Okoro and Joshua Lind spoke; Josh Lind left.';
    const entities = groupMentions(
      spansIn(text, [
        ['US Senate', 'organization'],
        ['Senate', 'organization'],
        ['Walt Orvex Co.', 'organization'],
        ['Orvex', 'organization'],
        ['B. T. Okoro', 'person'],
        ['Bola Okoro', 'person'],
        ['Joshua Lind', 'person'],
        ['Josh Lind', 'person'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['US Senate', 2],
      ['Walt Orvex Co.', 2],
      ['Bola Okoro', 2],
      ['Joshua Lind', 2],
    ]);
  });

  it('names a party by its members whether the article says "Democratic" or "Democrats"', () => {
    const text = 'Democratic leaders met. Democrats won.';
    const entities = groupMentions(
      spansIn(text, [
        ['Democratic', 'organization'],
        ['Democrats', 'organization'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Democrats', 2]]);
  });

  it('joins a magazine written without "Magazine", whatever type the tagger gave the short form', () => {
    const text = 'Pellucid Magazine asked; she told Pellucid so.';
    const entities = groupMentions(
      spansIn(text, [
        ['Pellucid Magazine', 'organization'],
        ['Pellucid', 'person'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['organization', 'Pellucid Magazine', 2],
    ]);
  });
});
