/**
 * Card facts from a Wikidata item, as of the article's date: the office Mike Pompeo held on
 * 30 May 2018 (Secretary of State since 26 April 2018), not the one he holds today.
 *
 * Facts name other items (offices, countries, people), whose labels come from a second batched
 * request. So `buildFacts` is run twice: once with no labels to collect the ids it needs
 * (`referencedIds`), then with the labels to render.
 */
import type { EntityType } from '../../core/types';
import type { CardFact } from '../../shared/card';
import type { SnakValue, Statement, WikidataItem } from './wikidata';
import { ageAt, compareAtPrecision, formatDate, ordinal, partsOf, type DateParts } from './wikidata-time';

export type LabelOf = (qid: string) => string | undefined;

const timeOf = (v: SnakValue | undefined): DateParts | null => (v?.kind === 'time' ? partsOf(v.value) : null);
const itemOf = (v: SnakValue | undefined): string | undefined => (v?.kind === 'item' ? v.id : undefined);

function usable(statements: Statement[] | undefined): Statement[] {
  const live = (statements ?? []).filter((s) => s.rank !== 'deprecated');
  const preferred = live.filter((s) => s.rank === 'preferred');
  return preferred.length ? [...preferred, ...live.filter((s) => s.rank !== 'preferred')] : live;
}

/**
 * Statements true on `date`: started on or before it (or no start given) and not ended by it.
 * With `timelessFallback`, statements without any start/end qualifier count when none is dated.
 */
export function statementsAt(
  statements: Statement[] | undefined,
  date: DateParts,
  timelessFallback: boolean,
): Statement[] {
  const all = usable(statements);
  const dated = all.filter((s) => s.qualifiers.P580 || s.qualifiers.P582);
  const held = dated
    .filter((s) => {
      const start = timeOf(s.qualifiers.P580?.[0]);
      const endValue = s.qualifiers.P582?.[0];
      // An end Wikidata says happened on an unknown day (`somevalue`) is over: not current.
      if (endValue?.kind === 'unknown') return false;
      const end = timeOf(endValue);
      // Compared at their precision: an office ending "in 2020" is still held on 30 May 2020.
      // An end known to the day is exclusive: that day the next term begins.
      const endCompared = end ? compareAtPrecision(end, date) : 1;
      const notEnded = endCompared > 0 || (endCompared === 0 && !end?.day);
      return (!start || compareAtPrecision(start, date) <= 0) && notEnded;
    })
    .sort((a, b) => startOrdinal(b) - startOrdinal(a));
  if (held.length || !timelessFallback) return held;
  return all.filter((s) => !s.qualifiers.P580 && !s.qualifiers.P582);
}

const startOrdinal = (s: Statement): number => {
  const start = timeOf(s.qualifiers.P580?.[0]);
  return start ? ordinal(start) : 0;
};

function labelsOf(
  statements: Statement[],
  labelOf: LabelOf,
  max: number,
  exclude?: string,
): string | undefined {
  const labels: string[] = [];
  // A few spare statements cover ones without a label, without asking for every label of a long list.
  for (const s of statements.slice(0, max + 3)) {
    const id = itemOf(s.value);
    if (!id || id === exclude) continue;
    const label = labelOf(id);
    if (label && !labels.includes(label)) labels.push(label);
    if (labels.length >= max) break;
  }
  return labels.length ? labels.join(', ') : undefined;
}

function firstTime(item: WikidataItem, property: string): DateParts | null {
  for (const s of usable(item.claims[property])) {
    const t = timeOf(s.value);
    if (t) return t;
  }
  return null;
}

/** The population figure valid on `date`: the latest one dated on or before it, else the preferred one. */
function populationAt(item: WikidataItem, date: DateParts): string | undefined {
  const statements = usable(item.claims.P1082);
  let best: { amount: number; when: DateParts | null } | undefined;
  for (const s of statements) {
    if (s.value.kind !== 'quantity') continue;
    const when = timeOf(s.qualifiers.P585?.[0]);
    if (when && ordinal(when) > ordinal(date)) continue;
    if (!best || (when && (!best.when || ordinal(when) > ordinal(best.when))))
      best = { amount: s.value.amount, when };
  }
  if (!best) return undefined;
  const figure = Math.round(best.amount).toLocaleString('en-US');
  return best.when ? `${figure} (${best.when.year})` : figure;
}

function officeFacts(item: WikidataItem, date: DateParts, labelOf: LabelOf): CardFact[] {
  const facts: CardFact[] = [];
  for (const s of statementsAt(item.claims.P39, date, false).slice(0, 2)) {
    const id = itemOf(s.value);
    const label = id ? labelOf(id) : undefined;
    if (!label) continue;
    const start = timeOf(s.qualifiers.P580?.[0]);
    facts.push({ label: 'Office', value: start ? `${label} (since ${formatDate(start)})` : label });
  }
  return facts;
}

/** Whether Wikidata records the property as existing with an unknown value (`somevalue`) only. */
const onlyUnknown = (item: WikidataItem, property: string): boolean => {
  const live = usable(item.claims[property]);
  return live.length > 0 && live.every((s) => s.value.kind === 'unknown');
};

