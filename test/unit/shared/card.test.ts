import { describe, expect, it } from 'vitest';
import {
  isCandidateChoice,
  LOOK_UP_AGAIN,
  NO_ARTICLE,
  type CandidateChoice,
  type CardCandidate,
} from '../../../src/shared/card';

describe('shared/card candidate choices', () => {
  it.each([['Q42'], ['Q7325025'], [NO_ARTICLE], [LOOK_UP_AGAIN]])('takes %j for a choice', (value) => {
    expect(isCandidateChoice(value)).toBe(true);
  });

  it.each([
    ['q42'],
    ['Q'],
    ['Q42 '],
    ['P31'],
    ['None'],
    ['javascript:alert(1)'],
    [42],
    [null],
    [{ qid: 'Q42' }],
  ])('refuses %j, which may come from a page', (value) => {
    expect(isCandidateChoice(value)).toBe(false);
  });

  it('types a choice: a candidate’s id or one of the two words, nothing else', () => {
    const candidate: CardCandidate = { qid: 'Q42', label: 'Douglas Adams' };
    const choices: CandidateChoice[] = [candidate.qid, NO_ARTICLE, LOOK_UP_AGAIN];
    // @ts-expect-error a typo of NO_ARTICLE is caught by the compiler, not at run time
    const typo: CandidateChoice = 'None';
    expect(choices.every(isCandidateChoice)).toBe(true);
    expect(isCandidateChoice(typo)).toBe(false);
  });
});
