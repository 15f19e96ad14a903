/**
 * A part of an article analysed on its own: on a very long page, the part the reader sees is
 * analysed first, so its names are highlighted within a second, and the whole article's analysis
 * replaces it when it is done. The part's offsets count from the part; the page needs them in the
 * whole text's.
 */
import type { Analysis, Span } from './types';

const shifted = <S extends Span>(span: S, offset: number): S => ({
  ...span,
  start: span.start + offset,
  end: span.end + offset,
});

/**
 * The analysis of the text that starts at `offset` of a longer text, in the longer text's offsets,
 * marked `partial`. Everything else (names, descriptions, dates) is as the part alone says.
 */
export function asPartOfWhole(analysis: Analysis, offset: number): Analysis {
  return {
    ...analysis,
    partial: true,
    entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => shifted(m, offset)) })),
    timeline: analysis.timeline.map((t) => ({ ...t, span: shifted(t.span, offset) })),
  };
}
