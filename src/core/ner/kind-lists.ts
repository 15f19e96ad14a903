/**
 * The kind the article gives a name by a noun before it:
 * - lists: "companies such as Uber and Lyft", "worlds like Vesk and Oryn", "games like Skyreach and
 *   Pong", "races, such as the Vell and the Orun": the plural noun before "such as", "like" or
 *   "including" says what every name of the list that follows is;
 * - naming: "a startup called Zoomcart", "a mutagen called Vexium", "a race of mystics known as the
 *   Orun": the noun before "called", "named", "dubbed" or "known as" says what the name after it is;
 * - apposition: "Zoomcart, the Ohio-based delivery company, said", "Tern, a joint military operation
 *   against …": the head noun of a description set after the name with a comma says what it is.
 */
import { pacer, runToEnd, type Steps } from '../steps';
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
  'games|films|movies|shows|series|books|novels|songs|albums|titles|products|devices|phones|cars|models|languages|races|species|tribes|peoples|creatures|substances|drugs',
);

/** Singular and plural nouns that, before "called", "named" or "known as", say what the name after is. */
const KIND_OF_NOUN = new Map<string, ListKind>();
const addNouns = (kind: ListKind, nouns: string): void => {
  for (const noun of nouns.split('|')) KIND_OF_NOUN.set(noun, kind);
};
addNouns(
  'organization',
  'group|groups|militia|militias|rebels|faction|factions|movement|party|organization|organisation|company|firm|startup|start-up|agency|charity|nonprofit|band|network|coalition|alliance|outlet|website|publication|newspaper|magazine|team|club|union|gang|cartel|forces|brand|label|institute|foundation',
);
addNouns(
  'place',
  'town|village|city|area|region|neighborhood|neighbourhood|district|island|planet|moon|world|camp|settlement|valley|colony|outpost|province|county|country|kingdom|river|lake|mountain|peninsula',
);
addNouns('person', 'man|woman|boy|girl|child|baby|son|daughter|character|hero|villain');
addNouns('event', 'operation|festival|conference|storm|hurricane|typhoon|cyclone|tournament');
addNouns(
  'other',
  'race|races|species|tribe|tribes|people|creature|creatures|substance|material|mineral|compound|chemical|drug|mutagen|toxin|virus|vessel|ship|spacecraft|rocket|robot|game|film|movie|show|series|book|novel|song|album|app|program|programme|software|device|product|feature|technique|language|dish|drink|breed|disease|syndrome|algorithm|bill|law|initiative|debut',
);

/** What joins two names of a list: a comma, "and", "or" or "&". */
const JOINT = String.raw`(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)`;
/** Names joined by a joint. */
const COORDINATION = new RegExp(`^${JOINT}$`);
/** The same, each name with its "the" ("the Vell, the Orun and the Kesh"). */
const COORDINATION_THE = new RegExp(`^${JOINT}the\\s+$`);
const THE_BEFORE = /(?<!\p{L})the\s+$/iu;
const LIST_OPENER = /(?<!\p{L})(\p{L}+),?\s+(?:such as|like|including)\s+(?:the\s+)?$/u;
/**
 * "a startup called ", "the forces known as the ", "a race of mystics known as ", "the Vesk camp, also
 * known as the ": the noun, and the one after "of".
 */
const NAMING =
  /(?<!\p{L})(\p{L}[\p{L}-]*)(?:\s+of\s+(\p{L}+))?(?:,\s+also)?\s+(known\s+as|called|named|dubbed)\s+(?:the\s+)?$/iu;
/** "a", "an", maybe an adverb and adjectives, before the noun of "called", "named" or "dubbed". */
const INDEFINITE_BEFORE = /(?<!\p{L})(?:a|an)(?:\s+[\p{Ll}-]+){0,3}\s*$/u;

/**
 * ", the Ohio-based delivery company,", ", a joint military operation against", ", her debut,": a description after a
 * comma, its head noun the last of up to five words before a comma, a stop or a preposition, with no
 * function word between (", the base serves as an outpost in" is a clause); a direction may follow the
 * head (", a village southwest of").
 */
