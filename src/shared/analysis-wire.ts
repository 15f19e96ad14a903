/**
 * The analysis as the background sends it to the content script. Most of an analysis is its mentions,
 * tens of thousands on a long article, each `{ start, end, text }`; the content script sent the text
 * and still has it, so a mention travels as its two offsets only, and its text is read back from the
 * page's text. On a 200,000-word article this takes the answer from megabytes of objects to a flat
 * list of numbers per entity, which the page's main thread decodes in a fraction of the time.
 */
import type { Analysis, Entity, Mention } from '../core/types';

/** An entity with its mentions as offsets: `[start, end, start, end, …]`, in text order. */
export interface WireEntity extends Omit<Entity, 'mentions'> {
  spans: number[];
}

/** An `Analysis` whose entities are `WireEntity`s. */
export interface WireAnalysis extends Omit<Analysis, 'entities'> {
  entities: WireEntity[];
}

/** The analysis for the wire: each mention's text dropped, its offsets kept. */
export function toWire(analysis: Analysis): WireAnalysis {
  return {
    ...analysis,
    entities: analysis.entities.map(({ mentions, ...entity }) => {
      const spans = new Array<number>(mentions.length * 2);
      mentions.forEach((m, i) => {
        spans[2 * i] = m.start;
        spans[2 * i + 1] = m.end;
      });
      return { ...entity, spans };
    }),
  };
}

/**
 * The analysis back from the wire, each mention's text read from `text`, the text it was made from.
 * @throws when a span is not a pair of whole offsets inside `text` (the answer is not for this text).
 */
export function fromWire(wire: WireAnalysis, text: string): Analysis {
  return {
    ...wire,
    entities: wire.entities.map(({ spans, ...entity }) => {
      if (!Array.isArray(spans) || spans.length % 2 !== 0) throw new Error(`Bad spans for ${entity.id}`);
      const mentions: Mention[] = [];
      for (let i = 0; i < spans.length; i += 2) {
        const start = spans[i];
        const end = spans[i + 1];
        if (!isOffset(start) || !isOffset(end) || start >= end || end > text.length)
          throw new Error(`Bad span for ${entity.id}: ${String(start)}-${String(end)}`);
        mentions.push({ start, end, text: text.slice(start, end) });
      }
      return { ...entity, mentions };
    }),
  };
}

const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
