/**
 * Ranking the Wikidata items a name could mean. Pure: it sees candidates that were already fetched
 * and scores them by
 *   - type fit: the item's P31 against the entity's type (a human for a person, and so on),
 *   - where the candidate came from: the article's own name resolving to a Wikipedia page is strong
 *     evidence; the alias table and search less so,
 *   - popularity (QRank), which breaks ties between namesakes,
 *   - the article's evidence: what it says about the entity ("North Korea's foreign policy
 *     chief"), the sentence around its first mention and the other names in it, against each
 *     candidate's description, extract, occupations (P106) and the offices it held on the
 *     article's date (P39). Words every candidate shares ("North Korean") tell them apart from
 *     nothing, so among namesakes only the words that separate them count.
 */
import type { Entity, EntityType } from '../../core/types';
import { isNameCompatible, nameTokens } from './names';
import { withoutPossessives, wordStem } from './word-stem';
import type { WikiPage } from './wikipedia';
import type { WikidataItem } from './wikidata';

export type CandidateSource = 'override' | 'title' | 'alias-title' | 'alias-table' | 'search';

export interface Candidate {
  qid: string;
  source: CandidateSource;
  /** Position within its source (search rank, alias-table order), 0 first. */
  order: number;
  /** The name that found it. */
  via: string;
  page?: WikiPage;
}

export interface RankedCandidate extends Candidate {
  item: WikidataItem;
  score: number;
  typeFit: number;
  /** The part of the score the article's evidence gave. */
  evidence: number;
}

const DISAMBIGUATION = 'Q4167410';
const NOT_ENTITIES = new Set([
  DISAMBIGUATION,
  'Q13406463' /* list */,
  'Q4167836' /* category */,
  'Q11266439' /* template */,
]);
const HUMAN = 'Q5';
const PLACE_CLASSES = new Set([
  'Q6256',
  'Q3624078',
  'Q515',
  'Q1549591',
  'Q5119',
  'Q174844',
  'Q133442',
  'Q200250',
  'Q35657',
  'Q112099',
  'Q1637706',
  'Q7275',
  'Q486972',
  'Q82794',
  'Q15284',
  'Q3957',
  'Q532',
  'Q23442',
  'Q8502',
  'Q165',
  'Q23397',
  'Q107390',
  'Q1221156',
  'Q484170',
  'Q1200957',
  'Q5107',
  'Q10864048',
  'Q1763527',
  'Q2221906',
  'Q3455524',
  'Q1620908',
  'Q1093829',
  'Q28575',
  'Q34876',
  'Q15642541',
  'Q1187811',
  'Q6465',
  'Q46831',
  'Q12131624',
]);
const ORGANIZATION_CLASSES = new Set([
  'Q43229',
  'Q4830453',
  'Q783794',
  'Q327333',
  'Q2659904',
  'Q7278',
  'Q484652',
  'Q192350',
  'Q6881511',
  'Q891723',
  'Q1331793',
  'Q11032',
  'Q1002697',
  'Q15911314',
  'Q163740',
  'Q31855',
  'Q3918',
  'Q245065',
  'Q1127126',
  'Q176799',
  'Q7188',
  'Q1785733',
  'Q2061186',
  'Q17149090',
  'Q1616075',
  'Q4438121',
  'Q13473501',
  'Q5341295',
]);
const EVENT_CLASSES = new Set([
  'Q1190554',
  'Q1656682',
  'Q198',
  'Q178561',
  'Q40231',
  'Q175331',
  'Q2761147',
  'Q625994',
  'Q132241',
  'Q3839081',
  'Q1072326',
  'Q2566604',
  'Q124757',
  'Q8065',
  'Q2223653',
  'Q13418847',
  'Q16510064',
  'Q464980',
  'Q1318941',
]);

const instancesOf = (item: WikidataItem): string[] =>
  (item.claims.P31 ?? []).flatMap((s) =>
    s.value.kind === 'item' && s.rank !== 'deprecated' ? [s.value.id] : [],
  );

export function isDisambiguation(item: WikidataItem): boolean {
  return instancesOf(item).includes(DISAMBIGUATION);
}

/** Best guess at what an item is, from its P31 values and, failing that, from which facts it has. */
export function kindOf(item: WikidataItem): { type: EntityType; strict: boolean } | null {
  const classes = instancesOf(item);
  if (classes.includes(HUMAN)) return { type: 'person', strict: true };
  if (classes.some((c) => PLACE_CLASSES.has(c))) return { type: 'place', strict: true };
  if (classes.some((c) => ORGANIZATION_CLASSES.has(c))) return { type: 'organization', strict: true };
  if (classes.some((c) => EVENT_CLASSES.has(c))) return { type: 'event', strict: true };
  const has = (p: string): boolean => !!item.claims[p]?.length;
  if (has('P569')) return { type: 'person', strict: false };
  if (has('P585') || (has('P580') && has('P582'))) return { type: 'event', strict: false };
  if (has('P159') || has('P488') || has('P169')) return { type: 'organization', strict: false };
  if (has('P625') || has('P1082')) return { type: 'place', strict: false };
  return null;
}

