import { describe, expect, it, vi } from 'vitest';
import { createCardLookups } from '../../../src/content/card-lookups';
import type { CardState } from '../../../src/shared/card';

const NOT_FOUND: CardState = { status: 'not-found' };
const OFFLINE: CardState = { status: 'offline' };

function source(answers: Array<CardState | Error>) {
  const loadCard = vi.fn(async (_id: string): Promise<CardState> => {
    const next = answers.shift() ?? NOT_FOUND;
    if (next instanceof Error) throw next;
    return next;
  });
  const chooseCandidate = vi.fn(async (_id: string, _qid: string): Promise<CardState> => NOT_FOUND);
  return { loadCard, chooseCandidate };
}

describe('content/card-lookups', () => {
  it('asks the background once per entity while the answer is good', async () => {
    const background = source([NOT_FOUND]);
    const lookups = createCardLookups(background);
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
    expect(background.loadCard).toHaveBeenCalledTimes(1);
  });

  it('turns a background that cannot be reached into an error state, and asks again next time', async () => {
    const background = source([new Error('Could not establish connection'), NOT_FOUND]);
    const lookups = createCardLookups(background);
    expect(await lookups.card('e1')).toEqual({ status: 'error', message: 'Could not establish connection' });
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
  });

  it('asks again after an offline answer', async () => {
    const background = source([OFFLINE, NOT_FOUND]);
    const lookups = createCardLookups(background);
    expect(await lookups.card('e1')).toEqual(OFFLINE);
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
  });

  it('asks again after being cleared (the settings changed)', async () => {
    const background = source([NOT_FOUND, NOT_FOUND]);
    const lookups = createCardLookups(background);
    await lookups.card('e1');
    lookups.clear();
    await lookups.card('e1');
    expect(background.loadCard).toHaveBeenCalledTimes(2);
  });

  it("keeps the reader's choice as the entity's card", async () => {
    const background = source([OFFLINE]);
    const lookups = createCardLookups(background);
    expect(await lookups.choose('e1', 'Q2')).toEqual(NOT_FOUND);
    expect(background.chooseCandidate).toHaveBeenCalledWith('e1', 'Q2');
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
    expect(background.loadCard).not.toHaveBeenCalled();
  });

  it('asks again after a choice the background could not take', async () => {
    const background = source([NOT_FOUND]);
    background.chooseCandidate.mockRejectedValueOnce(new Error('Could not establish connection'));
    const lookups = createCardLookups(background);
    expect(await lookups.choose('e1', 'Q2')).toEqual({
      status: 'error',
      message: 'Could not establish connection',
    });
    expect(await lookups.card('e1')).toEqual(NOT_FOUND);
    expect(background.loadCard).toHaveBeenCalledTimes(1);
  });
});
