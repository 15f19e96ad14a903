/**
 * Product rules applied on top of any recogniser: a statistical model trained on 1996 newswire
 * still tags the "North" of "North Korean" as a place, or a photo agency credit ("Pool") as a name.
 * These corrections are about what a reader wants highlighted, so they live here, not in the model.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';
import { furthestEndBefore } from '../text/span-reach';
import { retypeByEvidenceSteps } from './org-evidence';
import { DEMONYMS, HOLIDAYS, KNOWN_ORGS, NEVER_ALONE, PARTY_NAMES, PLACES, SKY_PLACES } from './lexicon';
import { headWordsOfKind } from './head-words';

/** Last words that make a place of a name of two words or more ("Korean Peninsula", "Orrin Locks"). */
const PLACE_HEADS = headWordsOfKind('place');

/** "the Data Retention Bill", "the Clean Air Act": a law, `other` for a reader, never its words' owner. */
const LAW_AFTER = /^ (?:Bill|Act|Amendment)\b/;
const LAW_WORD = /^(?:Bill|Act|Amendment)$/;

/** "“Jesus … who is she?”": a holy name opening a quotation as an exclamation names nobody of the story. */
const EXCLAMATIONS = new Set(['Jesus', 'Christ', 'Jesus Christ', 'Lord', 'Gosh', 'Jeez']);
const OPENS_QUOTE = /[“"‘]\s*$/u;
const EXCLAIMED = /^\s*(?:…|\.\.\.|!|,)/u;
/** An office's title after an organisation's name, then the holder's name: "the X Trade Representative Ana Gil". */
const OFFICE_AFTER =
  /^ (?:Representative|Secretary|Minister|Commissioner|Ambassador|Envoy|Adviser|Advisor) \p{Lu}/u;

/**
 * "the Orvel State Attorney General is investigating": a state's legal office, named without its
 * holder, is an organisation; before a holder's name ("Orvel Attorney General Ana Gil") the place stays.
 */
const OFFICE_OF_STATE = /^ Attorney General(?![\p{L}])(?!(?:[’']s)? \p{Lu})/u;

export function refineSpans(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(refineSpansSteps(text, spans));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `refineSpans` as steps (`core/steps.ts`). */
export function* refineSpansSteps(text: string, spans: readonly RecognizedSpan[]): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const completed = yield* completeNamesSteps(text, spans);
  const retyped = yield* retypeByEvidenceSteps(text, completed);
  const out: RecognizedSpan[] = [];
  for (const span of retyped) {
    if (pause()) yield;
    const name = span.text.replace(/[’']s$/, '');
    if (LAW_AFTER.test(text.slice(span.end, span.end + 12))) continue;
    if (
      EXCLAMATIONS.has(name) &&
      OPENS_QUOTE.test(text.slice(Math.max(0, span.start - 2), span.start)) &&
      EXCLAIMED.test(text.slice(span.end, span.end + 4))
    )
      continue;
    // "the Orvel Trade Representative Ana Gil": the words before the office are its title's, not an
    // organisation; a known place opening them is still the place.
    const first = name.split(' ')[0] ?? '';
    const office = span.type === 'place' ? OFFICE_OF_STATE.exec(text.slice(span.end, span.end + 40)) : null;
    if (office) {
      const end = span.end + office[0].length;
      out.push({ ...span, end, text: text.slice(span.start, end), type: 'organization' });
      continue;
    }
    if (
      span.type === 'organization' &&
      first !== name &&
      OFFICE_AFTER.test(text.slice(span.end, span.end + 20))
    ) {
      if (PLACES.has(first))
        out.push({ ...span, end: span.start + first.length, text: first, type: 'place' });
      continue;
    }
    if (
      LAW_WORD.test(name) &&
      /\p{Lu}[\p{L}.’']* $/u.test(text.slice(Math.max(0, span.start - 30), span.start))
    )
      continue;
    // "SEOUL, South Korea (AP) —": the dateline's place stays, the agency in brackets before the dash goes.
    if (text[span.start - 1] === '(' && /^\)\s*[—–-]/.test(text.slice(span.end, span.end + 4))) continue;
    // "Return of the Jedi": a title with "the" inside is a work, not somebody's name.
    if (span.type === 'person' && / (?:of )?the /.test(name)) continue;
    if (PARTY_NAMES.has(name) || HOLIDAYS.has(name.replace(/'/g, '’'))) {
      out.push({ ...span, type: PARTY_NAMES.has(name) ? 'organization' : 'event' });
      continue;
    }
    if (DEMONYMS.has(name) || NEVER_ALONE.has(name)) continue;
    // Two capitals ("NR", "AP") are too ambiguous to highlight unless we know the name.
    if (/^\p{Lu}{2}$/u.test(name) && !KNOWN_ORGS.has(name) && !PLACES.has(name)) continue;
    // "the Koreas": the plural of a place is places.
    if (/s$/.test(name) && PLACES.has(name.slice(0, -1))) {
      out.push({ ...span, type: 'place' });
      continue;
    }
    // "Kirill Kudryavtsev/Pool", "Jane Doe/AP": a photo credit, not someone the story is about.
    if (
      /^\/\s?\p{Lu}/u.test(text.slice(span.end, span.end + 3)) ||
      /\p{L}\/\s?$/u.test(text.slice(Math.max(0, span.start - 3), span.start))
    )
      continue;
    // "North" + " Korean": part of a nationality, not a place.
    const next = /^[\s-]+(\p{L}+)/u.exec(text.slice(span.end, span.end + 30))?.[1];
    if (next && DEMONYMS.has(`${name} ${next}`)) continue;
    if (SKY_PLACES.has(name) && span.type !== 'place') {
      out.push({ ...span, type: 'place' });
      continue;
    }
    if (KNOWN_ORGS.has(name) && span.type !== 'organization') {
      out.push({ ...span, type: 'organization' });
      continue;
    }
    // "Korean Peninsula" is a place whatever the model thought; so is a known place taken for an organisation.
    const lastWord = name.split(' ').pop() ?? '';
    const placeLike =
      (name.includes(' ') && PLACE_HEADS.has(lastWord)) || (PLACES.has(name) && span.type === 'organization');
    if (placeLike && span.type !== 'place') {
      out.push({ ...span, type: 'place' });
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * A name the article writes in full elsewhere is the full name here too: a model can drop the first
 * word of a sentence ("“Kim Jong Un on his part…" comes back as "Jong Un"), and the words it dropped
 * stand right before the span.
 *
 * Run again once every mention is found (`typeOfFull`): a full name the model missed but the article's
 * repeated mentions supply completes its cut mentions too, which then take the full name's type
 * ("Old Mill" read as a person is the "Red Old Mill" organisation everywhere else).
 */
export function completeNames(
  text: string,
  spans: readonly RecognizedSpan[],
  options: { typeOfFull?: boolean } = {},
): RecognizedSpan[] {
  return runToEnd(completeNamesSteps(text, spans, options));
}

/** `completeNames` as steps (`core/steps.ts`). */
export function* completeNamesSteps(
  text: string,
  spans: readonly RecognizedSpan[],
  { typeOfFull = false }: { typeOfFull?: boolean } = {},
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const fullNames = [...new Set(spans.filter((s) => s.text.includes(' ')).map((s) => s.text))];
  const typeOf = new Map<string, RecognizedSpan['type']>();
  if (typeOfFull) for (const s of spans) if (!typeOf.has(s.text)) typeOf.set(s.text, s.type);
  const reachesBack = furthestEndBefore(spans);
  const completed: RecognizedSpan[] = [];
  const complete = (span: RecognizedSpan): RecognizedSpan => {
    const full = fullNames
      .filter((name) => name.length > span.text.length && name.endsWith(` ${span.text}`))
      .find(
        (name) =>
          text.slice(span.start - (name.length - span.text.length), span.start) ===
          name.slice(0, -span.text.length),
      );
    if (!full) return span;
    const start = span.start - (full.length - span.text.length);
    if (reachesBack(span.start) > start) return span;
    return { ...span, start, text: full, type: typeOf.get(full) ?? span.type };
  };
  yield;
  for (const span of spans) {
    if (pause()) yield;
    completed.push(complete(span));
  }
  return completed;
}