/**
 * 1 exact, 0.6 probable, 0 unknown, negative for a clash. Places and organisations blur in news
 * ("the U.S. said", "the White House"), so that clash costs less than a person for a place.
 */
export function typeFit(item: WikidataItem, wanted: EntityType): number {
  const kind = kindOf(item);
  if (!kind) return 0;
  if (kind.type === wanted) return kind.strict ? 1 : 0.6;
  const blurred = (a: EntityType, b: EntityType): boolean =>
    (a === 'place' && b === 'organization') || (a === 'organization' && b === 'place');
  return blurred(kind.type, wanted) ? 0.2 : -1;
}

const STOP_WORDS = new Set(
  'the a an of and in on at to for from by with as is was its his her their he she it who which that this since former'.split(
    ' ',
  ),
);

/**
 * Content words by their stem (see word-stem): "Russian" meets "Russia", "the army’s" meets
 * "army", and "official" does not meet "officer".
 */
export function contextWords(text: string): string[] {
  // Bounded: a description or extract is a few hundred characters; anything longer is cut first.
  const words = nameTokens(withoutPossessives(text.slice(0, 2000)))
    .filter((t) => t.length > 2 && !STOP_WORDS.has(t))
    .map(wordStem);
  for (const word of [...words]) {
    const concept = CONCEPTS.get(word);
    if (concept) words.push(concept);
  }
  return words;
}

/**
 * Fields of work that news and encyclopedias name with different words: "foreign policy chief"
 * and "diplomat", "general" and "military officer", "official" and "politician". Each stem also
 * stands for its field.
 */
const CONCEPTS = new Map<string, string>(
  Object.entries({
    '#diplomacy': 'forei diplo ambas envoy',
    '#military': 'milit army armed soldi gener marsh admir briga colon troop',
    '#politics': 'polit parli senat congr presi premi chanc legis mayor gover official',
    '#sport': 'footb socce athle olymp coach playe strik goalk tenni boxer',
    '#business': 'busin execu entre compa found billi inves banke',
    '#arts': 'actor actre singe music film write autho novel poet paint',
    '#science': 'scien physi chemi biolo resea profe mathe',
    '#religion': 'bisho pries cardi imam rabbi pope cleri',
  }).flatMap(([concept, stems]) => stems.split(' ').map((stem) => [stem, concept] as const)),
);

export interface LinkContext {
  /** Words of what the article says about this entity. */
  own: Set<string>;
  /** Words of the sentence the entity is first named in. */
  near: Set<string>;
  /** Words of the other names in the article. */
  article: Set<string>;
}

export function contextFor(entity: Entity, all: Entity[]): LinkContext {
  const nameWords = new Set(entity.aliases.flatMap(contextWords));
  const own = new Set(entity.descriptions.flatMap(contextWords));
  const near = new Set(contextWords(entity.firstContext ?? '').filter((w) => !nameWords.has(w)));
  const article = new Set(all.filter((e) => e.id !== entity.id).flatMap((e) => contextWords(e.name)));
  return { own, near, article };
}

/** What is known about a candidate, as text, by how telling each part is. */
export interface CandidateEvidence {
  /** Labels of the offices it held on the article's date. */
  heldThen: string[];
  /** Occupations (P106) and descriptions (Wikidata's and Wikipedia's). */
  described: string[];
  /** The first sentences of its Wikipedia extract. */
  extract?: string;
}

export type EvidenceOf = (item: WikidataItem, page: WikiPage | undefined) => CandidateEvidence;

const fieldsOf = (e: CandidateEvidence): [Set<string>, number][] => [
  [new Set(e.heldThen.flatMap(contextWords)), 1],
  [new Set(e.described.flatMap(contextWords)), 0.7],
  [new Set(contextWords((e.extract ?? '').slice(0, 400))), 0.35],
];

/**
 * How well the article's evidence fits each candidate, among the candidates given. A word counts
 * only if some other candidate lacks it; with one candidate, every word counts.
 */
function evidenceScores(sets: [Set<string>, number][][], context: LinkContext, heldAny: boolean[]): number[] {
  const everywhere = (word: string): boolean =>
    sets.length > 1 && sets.every((fields) => fields.some(([words]) => words.has(word)));
  const weightOf = (fields: [Set<string>, number][], word: string): number =>
    everywhere(word) ? 0 : Math.max(0, ...fields.map(([words, w]) => (words.has(word) ? w : 0)));
  return sets.map((fields, i) => {
    let score = 0;
    for (const word of context.own) score += weightOf(fields, word);
    for (const word of context.near) score += 0.3 * weightOf(fields, word);
    for (const word of context.article) score += 0.25 * weightOf(fields, word);
    // Among namesakes, one in office on the article's date is likelier to be in the news.
    if (sets.length > 1 && heldAny[i]) score += 0.3;
    return Math.min(3, score);
  });
}

