/**
 * The pipeline, the same in the extension's background and in the CLI: recognise names, group them
 * into entities, read what the article says about each, resolve dates against the publication date,
 * and build the story's timeline.
 */
import { findDatesSteps, toTimelineDate } from './dates';
import { referenceDay } from './dates/reference-date';
import { describeEntitiesSteps } from './entities/descriptions';
import { findEventNouns } from './entities/events';
import { groupMentionsSteps } from './entities/group';
import { plain, slug } from './entities/names';
import { articleLanguage } from './page/language';
import { runToEnd, type Steps } from './steps';
import { recognizeOnPageSteps } from './text/recognizer-text';
import { sentenceAt, splitSentencesSteps } from './text/sentences';
import { buildTimelineSteps } from './timeline/build-timeline';
import { overlapsAnyOf } from './text/span-reach';
import type { Analysis, Entity, PublishedDate, RecognizedSpan, Recognizer, Span } from './types';

export interface ArticleInput {
  /** The article's text, blocks separated by blank lines. */
  text: string;
  published?: PublishedDate;
  url?: string;
  title?: string;
  site?: string;
  /** The language the page declares (`<html lang>`, `og:locale`), as a primary subtag. */
  lang?: string;
}

/** Analyse one article. Pure: the same input gives the same output in every environment. */
export function analyzeText(input: ArticleInput, recognizer: Recognizer): Analysis {
  return runToEnd(analyzeSteps(input, recognizer));
}

/**
 * `analyzeText` as steps (`core/steps.ts`): the same analysis, pausing between pieces of work of a
 * few milliseconds, so a caller can read a 200,000-word article and still answer other requests in
 * between. Run to its end, it gives exactly what `analyzeText` gives; `elapsedMs` counts the pauses.
 */
export function* analyzeSteps(input: ArticleInput, recognizer: Recognizer): Steps<Analysis> {
  const started = now();
  const { text } = input;
  const language = articleLanguage(text, input.lang);
  const page = {
    ...(input.url ? { url: input.url } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.site ? { site: input.site } : {}),
    ...(input.published ? { published: input.published } : {}),
    textLength: text.length,
    language,
  };
  // An English model on another language highlights capitalised words at random: say "not yet" instead.
  if (!language.read) return { ...page, entities: [], timeline: [], elapsedMs: elapsedSince(started) };
  yield;
  const sentences = yield* splitSentencesSteps(text);
  yield;
  // The recogniser reads the text cleaned of soft hyphens and in-paragraph line breaks; offsets stay the page's.
  const spans = yield* recognizeOnPageSteps(recognizer, text);

  const entities = yield* groupMentionsSteps(spans);
  yield;
  const events = eventEntities(text, spans, entities);
  entities.push(...events);
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  yield;

  const { descriptions, bridges } = yield* describeEntitiesSteps(text, sentences, entities);
  yield;
  for (const e of entities) {
    e.descriptions = descriptions.get(e.id) ?? [];
    e.firstContext = plain(sentenceAt(sentences, e.mentions[0]!.start)?.text ?? '');
  }

  // Relative dates are read from the day the text speaks from: publication, or a same-week update.
  const dct = referenceDay(input.published, text);
  yield;
  const dates = dct ? yield* findDatesSteps(text, dct) : [];
  yield;
  const central = centralEvent(events);
  const timeline = yield* buildTimelineSteps({
    text,
    sentences,
    dates,
    entities,
    bridges,
    dct,
    centralEntityId: central?.id,
    toTimelineDate,
  });

  return { ...page, entities, timeline, elapsedMs: elapsedSince(started) };
}

/** Event nouns the article anchors ("the June 12 summit in Singapore"), as entities, where they overlap no name. */
function eventEntities(
  text: string,
  spans: readonly RecognizedSpan[],
  entities: readonly Entity[],
): Entity[] {
  const places = spans.filter((s) => s.type === 'place');
  const overlaps = overlapsAnyOf(spans);
  const taken = (s: Span): boolean => overlaps(s.start, s.end);
  return findEventNouns(text, places)
    .filter(
      (ev) => !entities.some((e) => e.type === 'event' && e.name.toLowerCase() === ev.name.toLowerCase()),
    )
    .map((ev) => {
      const mentions = ev.mentions
        .filter((m) => !taken(m))
        .map(({ start, end, text: t }) => ({ start, end, text: t }));
      return {
        id: `event-${slug(ev.name)}`,
        type: 'event' as const,
        name: ev.name,
        aliases: [ev.name, ...new Set(mentions.map((m) => m.text))],
        mentions,
        descriptions: [],
        firstContext: '',
      };
    })
    .filter((e) => e.mentions.length > 0);
}

/** The event the story turns on: the most-mentioned event. */
function centralEvent(events: readonly Entity[]): Entity | undefined {
  return [...events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

const elapsedSince = (started: number): number => Math.round((now() - started) * 10) / 10;
const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
