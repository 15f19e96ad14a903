/**
 * The trained tagger as a `Recognizer` over article text: tokenise with offsets, tag the whole
 * article as one document, then map CoNLL types to Backstory's (PER → person, ORG → organization,
 * LOC → place, MISC → event when it names one, else dropped).
 */
import type { EntityType, RecognizedSpan, Recognizer } from '../../types';
import type { NerModel } from './model';
import { headWords, headWordsOfKind, lowerCase, lowerCaseHeadWords } from '../head-words';
import { HOLIDAYS, PARTY_NAMES } from '../lexicon';
import { isHeadline } from './features';
import { findHiddenNamesSteps } from './hidden-names';
import { splitNamePairs } from './name-pairs';
import { possessiveNames, shapeSpan, type ShapeContext } from './span-shape';
import type { NerType } from './tags';
import { tagDocumentSpansSteps } from './tagger';
import { normalizeToken, tokenizeTextSteps, type Token } from './tokenizer';
import { pacer, runToEnd, type Steps } from '../../steps';

/**
 * Last words that make a MISC name of two words or more an event ("the World Cup", "the Korean War"):
 * every event head word, those that also name an organisation too ("Congress"), since the tagger has
 * already said the name is none. A head word alone is no name ("War", "Summit").
 */
const EVENT_HEADS = lowerCase(headWords('event'));
/** Names that are events by themselves. */
const KNOWN_EVENTS = new Set(
  'brexit holocaust watergate olympics paralympics euro ramadan christmas easter hanukkah diwali eid thanksgiving'.split(
    ' ',
  ),
);
/** Common nouns that turn a preceding name into an event name when written after "the". */
const EVENT_NOUNS = new Set(
  'summit conference war election referendum olympics games cup crisis talks'.split(' '),
);

/** Last words that make a MISC name a place: "the Korean Peninsula", "the South China Sea": every place head word. */
const PLACE_HEADS = lowerCase(headWords('place'));

/**
 * Last words that make a MISC name an organisation ("Marvel Entertainment", "Orrin Records"): CoNLL calls a
 * company named by its trade MISC when it reads like a brand; every head word of one kind.
 */
const ORG_HEADS = lowerCase(headWordsOfKind('organization'));

/** Adjectives of nationality ("Russian", "North Korean") are never places, whatever the tagger says. */
const DEMONYM = /(?:ian|ean|ese|ish|ic|can|i)$/;

const PRODUCT_TYPES: Record<Exclude<NerType, 'MISC'>, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};

/**
 * Event heads safe to trust even when the tagger called the name a place or an organisation
 * ("the Oslo Boat Show", "the 1962 Harbour Fair"); "Congress" or "Games" would not be.
 */
const STRONG_EVENT_HEADS = lowerCaseHeadWords('event', 'over-tagger');

function isEventName(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // "Games" names an event only in sport ("the Commonwealth Games"), not in "Epic Games".
  if (last === 'games')
    return words.some((w) => /^(?:olympic|paralympic|commonwealth|asian|pan|winter|summer|youth)/i.test(w));
  return (
    (words.length > 1 && EVENT_HEADS.has(last)) ||
    (words.length === 1 && KNOWN_EVENTS.has(last)) ||
    HOLIDAYS.has(words.join(' '))
  );
}

/**
 * Named days and feasts the tagger leaves out ("fish for Easter", "before Election Day"): events by the
 * guidelines. A one-word feast opening a sentence is not taken ("Lent to …").
 */
function holidays(words: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length && HOLIDAYS.has(`${words[i]} ${words[i + 1]}`)) found.push([i, ++i + 1]);
    else if (i > 0 && HOLIDAYS.has(words[i] as string)) found.push([i, i + 1]);
  }
  return found;
}

