/**
 * Type corrections after tagging, from how a name is written and what stands around it. A tagger
 * trained on 1996 newswire takes an unknown one-word brand for a surname ("SoFi", "Postmates") and an
 * unknown place with an English head word for a company ("Ballard Locks"). Each rule here is about
 * the name's own form or its sentence, never about one page:
 *
 * - a name the hand-kept lists know, behind a leading "The" ("The Pentagon"), takes the lists' type;
 * - a one-word name written in inner capitals ("SoFi", "GrubHub") is a brand: an organisation, unless
 *   it is a name prefix ("McCain", "LeBron", "DeSantis") or a known person or place;
 * - a one-word name listed beside organisations ("Uber, Lyft or Postmates", "Wistron and Foxconn") is
 *   one too, unless the lists know it as a person or a place;
 * - the maker of a product the article names is an organisation ("Dolby" beside "Dolby Vision");
 * - a name ending in a place's head word ("Ballard Locks", "Inside Passage") or opening with one
 *   ("Boulevard Montmartre", "Lake Tahoe", "Fort Worth") is a place;
 * - an unknown name right before an event noun ("the Dreamforce conference", "the Black Death
 *   pandemic") is the event.
 */
import type { EntityType, RecognizedSpan } from '../types';
import { KNOWN_ORGS, ORG_HEADS, PLACES } from './lexicon';
import { bareName, LEXICON_NAMES, type KnownNames } from './other-kinds';
import { PRODUCTS } from './other-kinds-lexicon';

/** Last words of place names beyond the lexicon's ("Locks", "Passage", "Heights"). */
const PLACE_LAST = new Set(
  'Locks|Passage|Boulevard|Plaza|Heights|Falls|Canyon|Harbor|Harbour|Pier|Beach|Hills|Forest|Glacier|Reef|Trail|Highway|Road|Lane|Drive|Pass|Cove|Wharf|Marsh|Dam|Basin|Fjord|Sound|Peak|Volcano'.split(
    '|',
  ),
);
/** First words of place names ("Boulevard Montmartre", "Lake Tahoe", "Fort Worth"). */
const PLACE_FIRST = new Set('Boulevard|Rue|Avenue|Lake|Fort|Cape|Port|Isle|Mount|Mt.'.split('|'));
/** Event nouns that name the event before them when the name is no known company or place. */
const EVENT_AFTER =
  /^\s+(?:conference|convention|summit|festival|expo|pandemic|epidemic|scandal|hurricane|uprising)\b/;
/** Names written in inner capitals that are people's: "McCain", "MacArthur", "LeBron", "DeSantis", "DiCaprio". */
const NAME_PREFIX = /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O['’])\p{Lu}/u;
const INNER_CAPITALS = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const COORDINATION = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/;

export function correctTypes(
  text: string,
  spans: readonly RecognizedSpan[],
  known: KnownNames = LEXICON_NAMES,
): RecognizedSpan[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const makers = productMakers(ordered);
  const retyped = new Map<string, EntityType>();
  const fix = (span: RecognizedSpan): EntityType | undefined => {
    const name = bareName(span.text);
    const lexicon = lexiconType(span.text);
    if (lexicon) return lexicon;
    if (span.type === 'event') return undefined;
    const words = name.split(' ');
    const knownPersonOrPlace = known.person(name) || known.place(name);
    if (words.length === 1 && span.type !== 'organization' && !knownPersonOrPlace) {
      if (INNER_CAPITALS.test(name) && !NAME_PREFIX.test(name)) return 'organization';
      if (makers.has(name)) return 'organization';
    }
    if (words.length > 1 && span.type !== 'place' && !words.some((w) => ORG_HEADS.has(w))) {
      if (PLACE_LAST.has(words[words.length - 1] as string) || PLACE_FIRST.has(words[0] as string))
        return 'place';
    }
    if (
      span.type !== 'person' &&
      EVENT_AFTER.test(text.slice(span.end, span.end + 20)) &&
      !known.organization(name) &&
      !known.place(name)
    )
      return 'event';
    return undefined;
  };
  for (const span of ordered) {
    const type = fix(span);
    if (type && type !== span.type) retyped.set(bareName(span.text), type);
  }
  // Beside organisations in a list: after the rules above, so their organisations count. A surname of
  // someone the article names in full stays a person ("the FBI and Comey").
  const surnames = new Set(
    ordered
      .filter((s) => s.type === 'person' && s.text.includes(' '))
      .flatMap((s) => bareName(s.text).split(' ')),
  );
  ordered.forEach((span, i) => {
    const name = bareName(span.text);
    if (span.type === 'organization' || retyped.has(name) || name.includes(' ') || surnames.has(name)) return;
    if (span.type === 'event' || known.person(name) || known.place(name) || known.demonym(name)) return;
    const isOrg = (o: RecognizedSpan | undefined): boolean =>
      o !== undefined && (retyped.get(bareName(o.text)) ?? o.type) === 'organization';
    const prev = ordered[i - 1];
    const next = ordered[i + 1];
    const listedWith = (o: RecognizedSpan | undefined, gap: string): boolean =>
      isOrg(o) && COORDINATION.test(gap);
    if (
      (prev && listedWith(prev, text.slice(prev.end, span.start))) ||
      (next && listedWith(next, text.slice(span.end, next.start)))
    )
      retyped.set(name, 'organization');
  });
  return spans.map((span) => {
    const type = retyped.get(bareName(span.text));
    return type && type !== span.type ? { ...span, type } : span;
  });
}

/** "The Pentagon", "The Netherlands": the lexicon's type of the name behind a leading "The". */
function lexiconType(surface: string): EntityType | undefined {
  if (!/^The\s/.test(surface)) return undefined;
  const name = bareName(surface);
  if (KNOWN_ORGS.has(name)) return 'organization';
  if (PLACES.has(name)) return 'place';
  return undefined;
}

/** First words of the products the article names ("Dolby" of "Dolby Vision"): their makers. */
function productMakers(spans: readonly RecognizedSpan[]): Set<string> {
  const makers = new Set<string>();
  for (const s of spans) {
    const name = bareName(s.text);
    const words = name.split(' ');
    if (words.length > 1 && PRODUCTS.has(name) && !PRODUCTS.has(words[0] as string))
      makers.add(words[0] as string);
  }
  return makers;
}
