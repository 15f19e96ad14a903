/**
 * The recogniser's passes after tagging each read the whole article: on a 200,000-word one each took
 * hundreds of ms without a pause, and every other tab's message waited behind it. As steps
 * (`core/steps.ts`), each pauses every few hundred names, and gives what the one-shot pass gives.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../../src/core/ner';
import { dropCommonWordNames, dropCommonWordNamesSteps } from '../../../../src/core/ner/common-word-names';
import {
  dropFurnitureMentions,
  dropFurnitureMentionsSteps,
} from '../../../../src/core/ner/furniture-mentions';
import { withGluedWords, withGluedWordsSteps } from '../../../../src/core/ner/glued-words';
import { dropHeadlineOnlyNames, dropHeadlineOnlyNamesSteps } from '../../../../src/core/ner/headline-words';
import { listKinds, listKindsSteps } from '../../../../src/core/ner/kind-lists';
import { spotLexiconNames, spotLexiconNamesSteps } from '../../../../src/core/ner/lexicon-spotter';
import {
  dropOtherKinds,
  dropOtherKindsSteps,
  LEXICON_NAMES,
  type KnownNames,
} from '../../../../src/core/ner/other-kinds';
import { refineSpans, refineSpansSteps } from '../../../../src/core/ner/refine-spans';
import { findRepeatedNames, findRepeatedNamesSteps } from '../../../../src/core/ner/repeated-names';
import { trimSpans, trimSpansSteps } from '../../../../src/core/ner/span-bounds';
import { correctTypes, correctTypesSteps } from '../../../../src/core/ner/type-corrections';
import { withVenueNouns, withVenueNounsSteps } from '../../../../src/core/ner/venue-nouns';
import type { Steps } from '../../../../src/core/steps';
import type { RecognizedSpan } from '../../../../src/core/types';

const PEOPLE = ['Maria Okafor', 'Tomas Reyes', 'Ilse Brandt', 'Kofi Mensah', 'Aiko Tanaka'];
const PLACES = ['Port Elwin', 'Dunmore', 'Karsk', 'Velloria'];
const ORGS = ['the Coastal Shipping Union', 'Harbour Watch', 'the Elwin Ferry Company'];

/** A long article of our own: one paragraph, names varied, `copies` times, with a title-case heading now and then. */
function longArticle(copies: number): string {
  const blocks: string[] = [];
  for (let n = 0; n < copies; n++) {
    const person = PEOPLE[n % PEOPLE.length]!;
    const place = PLACES[n % PLACES.length]!;
    const org = ORGS[n % ORGS.length]!;
    if (n % 10 === 0) blocks.push(`How the Tide Turned Against the Old Quay, Part ${n / 10 + 1}`);
    blocks.push(
      `${person}, the harbour master of ${place}, met ${org} on Tuesday. ` +
        `${person.split(' ')[1]} said the union had asked the ${place} council for a new quay, ` +
        `and that ferries to Karsk and Velloria would wait until the work was done.`,
    );
  }
  return blocks.join('\n\n');
}

const TEXT = longArticle(800);
const SPANS = createRecognizer().recognize(TEXT);

/** Runs steps to their end: the result and how many times they paused. */
function run<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

type Pass = [
  string,
  (spans: readonly RecognizedSpan[]) => unknown,
  (spans: readonly RecognizedSpan[]) => Steps<unknown>,
];