function personFacts(item: WikidataItem, date: DateParts, labelOf: LabelOf): CardFact[] {
  const facts: CardFact[] = [];
  const born = firstTime(item, 'P569');
  const died = firstTime(item, 'P570');
  // Dead on an unknown date: never "alive", never an age.
  const diedUnknown = !died && onlyUnknown(item, 'P570');
  const diedBy = died ? compareAtPrecision(died, date) : 1;
  const alive = !diedUnknown && diedBy > 0;
  if (born) {
    const age = alive ? ageAt(born, date) : undefined;
    facts.push({
      label: 'Born',
      value: age === undefined ? formatDate(born) : `${formatDate(born)} (age ${age})`,
    });
  }
  if (diedUnknown) facts.push({ label: 'Died', value: 'unknown', unknown: true });
  if (died && diedBy <= 0) {
    const age = born ? ageAt(born, died) : undefined;
    facts.push({
      label: 'Died',
      value: age === undefined ? formatDate(died) : `${formatDate(died)} (aged ${age})`,
    });
  }
  facts.push(...officeFacts(item, date, labelOf));
  const country = labelsOf(statementsAt(item.claims.P27, date, true), labelOf, 2);
  if (country) facts.push({ label: 'Country', value: country });
  return facts;
}

function placeFacts(item: WikidataItem, date: DateParts, labelOf: LabelOf): CardFact[] {
  const facts: CardFact[] = [];
  const country = labelsOf(statementsAt(item.claims.P17, date, true), labelOf, 1, item.id);
  if (country) facts.push({ label: 'Country', value: country });
  const population = populationAt(item, date);
  if (population) facts.push({ label: 'Population', value: population });
  const headOfState = labelsOf(statementsAt(item.claims.P35, date, false), labelOf, 1);
  if (headOfState) facts.push({ label: 'Head of state', value: headOfState });
  const headOfGovernment = labelsOf(statementsAt(item.claims.P6, date, false), labelOf, 1);
  if (headOfGovernment) facts.push({ label: 'Head of government', value: headOfGovernment });
  return facts;
}

function organizationFacts(item: WikidataItem, date: DateParts, labelOf: LabelOf): CardFact[] {
  const facts: CardFact[] = [];
  const kind = labelsOf(usable(item.claims.P31), labelOf, 2);
  if (kind) facts.push({ label: 'Kind', value: kind });
  const founded = firstTime(item, 'P571');
  if (founded) facts.push({ label: 'Founded', value: formatDate(founded) });
  const hq = labelsOf(statementsAt(item.claims.P159, date, true), labelOf, 1);
  if (hq) facts.push({ label: 'Headquarters', value: hq });
  const leaders = ['P488', 'P1037', 'P169'].flatMap((p) => statementsAt(item.claims[p], date, false));
  const leader = labelsOf(leaders, labelOf, 1);
  if (leader) facts.push({ label: 'Leader', value: leader });
  return facts;
}

function eventFacts(item: WikidataItem, labelOf: LabelOf): CardFact[] {
  const facts: CardFact[] = [];
  const when = firstTime(item, 'P585');
  const start = firstTime(item, 'P580');
  const end = firstTime(item, 'P582');
  if (when) facts.push({ label: 'Date', value: formatDate(when) });
  else if (start) {
    const range = end && ordinal(end) !== ordinal(start) ? ` – ${formatDate(end)}` : '';
    facts.push({ label: 'Date', value: formatDate(start) + range });
  }
  const location = labelsOf(usable(item.claims.P276), labelOf, 2);
  if (location) facts.push({ label: 'Location', value: location });
  const participants = labelsOf(
    usable([...(item.claims.P710 ?? []), ...(item.claims.P1923 ?? [])]),
    labelOf,
    4,
  );
  if (participants) facts.push({ label: 'Participants', value: participants });
  return facts;
}

/** Facts for a card of the given type, as of `date`. Facts whose labels are unknown are left out. */
export function buildFacts(
  item: WikidataItem,
  type: EntityType,
  date: DateParts,
  labelOf: LabelOf,
): CardFact[] {
  switch (type) {
    case 'person':
      return personFacts(item, date, labelOf);
    case 'place':
      return placeFacts(item, date, labelOf);
    case 'organization':
      return organizationFacts(item, date, labelOf);
    case 'event':
      return eventFacts(item, labelOf);
  }
}

/** The item ids whose labels `buildFacts` would show. */
export function referencedIds(item: WikidataItem, type: EntityType, date: DateParts): string[] {
  const ids = new Set<string>();
  buildFacts(item, type, date, (qid) => {
    ids.add(qid);
    return undefined;
  });
  return [...ids];
}

/** The offices (P39) held on `date`, latest first, with the years they span ("2016–2020"). */
export function officesHeld(item: WikidataItem, date: DateParts): { id: string; years?: string }[] {
  return statementsAt(item.claims.P39, date, false).flatMap((s) => {
    const id = itemOf(s.value);
    if (!id) return [];
    const start = timeOf(s.qualifiers.P580?.[0]);
    const end = timeOf(s.qualifiers.P582?.[0]);
    const years = start ? `${start.year}–${end ? end.year : ''}` : undefined;
    return [years ? { id, years } : { id }];
  });
}

/** Occupations (P106), at most three. */
export function occupations(item: WikidataItem): string[] {
  return usable(item.claims.P106)
    .flatMap((s) => itemOf(s.value) ?? [])
    .slice(0, 3);
}
