/**
 * Lists of names and the kind the article gives them: "companies such as Uber and Lyft", "worlds like
 * Aether and Elysia", "games like Forza and Halo". The plural noun before "such as", "like" or
 * "including" says what every name of the list that follows is.
 */
import type { EntityType, RecognizedSpan } from '../types';

export type ListKind = EntityType | 'other';

const KIND_OF_PLURAL = new Map<string, ListKind>();
const add = (kind: ListKind, nouns: string): void => {
  for (const noun of nouns.split('|')) KIND_OF_PLURAL.set(noun, kind);
};
add(
  'organization',
  'companies|firms|startups|start-ups|brands|banks|lenders|retailers|carriers|airlines|automakers|carmakers|publishers|outlets|publications|newspapers|broadcasters|networks|agencies|organizations|organisations|charities|groups|parties|teams|clubs|universities|colleges|platforms|manufacturers|suppliers|rivals|competitors|giants',
);
add(
  'place',
  'cities|countries|nations|states|towns|villages|regions|provinces|places|destinations|planets|worlds|moons|islands|neighborhoods|neighbourhoods|capitals',
);
add(
  'person',
  'people|leaders|politicians|stars|actors|actresses|players|figures|celebrities|artists|musicians|athletes',
);
add(
  'other',
  'games|films|movies|shows|series|books|novels|songs|albums|titles|products|devices|phones|cars|models|languages',
);

/** Names joined by commas, "and", "or" or "&". */
const COORDINATION = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/;
const LIST_OPENER = /(?<!\p{L})(\p{L}+)\s+(?:such as|like|including)\s+$/u;

/** Runs of names joined by commas, "and", "or" or "&", in text order; a lone name is a run of one. */
export function coordinatedRuns(text: string, ordered: readonly RecognizedSpan[]): RecognizedSpan[][] {
  const runs: RecognizedSpan[][] = [];
  let run: RecognizedSpan[] = [];
  ordered.forEach((span, i) => {
    const prev = ordered[i - 1];
    if (prev && COORDINATION.test(text.slice(prev.end, span.start))) run.push(span);
    else {
      if (run.length > 0) runs.push(run);
      run = [span];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The kind each listed name is given by the plural noun that opens its list. */
export function listKinds(text: string, spans: readonly RecognizedSpan[]): Map<RecognizedSpan, ListKind> {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const kinds = new Map<RecognizedSpan, ListKind>();
  for (const run of coordinatedRuns(text, ordered)) {
    const first = run[0] as RecognizedSpan;
    const noun = LIST_OPENER.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[1];
    const kind = noun === undefined ? undefined : KIND_OF_PLURAL.get(noun.toLowerCase());
    if (kind) for (const span of run) kinds.set(span, kind);
  }
  return kinds;
}
