import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../../../src/core/ner/model/gazetteer';
import { findHiddenNames } from '../../../../../src/core/ner/model/hidden-names';

const found = (text: string): string[] =>
  findHiddenNames(text, [], buildGazetteer({})).map((s) => `${s.type} ${s.text}`);

describe('core/ner/model/hidden-names: known names the tagger left out', () => {
  it('finds a known organisation standing alone, mid-sentence or opening one', () => {
    expect(found('The mayor turned to Twitter after the vote.')).toEqual(['organization Twitter']);
    expect(found('Twitter said the post broke no rule.')).toEqual(['organization Twitter']);
  });

  it('leaves a known name alone when a capitalised word follows it: a longer name or a product', () => {
    expect(found('The lab runs on Google Cloud Vault servers.')).toEqual([]);
    expect(found('She read the Twitter Ledger papers twice.')).toEqual([]);
  });

  it('leaves a known name alone when a capitalised word mid-sentence stands before it', () => {
    expect(found('The team ported it to Orvex Twitter last year.')).toEqual([]);
  });
});
