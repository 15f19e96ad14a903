/**
 * The trained on-device entity recogniser: an averaged perceptron over IOB2 tags with Viterbi
 * decoding, trained on CoNLL-2003 and GUM (see models/README.md). Pure: no file or network access;
 * the caller loads the model file and hands its JSON to `parseModel`.
 */
export { parseModel, serializeModel, type NerModel, type NerModelFile } from './model';
export { createModelRecognizer } from './recognizer';
export { tagTokens, tagDocumentSpans } from './tagger';
export { tokenizeText, type Token } from './tokenizer';
export { NER_TYPES, TAGS, iob1ToIob2, tagsToSpans, spansToTags, type NerType, type TokenSpan } from './tags';
