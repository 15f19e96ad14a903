/**
 * The causes of wrong highlights found on real pages, each with a sentence written for this spec
 * (invented names, no page text): datelines, headline words, capitalised labels, products, work
 * titles, laws, brands used as actors, planets and buildings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import type { Entity } from '../../../../src/core/types';
import { loadProductRecognizer } from '../product-recognizer';

const recognizer = loadProductRecognizer();
const entitiesOf = (text: string): Entity[] => analyzeText({ text }, recognizer).entities;
const shown = (text: string): [string, string][] => entitiesOf(text).map((e) => [e.type, e.name]);
const names = (text: string): string[] => entitiesOf(text).flatMap((e) => e.aliases);

describe('core/ner on the causes found on real pages', () => {
  it('keeps a dateline’s place and drops the agency in brackets before the dash', () => {
    const found = shown(
      'PORT ELWIN, Norland (AP) — The mayor of Port Elwin, Anna Keller, said on Tuesday that the bridge would open in spring.',
    );
    expect(found).toContainEqual(['place', 'Port Elwin']);
    expect(found).toContainEqual(['place', 'Norland']);
    expect(found.map(([, n]) => n)).not.toContain('AP');
  });

  it('does not glue a Title Case headline’s common words to a name', () => {
    const all = names(
      'Keller Picks Former Rival As Deputy Mayor\n\nAnna Keller named Tom Varga as her deputy on Monday.',
    );
    expect(all).toContain('Keller');
    expect(all.filter((n) => /Picks|Rival|Mayor/.test(n))).toEqual([]);
  });

  it('never shows a capitalised common word or a label in capitals as a name', () => {
    const all = names(
      'Anna Keller said the Museum was closed on Monday. SUBSCRIBE to read more about Keller and the council.',
    );
    expect(all).toContain('Anna Keller');
    expect(all).not.toContain('Museum');
    expect(all).not.toContain('SUBSCRIBE');
  });

  it('leaves products and models unhighlighted, as it leaves works and laws', () => {
    const all = names(
      'The new MacBook Pro and the Xbox One S went on sale in Port Elwin, where Anna Keller bought a Quest Pro.',
    );
    expect(all).toContain('Anna Keller');
    expect(all.filter((n) => /Pro|Xbox|One S/.test(n))).toEqual([]);
  });

  it('never shows the title of a work as a person', () => {
    const found = shown(
      'The teacher showed Return of the Jedi to the class, and Anna Keller watched it twice.',
    );
    expect(found).toContainEqual(['person', 'Anna Keller']);
    expect(found.map(([, n]) => n)).not.toContain('Return of the Jedi');
  });

  it('keeps "the Data Retention Bill" away from Bill Shorten and from being a person', () => {
    const found = shown(
      'The council voted for the Data Retention Bill on Monday. Bill Shorten opposed the Data Retention Bill, and Shorten said so.',
    );
    expect(found).toEqual([['person', 'Bill Shorten']]);
  });

  it('takes a brand the article treats as a company for an organisation', () => {
    const found = shown(
      "Zorbly said that Zorbly's app would close. Zorbly and Lyft both raised prices. Zorbly CEO Dana Mill said so.",
    );
    expect(found).toContainEqual(['organization', 'Zorbly']);
    expect(found).toContainEqual(['person', 'Dana Mill']);
  });

  it('takes a company suffix into the name and types it an organisation', () => {
    const found = shown(
      'Acme Motor Co. said its profits rose. Acme Motor employs 3,000 people in Port Elwin.',
    );
    expect(found).toContainEqual(['organization', 'Acme Motor Co.']);
  });

  it('keeps a surname the article gives in full a person, whatever follows it', () => {
    const found = shown('Dana Mill spoke first. The chairman thanked Mill, which surprised the room.');
    expect(found).toEqual([['person', 'Dana Mill']]);
  });

  it('calls planets, moons and the White House places', () => {
    const found = shown(
      'Anna Keller said the probe would pass Jupiter before reaching Ganymede. The White House said it would watch.',
    );
    expect(found).toContainEqual(['place', 'Ganymede']);
    expect(found).toContainEqual(['place', 'White House']);
  });

  it('reads a name with a possessive inside as one name, typed by its head word', () => {
    const found = shown(
      'The boat left Sailmaker’s Wharf on Friday, loaded for Grandfather’s Day, after Anna Keller stocked up at Tilly’s Club in Norland.',
    );
    expect(found).toContainEqual(['place', "Sailmaker's Wharf"]);
    expect(found).toContainEqual(['event', "Grandfather's Day"]);
    expect(found).toContainEqual(['organization', "Tilly's Club"]);
    expect(found.map(([, n]) => n)).not.toContain('Tilly');
  });

  it('keeps an owner the article names on its own apart from what follows its possessive', () => {
    const all = names('Anna Varga wrote a book on bridges. Then Varga’s Bridges became a film in Norland.');
    expect(all).toContain('Anna Varga');
    expect(all.filter((n) => n.includes('Bridges'))).toEqual([]);
  });

  it('shows a party named by its members as an organisation, and a feast day as an event', () => {
    const found = shown(
      'In Norland, Democrats won two seats from the Republican incumbents before Easter, and counted again on Election Day.',
    );
    expect(found).toContainEqual(['organization', 'Democrats']);
    expect(found).toContainEqual(['organization', 'Republicans']);
    expect(found).toContainEqual(['event', 'Easter']);
    expect(found).toContainEqual(['event', 'Election Day']);
  });

  it('shows the feasts of the larger religions and the calendar’s public holidays as events', () => {
    const found = shown('The market in Norland closed for Yom Kippur and opened again before Juneteenth.');
    expect(found).toContainEqual(['event', 'Yom Kippur']);
    expect(found).toContainEqual(['event', 'Juneteenth']);
  });
});
