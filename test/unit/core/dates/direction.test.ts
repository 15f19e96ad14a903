// Some sentences here are shortened from the TempEval-3 AQUAINT TimeML corpus (AP, NYT and Xinhua
// newswire, 1998–2000; released for research by the TimeML project), with their DCTs; the rest are ours.
import { describe, expect, it } from 'vitest';
import { directionAt, sentenceAround } from '../../../../src/core/dates/direction';

/** directionAt for the first occurrence of `phrase` in `text`. */
function directionOf(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  return directionAt(text, at, at + phrase.length);
}

describe('core/dates/direction directionAt', () => {
  it.each([
    ['The minister will visit North Korea on Thursday.', 'Thursday', 'future'],
    ["He'll be back on Monday.", 'Monday', 'future'],
    ['The ministry said in a statement on Wednesday.', 'Wednesday', 'past'],
    ['The vote will be held Thursday.', 'Thursday', 'future'],
    ['Talks are expected to resume Friday.', 'Friday', 'future'],
    ['The summit is set for June 12.', 'June 12', 'future'],
    ['The case is heard in May.', 'May', 'present'],
    ['Officials met on Tuesday.', 'Tuesday', 'past'],
    ['She has given them until Tuesday.', 'Tuesday', 'future'],
    ['Until Thursday, the police had not named the driver.', 'Thursday', 'past'],
    ['The group might come as soon as Tuesday.', 'Tuesday', 'future'],
    ['The premier says Monday that talks failed.', 'Monday', 'past'],
    ['He spoke to May on Tuesday.', 'Tuesday', 'past'],
    ['Nothing moved until officials said Friday that it failed.', 'Friday', 'past'],
    ['On Friday, the company reported a loss.', 'Friday', 'past'],
    ['He landed in Nairobi, the first city of his tour, Tuesday.', 'Tuesday', 'past'],
  ] as const)('"%s": %s is %s', (text, phrase, direction) => {
    expect(directionOf(text, phrase)).toBe(direction);
  });

  it.each([
    ['On Friday, the union agreed to return to work.', 'Friday', 'past'],
    ['On Monday, the council planned to reopen the road.', 'Monday', 'past'],
    ['Tuesday, the senator vowed to fight the bill.', 'Tuesday', 'past'],
    ['The union agreed to return to work on Friday.', 'Friday', 'future'],
    ['The council planned to reopen the road on Monday.', 'Monday', 'future'],
  ] as const)('a date before a plan made in the past: "%s": %s is %s', (text, phrase, direction) => {
    expect(directionOf(text, phrase)).toBe(direction);
  });

  it('says nothing when the sentence has no tense cue', () => {
    expect(directionOf('Friday: a roundup of the news.', 'Friday')).toBeUndefined();
  });

  it('reads only the sentence of the date, not the one before', () => {
    const text = 'He will speak later. Officials met on Tuesday.';
    expect(directionOf(text, 'Tuesday')).toBe('past');
  });
});

describe('core/dates/direction sentenceAround', () => {
  it.each([
    ['Mr. Smith arrived Monday. He left Tuesday.', 'Monday', 'Mr. Smith arrived Monday.'],
    ['The U.S. Embassy closed Friday. Staff left.', 'Friday', 'The U.S. Embassy closed Friday.'],
    ['It rained. On Aug. 7 the bombs exploded. Many died.', 'Aug. 7', 'On Aug. 7 the bombs exploded.'],
  ])('"%s" around %s is "%s"', (text, phrase, sentence) => {
    const at = text.indexOf(phrase);
    const span = sentenceAround(text, at, at + phrase.length);
    expect(text.slice(span.start, span.end)).toBe(sentence);
  });
});