/** Builds a `Recognizer` backed by a trained model. */
export function createModelRecognizer(model: NerModel): Recognizer {
  return {
    recognize: (text) => runToEnd(recognizeSteps(text)),
    recognizeSteps,
  };

  function* recognizeSteps(text: string): Steps<RecognizedSpan[]> {
    const sentences: Token[][] = yield* tokenizeTextSteps(text);
    const words = sentences.map((s) => s.map((t) => t.text));
    const spansBySentence = yield* tagDocumentSpansSteps(model, words);
    yield;
    const found: RecognizedSpan[] = [];
    const counts = new Map<string, number>();
    const owned = new Map<string, number>();
    for (const sentence of words)
      sentence.forEach((w, i) => {
        counts.set(w, (counts.get(w) ?? 0) + 1);
        if (/^['’]s$/.test(sentence[i + 1] ?? '')) owned.set(w, (owned.get(w) ?? 0) + 1);
      });
    const ownedOnly = (w: string): boolean => owned.get(w) === counts.get(w);
    const emit = (sentence: Token[], from: number, to: number, type: EntityType): void => {
      const start = (sentence[from] as Token).start;
      const end = (sentence[to - 1] as Token).end;
      found.push({ start, end, type, text: text.slice(start, end) });
    };
    const pause = pacer(SENTENCES_PER_STEP);
    for (const [s, spans] of spansBySentence.entries()) {
      if (pause()) yield;
      const sentence = sentences[s] as Token[];
      const normalized = sentence.map((t) => normalizeToken(t.text));
      const shape: ShapeContext = { gazetteer: model.gazetteer, headline: isHeadline(normalized), counts };
      const possessive = possessiveNames(normalized, model.gazetteer, ownedOnly);
      for (const p of possessive) emit(sentence, p.from, p.to, p.type);
      const taken = [...possessive, ...spans.map((sp) => ({ from: sp.start, to: sp.end }))];
      for (const [from, to] of holidays(normalized))
        if (!taken.some((t) => from < t.to && t.from < to)) emit(sentence, from, to, 'event');
      for (const span of spans) {
        if (possessive.some((p) => span.start < p.to && p.from < span.end)) continue;
        const spanWords = normalized.slice(span.start, span.end);
        const next = normalized[span.end]?.toLowerCase();
        const prev = normalized[span.start - 1]?.toLowerCase();
        // "the Singapore summit": the name and its event noun together name the event.
        if (prev === 'the' && next !== undefined && EVENT_NOUNS.has(next) && span.type !== 'PER') {
          emit(sentence, span.start, span.end + 1, 'event');
          continue;
        }
        const head = (spanWords[spanWords.length - 1] ?? '').toLowerCase();
        if (span.type !== 'PER' && spanWords.length > 1 && STRONG_EVENT_HEADS.has(head)) {
          emit(sentence, span.start, span.end, 'event');
          continue;
        }
        if (span.type === 'MISC') {
          // "Democrats", "Republican": CoNLL calls a party's members MISC; the guidelines, the party.
          if (spanWords.length === 1 && PARTY_NAMES.has(spanWords[0] as string))
            emit(sentence, span.start, span.end, 'organization');
          else if (isEventName(spanWords)) emit(sentence, span.start, span.end, 'event');
          else if (spanWords.length > 1 && ORG_HEADS.has(head))
            emit(sentence, span.start, span.end, 'organization');
          else if (
            spanWords.length > 1 &&
            PLACE_HEADS.has((spanWords[spanWords.length - 1] ?? '').toLowerCase())
          )
            emit(sentence, span.start, span.end, 'place');
          continue;
        }
        const lastWord = spanWords[spanWords.length - 1] ?? '';
        const followedByLowercase = next !== undefined && /^\p{Ll}/u.test(normalized[span.end] ?? '');
        if (
          span.type === 'LOC' &&
          DEMONYM.test(lastWord) &&
          followedByLowercase &&
          !model.gazetteer.entries.has(spanWords.join(' '))
        )
          continue;
        const kept = shapeSpan(normalized, span.start, span.end, span.type, shape);
        if (kept) emit(sentence, kept[0], kept[1], PRODUCT_TYPES[span.type]);
      }
    }
    yield;
    const withHidden = yield* findHiddenNamesSteps(text, found, model.gazetteer);
    yield;
    return splitNamePairs(withHidden, model.gazetteer);
  }
}

/** Sentences read between two chances to pause. */
const SENTENCES_PER_STEP = 64;
