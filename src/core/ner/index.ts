/**
 * The recogniser the product uses: the trained model when its weights are at hand, otherwise the
 * rule-based first recogniser. Callers load the model file (the background fetches it from the
 * extension, the CLI reads it from disk) and hand over the parsed JSON.
 */
import { runToEnd, type Steps } from '../steps';
import type { RecognizedSpan, Recognizer } from '../types';
import { dropFurnitureMentionsSteps } from './furniture-mentions';
import { dropHeadlineOnlyNamesSteps } from './headline-words';
import { spotLexiconNamesSteps } from './lexicon-spotter';
import { createModelRecognizer } from './model';
import { parseModelSteps } from './model/model';
import { knownNamesOf } from './model/known-names';
import { dropOtherKindsSteps, LEXICON_NAMES, type KnownNames } from './other-kinds';
import { completeNamesSteps, refineSpansSteps } from './refine-spans';
import { findRepeatedNamesSteps } from './repeated-names';
import { createRulesRecognizer } from './rules-recognizer';
import { trimSpansSteps } from './span-bounds';
import { correctTypesSteps } from './type-corrections';
import { dropCommonWordNamesSteps } from './common-word-names';
import { withGluedWordsSteps } from './glued-words';
import { withVenueNounsSteps } from './venue-nouns';
import { fixClosedClassNames } from './closed-class-names';
import { withAcronymMentions } from './acronym-mentions';

/**
 * @param modelJson the parsed `models/ner.json`, or undefined to use the rules.
 * @throws when `modelJson` is given but is not a model: a broken model file should be loud, not
 *   silently replaced by weaker rules.
 */
export function createRecognizer(modelJson?: unknown): Recognizer {
  return runToEnd(createRecognizerSteps(modelJson));
}

/**
 * `createRecognizer` as steps (`core/steps.ts`): reading the model is ~100 ms of work, which the
 * background does in slices so that other tabs are answered meanwhile.
 */
export function* createRecognizerSteps(modelJson?: unknown): Steps<Recognizer> {
  const model = modelJson === undefined ? undefined : yield* parseModelSteps(modelJson);
  const base = model ? createModelRecognizer(model) : createRulesRecognizer();
  const known = model ? knownNamesOf(model.gazetteer) : LEXICON_NAMES;
  function* recognizeSteps(text: string): Steps<RecognizedSpan[]> {
    const spans = base.recognizeSteps ? yield* base.recognizeSteps(text) : base.recognize(text);
    return yield* afterTaggingSteps(text, spans, known);
  }
  return { recognize: (text) => runToEnd(recognizeSteps(text)), recognizeSteps };
}

/**
 * The passes every recogniser's spans go through: spans trimmed and refined, lexicon names spotted,
 * types corrected, furniture dropped, repeated names found, other kinds dropped.
 */
export function* afterTaggingSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): Steps<RecognizedSpan[]> {
  // Each pass after tagging reads the whole article (hundreds of ms each on a 200,000-word one, in a
  // busy background): a pause between every two, and inside each every few hundred names, so other
  // tabs are answered in between.
  yield;
  const trimmed = yield* withGluedWordsSteps(text, yield* trimSpansSteps(text, spans));
  yield;
  const refinedSpans = yield* refineSpansSteps(text, trimmed);
  yield;
  const refined = yield* dropHeadlineOnlyNamesSteps(text, refinedSpans);
  yield;
  // Types are read with every name in view (a credit's "Lumen Weekly" says what "Lumen" is);
  // furniture mentions and other kinds are dropped after.
  const spotted = yield* spotLexiconNamesSteps(text, refined, known);
  yield;
  const typed = yield* correctTypesSteps(text, spotted, known);
  yield;
  // A name the article keeps writing is found at all its mentions (document-level consistency), with
  // the corrected type of its story mentions: after the furniture's mentions are gone.
  const story = yield* withVenueNounsSteps(text, yield* dropFurnitureMentionsSteps(text, typed), known);
  yield;
  // Mentions the repeated names add can be the full form of a name the model cut: complete again.
  // An organisation's initials ("PG&E" after "Pacific Gas & Electric Co.") are found at their mentions too.
  const found = withAcronymMentions(text, yield* findRepeatedNamesSteps(text, story, known), known);
  const repeated = yield* completeNamesSteps(text, found, { typeOfFull: true });
  yield;
  // The names found at their repeats are evidence too ("Brantik and Pellmore Technologies" when the
  // tagger saw neither company): the list and short-form rules are read again with them in view.
  const retyped = yield* correctTypesSteps(text, repeated, known);
  yield;
  const kinds = yield* dropOtherKindsSteps(text, retyped, known);
  yield;
  const named = yield* dropCommonWordNamesSteps(text, kinds, known);
  yield;
  // Last, so a sentence-opening "He" any pass found is read as the pronoun it is.
  return fixClosedClassNames(text, named);
}