const SOURCE_WEIGHT: Record<CandidateSource, number> = {
  override: 100,
  title: 2,
  'alias-title': 1.2,
  'alias-table': 1,
  search: 1,
};

export interface Scorer {
  prior(qid: string): number;
}

/** Scores, best first. Disambiguation pages and items whose label cannot be the article's name are dropped. */
export function rankCandidates(
  entity: Entity,
  candidates: Candidate[],
  items: Map<string, WikidataItem>,
  context: LinkContext,
  popularity: Scorer,
  evidenceOf: EvidenceOf = (item, page) => ({
    heldThen: [],
    described: [item.description ?? '', page?.description ?? ''],
  }),
): RankedCandidate[] {
  const best = new Map<string, RankedCandidate>();
  const viable: { candidate: Candidate; item: WikidataItem; fit: number }[] = [];
  for (const candidate of candidates) {
    const item = items.get(candidate.qid);
    if (!item || instancesOf(item).some((c) => NOT_ENTITIES.has(c))) continue;
    if (candidate.page?.disambiguation) continue;
    // A page the article's exact name redirects to is trusted ("U.S." → United States); anything
    // found more loosely must carry the article's name ("Kim Yong Chol" is never Kim Jong Un).
    const names = [item.label, item.sitelink, candidate.page?.title].filter((x): x is string => !!x);
    const trusted = candidate.source === 'title' || candidate.source === 'override';
    if (!trusted && !names.some((n) => isNameCompatible(candidate.via, n))) continue;
    viable.push({ candidate, item, fit: typeFit(item, entity.type) });
  }
  // The evidence is compared among the distinct items that could be meant.
  const qids = [...new Set(viable.map((v) => v.item.id))];
  const evidence = qids.map((qid) => {
    const v = viable.find((x) => x.item.id === qid);
    return v ? evidenceOf(v.item, v.candidate.page) : { heldThen: [], described: [] };
  });
  const scores = evidenceScores(
    evidence.map(fieldsOf),
    context,
    evidence.map((e) => e.heldThen.length > 0),
  );
  for (const { candidate, item, fit } of viable) {
    const evidenceScore = scores[qids.indexOf(item.id)] ?? 0;
    const score =
      3 * fit +
      SOURCE_WEIGHT[candidate.source] -
      0.15 * candidate.order +
      1.5 * popularity.prior(candidate.qid) +
      evidenceScore;
    const known = best.get(candidate.qid);
    if (!known || known.score < score)
      best.set(candidate.qid, { ...candidate, item, score, typeFit: fit, evidence: evidenceScore });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** How close two candidates may score before the card asks the reader instead of guessing. */
export const AMBIGUITY_MARGIN = 0.3;

/**
 * The candidates the card should offer as "Which …?", best first, or none when the best one stands
 * out: a name the article's own title resolved, a reader's choice, or a clear lead in score.
 * Namesakes are only asked about when they are the same kind of thing and the evidence does not
 * separate them.
 */
export function closeCall(ranked: RankedCandidate[]): RankedCandidate[] {
  const [top, ...rest] = ranked;
  if (!top || top.source === 'override' || top.source === 'title') return [];
  const close = rest.filter(
    (c) =>
      c.typeFit === top.typeFit &&
      c.source !== 'alias-table' &&
      top.score - c.score < AMBIGUITY_MARGIN &&
      chooseBest([c]) !== undefined,
  );
  return close.length ? [top, ...close.slice(0, 3)] : [];
}

/**
 * The candidate to show, if any is good enough: it must not clash with the entity's type, unless
 * nothing else fits and the article's own multi-word name is that page's title ("Singapore
 * summit" tagged as a place is the summit): then the item's type (P31) corrects the recogniser's.
 */
export function chooseBest(ranked: RankedCandidate[]): RankedCandidate | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  if (top.source === 'override') return top;
  if (top.typeFit >= 0) return top.score >= 2 ? top : undefined;
  const fitting = ranked.find((c) => c.typeFit >= 0 && c.score >= 2);
  if (fitting) return fitting;
  const titled = ranked.find(
    (c) => c.source === 'title' && nameTokens(c.via).length >= 2 && kindOf(c.item)?.strict,
  );
  return titled;
}

/** The item's own type when its P31 says so clearly, to correct the recogniser's. */
export function itemType(item: WikidataItem): EntityType | undefined {
  const kind = kindOf(item);
  return kind?.strict ? kind.type : undefined;
}
