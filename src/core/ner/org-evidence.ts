/**
 * Brands and companies used as actors are organisations, whatever a tagger trained on 1996 names
 * guessed: a one-word brand looks like a surname ("Uber said", "Fenwick"). The article itself says
 * which it is, and a person is rarely written the way a company is:
 *
 * - strong: a company suffix right after the name ("Halvorsen Co.", "Acme Inc."), which the span
 *   then takes in; "X, which …"; "the Xs" (a team: "the Comets");
 * - weak: "X's app / service / shares / customers / chief executive …"; "X CEO", "X Chief Executive";
 * - half: "X and Lyft", "Lyft and X" beside a name already taken for an organisation.
 *
 * A person name is retyped when its evidence adds up to 2, or to 1 for a one-word name (a name with a
 * first name needs more), unless it is the surname of a person the article names in full. Places only
 * take the company suffix ("Paris, which" is still Paris).
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';

const COMPANY_SUFFIX = /^,?\s+(?:Co|Corp|Inc|Ltd|LLC|PLC|plc|GmbH|AG)\b\.?/;
const WHICH = /^,?\s+which\b/;
const POSSESSIVE_COMPANY_NOUN =
  /^['’]s\s+(?:[$€£][\d.,]+[\w-]*\s+|new\s+|own\s+)?(?:apps?|services?|platform|shares|stock|customers|subscribers|employees|users|headquarters|website|products|streaming|revenue|profits?|earnings|board|chief executive|CEO|co-?founder)\b/i;
const ROLE_AFTER = /^\s+(?:CEO|CFO|COO|Chief Executive|chief executive|co-?founder)\b/;

export function retypeByEvidence(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(retypeByEvidenceSteps(text, spans));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 512;

/** `retypeByEvidence` as steps (`core/steps.ts`). */
export function* retypeByEvidenceSteps(
  text: string,
  spans: readonly RecognizedSpan[],
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const surface = (s: RecognizedSpan): string => s.text.replace(/['’]s$/, '');
  const score = new Map<string, number>();
  const add = (name: string, points: number): void => {
    score.set(name, (score.get(name) ?? 0) + points);
  };
  const extended = new Map<RecognizedSpan, number>();
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  for (const [i, span] of ordered.entries()) {
    if (pause()) yield;
    if (span.type === 'event') continue;
    const name = surface(span);
    const after = text.slice(span.end, span.end + 60);
    const suffix = COMPANY_SUFFIX.exec(after);
    if (suffix && !/^,/.test(suffix[0])) {
      extended.set(span, span.end + suffix[0].length);
      add(name, 2);
      continue;
    }
    // A place is written like a company too ("Paris, which …", "China's shares"): only the suffix counts.
    if (span.type === 'place') continue;
    if (WHICH.test(after)) add(name, 2);
    if (
      /s$/.test(name) &&
      !/ss$/.test(name) &&
      /\bthe\s+$/.test(text.slice(Math.max(0, span.start - 6), span.start))
    )
      add(name, 2);
    if (POSSESSIVE_COMPANY_NOUN.test(after) || ROLE_AFTER.test(after)) add(name, 1);
    const prev = ordered[i - 1];
    const next = ordered[i + 1];
    if (next?.type === 'organization' && /^\s+and\s+$/.test(text.slice(span.end, next.start))) add(name, 0.5);
    if (prev?.type === 'organization' && /^\s+and\s+$/.test(text.slice(prev.end, span.start))) add(name, 0.5);
  }
  yield;
  // "Okafor" after "Ruth Okafor": a surname, whatever "told Okafor, which …" seems to say.
  const surnames = lastWordsOf(
    spans.filter((s) => s.type === 'person' && s.text.includes(' ') && !extended.has(s)).map(surface),
  );
  const isOrg = (name: string): boolean => {
    if (surnames.has(name)) return false;
    const points = score.get(name) ?? 0;
    return points >= 2 || (points >= 1 && !name.includes(' '));
  };
  return spans.map((span) => {
    const end = extended.get(span);
    if (end !== undefined) return { ...span, end, text: text.slice(span.start, end), type: 'organization' };
    if (span.type === 'person' && isOrg(surface(span))) return { ...span, type: 'organization' };
    return span;
  });
}

/**
 * Every ending of these names that follows a space ("Jong Un" and "Un" of "Kim Jong Un"): a name in
 * the set is the end of a full name. One set, so a long article's names are not each compared with
 * every full name.
 */
function lastWordsOf(fullNames: readonly string[]): Set<string> {
  const endings = new Set<string>();
  for (const full of new Set(fullNames)) {
    for (let at = full.indexOf(' '); at !== -1; at = full.indexOf(' ', at + 1))
      endings.add(full.slice(at + 1));
  }
  return endings;
}
