/**
 * "the Harbin Vale hospital", "Orrin Bay police", "the Lark Street theater": a name the article only
 * ever writes before the same lower-case venue or force noun is that venue's or force's name, and the
 * noun belongs to it; the model, trained on newswire that capitalises such heads, stops before it and
 * leaves a name with nothing to be ("Harbin Vale" as a person).
 *
 * A name known on its own ("Washington police") stays as it is: there the place is the name.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';
import { HEAD_WORDS } from './head-words';
import type { KnownNames } from './other-kinds';

/** Lower-case heads that make a venue (a place) or a force (an organisation) of the name before them. */
const HEADS: ReadonlyMap<string, RecognizedSpan['type']> = new Map(
  HEAD_WORDS.filter((h) => h.roles.includes('venue')).map((h) => [h.word.toLowerCase(), h.type]),
);

/**
 * Words that may follow the head when it ends the name; any other lower-case word makes the head a
 * modifier of the noun after it ("a Forest Vale police sergeant"), where the name is the town's.
 */
const AFTER_HEAD = new Set(
  'on|in|at|of|for|to|from|by|with|near|and|or|but|after|before|where|when|which|who|that|said|says|say|was|is|has|had|have|were|are|will|would|could|told|added|confirmed'.split(
    '|',
  ),
);

/** The lower-case head right after a span (" hospital"), when it ends the name there, or undefined. */
function headAfter(text: string, span: RecognizedSpan): string | undefined {
  const m = /^ (\p{Ll}+)(?![\p{L}\d-])(?:[’']s)?( \p{Ll}+)?/u.exec(text.slice(span.end, span.end + 40));
  if (!m?.[1] || !HEADS.has(m[1])) return undefined;
  const next = m[2]?.trim();
  return next === undefined || AFTER_HEAD.has(next) ? m[1] : undefined;
}

export function withVenueNouns(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
): RecognizedSpan[] {
  return runToEnd(withVenueNounsSteps(text, spans, known));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `withVenueNouns` as steps (`core/steps.ts`): it reads after every name of the article, twice. */
export function* withVenueNounsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames,
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const headOf: (string | undefined)[] = [];
  // Every head each name is written with; a name also written without one keeps its own span.
  const heads = new Map<string, Set<string | undefined>>();
  for (const span of spans) {
    if (pause()) yield;
    const head = headAfter(text, span);
    headOf.push(head);
    const seen = heads.get(span.text) ?? new Set<string | undefined>();
    seen.add(head);
    heads.set(span.text, seen);
  }
  const out: RecognizedSpan[] = [];
  for (const [i, span] of spans.entries()) {
    if (pause()) yield;
    const seen = heads.get(span.text);
    const head = headOf[i];
    if (
      head === undefined ||
      seen?.size !== 1 ||
      known.place(span.text) ||
      known.organization(span.text) ||
      known.person(span.text)
    ) {
      out.push(span);
      continue;
    }
    const end = span.end + 1 + head.length;
    out.push({ ...span, end, text: text.slice(span.start, end), type: HEADS.get(head) ?? span.type });
  }
  return out;
}