const APPOSITION =
  /^,\s+(?:the|a|an|his|her|their|its)\s+(?:(?!(?:a|an|the|as|is|are|was|were|has|have|had|will|would|can|could|and|or|to|of|in|on|at|by|for|with|that|which|who)\s)[\p{L}\d.'’-]+\s+){0,4}?([\p{Ll}-]+)(?=[,.;:)—–]|\s+(?:of|in|on|at|for|against|that|which|whose|based|with|from|to|and|near|outside|(?:north|south)?(?:east|west)|north|south)\b)/u;

/** What follows a noun that introduces the name after it: "(of traders) known as", "called". */
const NAMES_NEXT = /^(?:\s+of\s+\p{L}+)?\s+(?:known\s+as|called|named|dubbed)\s/u;

/**
 * Runs of names joined by commas, "and", "or" or "&", in text order; a lone name is a run of one. A
 * "the" after the joint joins only names that both have one: "the Vell and the Orun" is a list, "sent
 * to Vesk, and the Orun left" two clauses.
 */
export function coordinatedRuns(text: string, ordered: readonly RecognizedSpan[]): RecognizedSpan[][] {
  const runs: RecognizedSpan[][] = [];
  let run: RecognizedSpan[] = [];
  ordered.forEach((span, i) => {
    const prev = ordered[i - 1];
    const gap = prev ? text.slice(prev.end, span.start) : '';
    const joined =
      prev !== undefined &&
      (COORDINATION.test(gap) ||
        (COORDINATION_THE.test(gap) && THE_BEFORE.test(text.slice(Math.max(0, prev.start - 5), prev.start))));
    if (joined) run.push(span);
    else {
      if (run.length > 0) runs.push(run);
      run = [span];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Plural place nouns written after a list of the places' names ("Barry and Ashby counties"); not
 * "states", which is as often the verb ("…, Emery states").
 */
const PLACES_AFTER = /^\s+(?:counties|parishes|provinces|districts|townships|boroughs|prefectures)\b/;

/**
 * The names of lists a plural place noun follows: "in Barry, Ashby and Van Buren counties" names three
 * counties. A list of two names at least, its last joined by "and" or "or".
 */
export function placeListSpans(text: string, ordered: readonly RecognizedSpan[]): Set<RecognizedSpan> {
  const places = new Set<RecognizedSpan>();
  for (const run of coordinatedRuns(text, ordered)) {
    const last = run[run.length - 1] as RecognizedSpan;
    const before = run[run.length - 2];
    // A list ends "… and C" or "… or C"; "X, Y counties" is no list.
    const coordinated = before !== undefined && /\s(?:and|or)\s+$/.test(text.slice(before.end, last.start));
    if (coordinated && PLACES_AFTER.test(text.slice(last.end, last.end + 20)))
      for (const span of run) places.add(span);
  }
  return places;
}

/**
 * The kind each name is given by a noun: the plural that opens its list, the noun that names it ("a
 * startup called X"), or the head of a description set after it ("X, the delivery company,").
 */
export function listKinds(text: string, spans: readonly RecognizedSpan[]): Map<RecognizedSpan, ListKind> {
  return runToEnd(listKindsSteps(text, spans));
}

/** Names read between two chances to pause: each costs a few regular expressions on its surroundings. */
const NAMES_PER_STEP = 256;

/** `listKinds` as steps (`core/steps.ts`): a 200,000-word article has tens of thousands of names. */
export function* listKindsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
): Steps<Map<RecognizedSpan, ListKind>> {
  const pause = pacer(NAMES_PER_STEP);
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const kinds = new Map<RecognizedSpan, ListKind>();
  const runs = coordinatedRuns(text, ordered);
  yield;
  for (const run of runs) {
    if (pause()) yield;
    const first = run[0] as RecognizedSpan;
    const noun = LIST_OPENER.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[1];
    const kind = noun === undefined ? undefined : KIND_OF_PLURAL.get(noun.toLowerCase());
    if (kind) for (const span of run) kinds.set(span, kind);
  }
  for (const span of ordered) {
    if (pause()) yield;
    const kind = namedKind(text, span) ?? appositionKind(text, span);
    if (kind && !kinds.has(span)) kinds.set(span, kind);
  }
  return kinds;
}

/**
 * The kind of the noun that names `span` ("a startup called X", "the forces known as X"). A noun before
 * "called", "named" or "dubbed" counts only after "a" or "an": "the company named Jo Reyes its chief"
 * uses the verb, "a company named Zoomcart" names the company.
 */
function namedKind(text: string, span: RecognizedSpan): ListKind | undefined {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const m = NAMING.exec(before);
  if (!m) return undefined;
  const [, noun, ofNoun, verb] = m as unknown as [string, string, string | undefined, string];
  const kind = (ofNoun && KIND_OF_NOUN.get(ofNoun.toLowerCase())) || KIND_OF_NOUN.get(noun.toLowerCase());
  if (!kind) return undefined;
  if (!/^known/i.test(verb) && !INDEFINITE_BEFORE.test(before.slice(0, m.index))) return undefined;
  return kind;
}

/** The kind of the head noun of a description after `span` ("X, the Ohio-based delivery company,"). */
export function appositionKind(text: string, span: RecognizedSpan): ListKind | undefined {
  const after = text.slice(span.end, span.end + 120);
  const m = APPOSITION.exec(after);
  if (!m) return undefined;
  // "On the planet Vesk, a race of traders known as the Orun …": the description is of the name it introduces.
  if (NAMES_NEXT.test(after.slice(m[0].length))) return undefined;
  return KIND_OF_NOUN.get(m[1] as string);
}
