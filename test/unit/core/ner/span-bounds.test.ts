/**
 * Where a name begins and ends: each cause with sentences written for this spec (invented names).
 * The span rules are checked on hand-made spans; the pairs the tagger glues together, through the
 * recogniser the product ships.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { trimSpans } from '../../../../src/core/ner/span-bounds';
import type { EntityType, RecognizedSpan } from '../../../../src/core/types';
import { loadProductRecognizer } from '../product-recognizer';

function span(text: string, name: string, type: EntityType): RecognizedSpan {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" not in text`);
  return { start, end: start + name.length, text: name, type };
}
const shown = (spans: RecognizedSpan[]): [string, string][] => spans.map((s) => [s.type, s.text]);

const recognizer = loadProductRecognizer();
const entities = (text: string): [string, string][] =>
  analyzeText({ text }, recognizer).entities.map((e) => [e.type, e.name]);

describe('core/ner/span-bounds', () => {
  it('joins a founder’s name the tagger cut from the company’s head word', () => {
    const text = 'A deal with Ana Gil Productions was signed.';
    expect(shown(trimSpans(text, [span(text, 'Ana Gil', 'person')]))).toEqual([
      ['organization', 'Ana Gil Productions'],
    ]);
  });

  it('joins no name across a possessive or an "-based" compound to a head word after it', () => {
    const text = 'Ana Gil’s Ithaca Holdings and a Mercer Bay-based Orvex Company agreed.';
    const spans = trimSpans(text, [
      span(text, 'Ana Gil', 'person'),
      span(text, 'Ithaca Holdings', 'organization'),
      span(text, 'Mercer Bay', 'place'),
      span(text, 'Orvex Company', 'organization'),
    ]);
    expect(shown(spans)).toEqual([
      ['person', 'Ana Gil'],
      ['organization', 'Ithaca Holdings'],
      ['place', 'Mercer Bay'],
      ['organization', 'Orvex Company'],
    ]);
  });

  it('reads "Mr", "Mrs", "Ms" or "Dr" without a full stop as a person’s honorific, not part of the name', () => {
    const text = 'Mrs Orla Dunne spoke first, then Mr Pellham. Dr Varga agreed; Ms. Adeyemi did not.';
    const spans = trimSpans(text, [
      span(text, 'Mrs Orla Dunne', 'organization'),
      span(text, 'Pellham', 'person'),
    ]);
    expect(shown(spans)).toEqual([
      ['person', 'Orla Dunne'],
      ['person', 'Pellham'],
      ['person', 'Varga'],
      ['person', 'Adeyemi'],
    ]);
  });

  it('reads "Dr" after a street’s name as its "Drive", not an honorific', () => {
    const text = 'She moved to 14 Elm Dr Westfield last year.';
    expect(shown(trimSpans(text, []))).toEqual([]);
  });

  it('shows the person an honorific without a full stop names', () => {
    const found = entities(
      'Mr Hollings told reporters the council would vote again. Mr Hollings said the plan was sound.',
    );
    expect(found).toContainEqual(['person', 'Hollings']);
    expect(found.map(([, n]) => n)).not.toContain('Mr Hollings');
  });

  it("splits an outlet's acronym from the known organisation it covers, not a country's", () => {
    const text = 'the KRT Pentagon correspondent asked; the US Congress voted.';
    const spans = trimSpans(text, [
      span(text, 'KRT Pentagon', 'organization'),
      span(text, 'US Congress', 'organization'),
    ]);
    expect(shown(spans)).toEqual([
      ['organization', 'KRT'],
      ['organization', 'Pentagon'],
      ['organization', 'US Congress'],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends an organisation before the office of the person who follows it', () => {
    const text =
      'former Harbour Board Chairman, Ana Gil, met the Assembly Rt. Hon. Ola Bey at the Office of the President.';
    const spans = trimSpans(text, [
      span(text, 'Harbour Board Chairman', 'organization'),
      span(text, 'Ana Gil', 'person'),
      span(text, 'Assembly Rt. Hon.', 'organization'),
      span(text, 'Office of the President', 'organization'),
    ]);
    expect(shown(spans)).toEqual([
      ['organization', 'Harbour Board'],
      ['person', 'Ana Gil'],
      ['organization', 'Assembly'],
      ['organization', 'Office of the President'],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('drops a title alone, or a name the tagger ended with an office, but keeps the Pope and a surname King', () => {
    const text = 'The Speaker and the Commons Speaker met the Pope and Carole King.';
    const spans = trimSpans(text, [
      span(text, 'Speaker', 'person'),
      span(text, 'Commons Speaker', 'person'),
      span(text, 'Pope', 'person'),
      span(text, 'Carole King', 'person'),
    ]);
    expect(shown(spans)).toEqual([
      ['person', 'Pope'],
      ['person', 'Carole King'],
    ]);
  });

  it('drops a unit glued to a number and the acronym of a common noun', () => {
    const text = 'The Orvex board runs at 3GHz with 16GB of RAM; patients with PTSD wrote to Orvex.';
    const spans = trimSpans(text, [
      span(text, 'Orvex', 'organization'),
      span(text, 'GHz', 'organization'),
      span(text, 'GB', 'organization'),
      span(text, 'RAM', 'organization'),
      span(text, 'PTSD', 'organization'),
    ]);
    expect(shown(spans)).toEqual([['organization', 'Orvex']]);
  });

  it('joins a first name and a surname the tagger split around a lower-case particle', () => {
    const text = 'Reporter Luca di Sarno met Ada van Dijk in Paris la Nuit.';
    const spans = trimSpans(text, [
      span(text, 'Luca', 'person'),
      span(text, 'Sarno', 'person'),
      span(text, 'Ada van Dijk', 'person'),
      span(text, 'Paris', 'place'),
      span(text, 'Nuit', 'place'),
    ]);
    expect(shown(spans)).toEqual([
      ['person', 'Luca di Sarno'],
      ['person', 'Ada van Dijk'],
      ['place', 'Paris'],
      ['place', 'Nuit'],
    ]);
  });

  it('goes on to the second object of an organisation "of" two things, unless that one is a name of its own', () => {
    const text = 'The Department of Parks and Recreation and the Bank of Norland and Orvex agreed.';
    const spans = trimSpans(text, [
      span(text, 'Department of Parks', 'organization'),
      span(text, 'Bank of Norland', 'organization'),
      span(text, 'Orvex', 'organization'),
    ]);
    expect(shown(spans)).toEqual([
      ['organization', 'Department of Parks and Recreation'],
      ['organization', 'Bank of Norland'],
      ['organization', 'Orvex'],
    ]);
  });

  it('drops the names a credit gives, but not a name after a source in running text', () => {
    const text =
      'The ship sank. (Artist: Ana Gil and Tom Rudd)\nPhoto Credit : Orvex File Photo\nSources say Lea Moss will leave.';
    const spans = trimSpans(text, [
      span(text, 'Ana Gil', 'person'),
      span(text, 'Tom Rudd', 'person'),
      span(text, 'Orvex', 'organization'),
      span(text, 'Lea Moss', 'person'),
    ]);
    expect(shown(spans)).toEqual([['person', 'Lea Moss']]);
  });

  it('never takes a contracted pronoun for a name', () => {
    const text = '“I’m staying,” said Ana Gil. We’re not, said Orvex.';
    const spans = trimSpans(text, [
      span(text, 'I’m', 'organization'),
      span(text, 'Ana Gil', 'person'),
      span(text, 'We’re', 'person'),
      span(text, 'Orvex', 'organization'),
    ]);
    expect(shown(spans)).toEqual([
      ['person', 'Ana Gil'],
      ['organization', 'Orvex'],
    ]);
  });

  it('joins an institution the tagger cut at its "of"', () => {
    const text = 'She works at the Museum of Glass Art and the University of Norland.';
    const spans = trimSpans(text, [
      span(text, 'Museum', 'person'),
      span(text, 'Glass Art', 'place'),
      span(text, 'University', 'organization'),
      span(text, 'Norland', 'place'),
    ]);
    expect(shown(spans)).toEqual([
      ['place', 'Museum of Glass Art'],
      ['organization', 'University of Norland'],
    ]);
  });

  it('leaves a sentence’s "The" off a name everyone knows without it, but not off one it belongs to', () => {
    const text = 'The Pentagon said so. The Hague agreed.';
    const spans = trimSpans(text, [span(text, 'The Pentagon', 'person'), span(text, 'The Hague', 'place')]);
    expect(shown(spans)).toEqual([
      ['person', 'Pentagon'],
      ['place', 'The Hague'],
    ]);
  });

  it('reads a name written as its web address whole', () => {
    const text = 'Ana Gil told Newsline.info the camp was shut, and Newsline said so.';
    const spans = trimSpans(text, [span(text, 'Newsline', 'organization')]);
    expect(shown(spans)).toEqual([['organization', 'Newsline.info']]);
  });
});

describe('core/ner/span-bounds: names the tagger cut into pieces', () => {
  it('joins a person and the institute named after them into one organisation', () => {
    const text = 'She works at the Ana B. Gil Marine Biology Institute, near the port.';
    const spans = trimSpans(text, [
      span(text, 'Ana B. Gil', 'person'),
      span(text, 'Biology Institute', 'organization'),
    ]);
    expect(shown(spans)).toEqual([['organization', 'Ana B. Gil Marine Biology Institute']]);
  });

  it('carries a name on to the head word of an event that ends its run', () => {
    const text = 'At the Baltic Nations Ocean Summit, delegates met.';
    const spans = trimSpans(text, [span(text, 'Baltic Nations', 'organization')]);
    expect(shown(spans)).toEqual([['event', 'Baltic Nations Ocean Summit']]);
  });

  it('leaves a name alone when the run goes on past the head word', () => {
    const text = 'She won the Norland Film Academy Award for the role.';
    const spans = trimSpans(text, [span(text, 'Norland', 'place')]);
    expect(shown(spans)).toEqual([['place', 'Norland']]);
  });

  it('does not run a name across a sentence’s full stop', () => {
    const text = 'They flew to Norland. Eastport Institute staff met them.';
    const spans = trimSpans(text, [span(text, 'Norland', 'place')]);
    expect(shown(spans)).toEqual([['place', 'Norland']]);
  });

  it('joins a university and its campus after a comma', () => {
    const text = 'a chemist at the University of Norland, Eastport, said the test worked.';
    const spans = trimSpans(text, [
      span(text, 'University of Norland', 'organization'),
      span(text, 'Eastport', 'place'),
    ]);
    expect(shown(spans)).toEqual([['organization', 'University of Norland, Eastport']]);
  });
});

describe('core/ner/span-bounds: products are not their makers', () => {
  it('drops a maker whose name runs through a model into a computer part', () => {
    const text = 'The rig has an Orvex Zephyr 9 GPU, a Kestrel X5 CPU and a Talon Vega GPU.';
    const spans = trimSpans(text, [
      span(text, 'Orvex Zephyr', 'organization'),
      span(text, 'Kestrel', 'organization'),
      span(text, 'Talon Vega GPU', 'organization'),
    ]);
    expect(shown(spans)).toEqual([]);
  });

  it('keeps a maker named before a bare part, or on its own', () => {
    const text = 'Orvex said its Orvex GPU sales doubled.';
    const spans = trimSpans(text, [
      { ...span(text, 'Orvex', 'organization') },
      {
        start: text.indexOf('Orvex GPU'),
        end: text.indexOf('Orvex GPU') + 5,
        text: 'Orvex',
        type: 'organization',
      },
    ]);
    expect(shown(spans)).toEqual([
      ['organization', 'Orvex'],
      ['organization', 'Orvex'],
    ]);
  });

  it('drops a name a trademark sign marks, and the product named right after it', () => {
    const text = 'Stir in a jar of Meadow Gold® Clover Honey Squeeze Bottle and some Brightline™ oats.';
    const spans = trimSpans(text, [
      span(text, 'Meadow Gold', 'organization'),
      span(text, 'Clover Honey Squeeze Bottle', 'organization'),
      span(text, 'Brightline', 'organization'),
    ]);
    expect(shown(spans)).toEqual([]);
  });
});

describe('core/ner name pairs the tagger reads as one', () => {
  it('splits two places joined by a hyphen, but not a region the lists know whole', () => {
    const found = entities(
      'The Moscow-Beijing talks ended; trade across the Asia-Pacific grew, and Guinea-Bissau voted.',
    );
    expect(found).toContainEqual(['place', 'Moscow']);
    expect(found).toContainEqual(['place', 'Beijing']);
    expect(found.map(([, n]) => n)).not.toContain('Pacific');
    expect(found.map(([, n]) => n)).not.toContain('Bissau');
  });

  it('splits two people joined by a hyphen when the article names each on their own', () => {
    const found = entities(
      'The club traded Ada Lind-Tom Moreau for cash. Later Ada Lind scored twice and Tom Moreau left the club.',
    );
    expect(found).toEqual([
      ['person', 'Ada Lind'],
      ['person', 'Tom Moreau'],
    ]);
  });

  it('splits two organisations joined by "and", but keeps a name with "and" inside that the lists know', () => {
    const found = entities('Nintendo and Apple said on Monday that sales rose in Trinidad and Tobago.');
    expect(found).toEqual([
      ['organization', 'Nintendo'],
      ['organization', 'Apple'],
      ['place', 'Trinidad and Tobago'],
    ]);
  });

  it('keeps a hyphenated first name whole', () => {
    const found = entities('Singer Rose-Anne Pell arrived in Glasgow on Monday, and Pell sang.');
    expect(found).toContainEqual(['person', 'Rose-Anne Pell']);
  });

  it('reads a place before a party named by its members as the place and the party', () => {
    const found = entities('Ohio Democrats won the vote, and Texas Republicans lost it.');
    expect(found).toEqual([
      ['place', 'Ohio'],
      ['organization', 'Democrats'],
      ['place', 'Texas'],
      ['organization', 'Republicans'],
    ]);
  });

  it('ends a sentence after a letter the next sentence follows, not inside an initial', () => {
    const found = entities(
      'The lab simply called it Q. When it grew, John T. Vell said the lab would close.',
    );
    expect(found).toEqual([['person', 'John T. Vell']]);
  });
});

describe('core/ner names the tagger cannot see as written', () => {
  it('finds a place or an organisation the lists know inside a compound with a lower-case word', () => {
    const found = entities('A Pakistan-based developer and a Hong Kong-born banker met Ana Gil on Monday.');
    expect(found).toContainEqual(['place', 'Pakistan']);
    expect(found).toContainEqual(['place', 'Hong Kong']);
    expect(found.map(([, n]) => n)).not.toContain('Kong');
  });

  it('finds a dateline in capitals opening a block', () => {
    const found = entities('OSLO — The harbour board said on Monday that Ana Gil would lead it.');
    expect(found).toContainEqual(['place', 'OSLO']);
  });

  it('finds an organisation and planets everyone knows wherever they are written', () => {
    const found = entities(
      'Ana Gil posted on Twitter last month. A map of Saturn’s moon Titan shows Mercury too.',
    );
    expect(found).toContainEqual(['organization', 'Twitter']);
    expect(found).toContainEqual(['place', 'Saturn']);
    expect(found).toContainEqual(['place', 'Mercury']);
  });
});