const PASSES: Pass[] = [
  ['trimSpans', (s) => trimSpans(TEXT, s), (s) => trimSpansSteps(TEXT, s)],
  ['refineSpans', (s) => refineSpans(TEXT, s), (s) => refineSpansSteps(TEXT, s)],
  [
    'dropHeadlineOnlyNames',
    (s) => dropHeadlineOnlyNames(TEXT, s),
    (s) => dropHeadlineOnlyNamesSteps(TEXT, s),
  ],
  ['spotLexiconNames', (s) => spotLexiconNames(TEXT, s), (s) => spotLexiconNamesSteps(TEXT, s)],
  ['correctTypes', (s) => correctTypes(TEXT, s), (s) => correctTypesSteps(TEXT, s)],
  ['listKinds', (s) => listKinds(TEXT, s), (s) => listKindsSteps(TEXT, s)],
  [
    'dropFurnitureMentions',
    (s) => dropFurnitureMentions(TEXT, s),
    (s) => dropFurnitureMentionsSteps(TEXT, s),
  ],
  ['findRepeatedNames', (s) => findRepeatedNames(TEXT, s), (s) => findRepeatedNamesSteps(TEXT, s)],
  ['dropOtherKinds', (s) => dropOtherKinds(TEXT, s), (s) => dropOtherKindsSteps(TEXT, s)],
  ['withGluedWords', (s) => withGluedWords(TEXT, s), (s) => withGluedWordsSteps(TEXT, s)],
  [
    'withVenueNouns',
    (s) => withVenueNouns(TEXT, s, LEXICON_NAMES),
    (s) => withVenueNounsSteps(TEXT, s, LEXICON_NAMES),
  ],
  [
    'dropCommonWordNames',
    (s) => dropCommonWordNames(TEXT, s, LEXICON_NAMES),
    (s) => dropCommonWordNamesSteps(TEXT, s, LEXICON_NAMES),
  ],
];

describe('core/ner: each pass after tagging, as steps', () => {
  it('has an article long enough to need pauses', () => expect(SPANS.length).toBeGreaterThan(2000));

  it.each(PASSES)('%s gives the one-shot result', (_name, oneShot, steps) => {
    expect(run(steps(SPANS)).value).toEqual(oneShot(SPANS));
  });

  // The lexicon spotter pauses by the listed names it comes across, not by the tagger's names.
  it.each(PASSES.filter(([name]) => name !== 'spotLexiconNames'))(
    '%s pauses at least once every 512 names',
    (_name, _oneShot, steps) => {
      expect(run(steps(SPANS)).pauses).toBeGreaterThanOrEqual(Math.floor(SPANS.length / 512));
    },
  );
});

describe('core/ner: type corrections read every name five times, and pause in each reading', () => {
  it('pauses once every 256 names of each reading: product makers, short forms, stems, units, the verdicts', () => {
    expect(run(correctTypesSteps(TEXT, SPANS)).pauses).toBeGreaterThanOrEqual(
      5 * Math.floor(SPANS.length / 256),
    );
  });
});

describe('core/ner: the name lists are asked about a few hundred names between two pauses', () => {
  /** Name lists that count the questions asked since the last pause; `most` is the largest count. */
  function countingLists(): { known: KnownNames; pause(): void; most(): number } {
    let asked = 0;
    let most = 0;
    const counted =
      <A extends unknown[]>(f: (...a: A) => boolean) =>
      (...a: A): boolean => {
        most = Math.max(most, ++asked);
        return f(...a);
      };
    const known: KnownNames = {
      person: counted(LEXICON_NAMES.person),
      organization: counted(LEXICON_NAMES.organization),
      place: counted(LEXICON_NAMES.place),
      demonym: counted(LEXICON_NAMES.demonym),
      common: counted(LEXICON_NAMES.common),
    };
    return { known, pause: () => void (asked = 0), most: () => most };
  }

  it.each([
    ['correctTypes', correctTypesSteps],
    ['findRepeatedNames', findRepeatedNamesSteps],
    ['dropOtherKinds', dropOtherKindsSteps],
  ] as const)('%s', (_name, steps) => {
    const lists = countingLists();
    const stepper = steps(TEXT, SPANS, lists.known);
    let total = 0;
    for (let step = stepper.next(); !step.done; step = stepper.next()) lists.pause();
    total = lists.most();
    // Each name asks a handful of questions; a pass with no pauses asked about all of them at once.
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(256 * 12);
  });
});

describe('core/ner: the recogniser as steps on a long article', () => {
  it('pauses inside the passes after tagging, not only between them', () => {
    const recognizer = createRecognizer();
    const { value, pauses } = run(recognizer.recognizeSteps!(TEXT));
    // Eight passes, one pause before each, was all there was: each pass is now cut every few hundred names.
    expect(pauses).toBeGreaterThan(8 + 8 * Math.floor(SPANS.length / 512));
    expect(value).toEqual(SPANS);
  });
});
