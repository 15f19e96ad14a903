/**
 * The story's timeline: every dated clause becomes an event with its date at its granularity, the
 * clause that says what happened, the entities in it, and whether it happened or is scheduled.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { Bridge } from '../entities/descriptions';
import { plain } from '../entities/names';
import { sentenceAt, type Sentence } from '../text/sentences';
import type { DateMention, Entity, EventStatus, Granularity, Span, TimelineEvent } from '../types';
import { finiteVerbs, verbStem } from './clause-verbs';
import { notAHappening } from './happening';

export interface TimelineInput {
  text: string;
  sentences: readonly Sentence[];
  dates: readonly DateMention[];
  entities: readonly Entity[];
  bridges: readonly Bridge[];
  /** Publication day, `YYYY-MM-DD`. */
  dct?: string;
  /** The id of the event entity the story turns on, if any. */
  centralEntityId?: string;
  toTimelineDate(value: string): { date: string; granularity: Granularity } | null;
}

interface Dated {
  mention: DateMention;
  sentence: Sentence;
  at: { date: string; granularity: Granularity };
}

// Where one clause of a news sentence ends and the next begins.
const CLAUSE_BREAK =
  /,\s+|;\s+|\s+(?=(?:as|after|before|because|while|when|saying|due to|since|although|though|whereas)\s)|\s+[—–]\s+/g;
const FUTURE =
  /\b(will|shall|to be held|is (?:set|scheduled|expected|due) to|are (?:set|scheduled|expected|due) to|plans? to|upcoming|next)\b/i;

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  return runToEnd(buildTimelineSteps(input));
}

/** Happenings read between two chances to pause. */
const HAPPENINGS_PER_STEP = 8;

/** `buildTimeline` as steps. */
export function* buildTimelineSteps(input: TimelineInput): Steps<TimelineEvent[]> {
  const { text, sentences, entities, bridges, dct } = input;
  const pause = pacer(HAPPENINGS_PER_STEP);
  const events: TimelineEvent[] = [];
  const found = yield* happeningsSteps(input);
  yield;
  for (const { mention, sentence, at } of found) {
    if (pause()) yield;
    const clause = clauseAround(text, sentence, mention);
    const bridge = bridges.find((b) => b.span.start >= clause.start && b.span.end <= clause.end);
    const involved = entities.filter((e) =>
      e.mentions.some((m) => m.start >= clause.start && m.end <= clause.end),
    );
    const bridged = bridge ? entities.find((e) => e.id === bridge.entityId) : undefined;
    if (bridged && !involved.includes(bridged)) involved.unshift(bridged);
    const central =
      !!input.centralEntityId &&
      at.granularity === 'day' &&
      involved.some((e) => e.id === input.centralEntityId);
    let label = labelFor(text, clause, bridge, bridged, sentence);
    if (central) {
      // The central event reads as the event itself, with its participants from the whole passage.
      const centralEntity = entities.find((e) => e.id === input.centralEntityId)!;
      const passage = sentences.filter((s) => s.block === sentence.block);
      const people = entities.filter(
        (e) =>
          e.type === 'person' &&
          e.mentions.some((m) => passage.some((s) => m.start >= s.start && m.end <= s.end)),
      );
      for (const p of people) if (!involved.includes(p)) involved.push(p);
      label = people.length
        ? `${capitalise(centralEntity.name)}: ${people.map((p) => p.name).join(' and ')}`
        : capitalise(centralEntity.name);
    }
    events.push({
      id: `event-${at.date}-${mention.start}`,
      date: at.date,
      granularity: at.granularity,
      value: mention.value,
      label,
      sentence: plain(sentence.text),
      dateText: mention.text,
      entityIds: involved.map((e) => e.id),
      status: statusOf(mention, at.date, clause, text, dct),
      ...(central ? { central: true } : {}),
      span: { start: sentence.start, end: sentence.end },
    });
  }
  yield;
  const merged = mergeDuplicates(events);
  yield;
  return mergeRetellings(text, merged).sort(
    (a, b) => a.date.localeCompare(b.date) || a.span.start - b.span.start,
  );
}

/**
 * The dates that anchor a happening of the story, one per happening: a second date in a sentence
 * counts only when a finite verb of its own stands between the two ("won in 2003 and received in
 * 2016"); otherwise it belongs to the same happening ("next year, half again as many as in 2017").
 */
function* happeningsSteps(input: TimelineInput): Steps<Dated[]> {
  const { text, sentences, dates } = input;
  const pause = pacer(DATES_PER_STEP);
  const kept: Dated[] = [];
  for (const found of dates) {
    if (pause()) yield;
    const mention = yearJustEnded(found, input.dct);
    const at = input.toTimelineDate(mention.value);
    if (!at) continue;
    const sentence = sentenceAt(sentences, mention.start);
    if (!sentence) continue;
    const clause = clauseAround(text, sentence, mention);
    const granularity = mention.granularity ?? at.granularity;
    if (notAHappening({ text, sentence, clause, mention, granularity })) continue;
    const previous = kept.at(-1);
    if (previous?.sentence === sentence) {
      const between = finiteVerbs(text.slice(sentence.start, sentence.end)).some((v) => {
        const at = sentence.start + v.start;
        return at > previous.mention.end && at < mention.start;
      });
      if (!between) continue;
    }
    kept.push({ mention, sentence, at });
  }
  return kept;
}

/** Dates judged between two chances to pause: each reads its sentence's verbs and clauses. */
const DATES_PER_STEP = 16;

/**
 * In the first week of January, a past "this year" is the year just ended: the piece was written
 * in December ("earlier this year" cannot mean the last three days).
 */
function yearJustEnded(mention: DateMention, dct?: string): DateMention {
  if (!dct || !/^\d{4}-01-0[1-7]/.test(dct) || mention.direction === 'future') return mention;
  if (!/\bthis year\b/i.test(mention.text) || mention.value !== dct.slice(0, 4)) return mention;
  return { ...mention, value: String(Number(mention.value) - 1), direction: 'past' };
}

/** The clause of the sentence that holds the date; a clause of a few words borrows its neighbour. */
function clauseAround(text: string, sentence: Sentence, mention: Span): Span {
  const cuts = [sentence.start];
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const cut = sentence.start + (m.index ?? 0);
    // Never cut inside the date expression itself.
    if (cut > mention.start && cut < mention.end) continue;
    cuts.push(cut + m[0].length);
  }
  cuts.push(sentence.end);
  let i = cuts.findIndex((c, k) => mention.start >= c && mention.start < (cuts[k + 1] ?? Infinity));
  if (i < 0) i = 0;
  let start = cuts[i]!;
  let end = cuts[i + 1] ?? sentence.end;
  if (words(text.slice(start, end)) < 5 && i > 0) start = cuts[i - 1]!;
  // "In 1991, …" alone is no statement: take in the clauses after it until one has a verb.
  for (let k = i + 2; finiteVerbs(text.slice(start, end)).length === 0 && k < cuts.length; k++)
    end = cuts[k]!;
  return { start, end: trimEnd(text, start, end) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;.—–]/.test(text[end - 1] ?? '')) end--;
  return end;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function labelFor(
  text: string,
  clause: Span,
  bridge: Bridge | undefined,
  bridged: Entity | undefined,
  sentence: Span,
): string {
  let label = text.slice(clause.start, clause.end);
  // "…, who was ousted in May" reads "Chiwenga was ousted in May": the pronoun gives way to whom it stands for.
  const relative = /^(?:who|which)\s+(?=\S)/i.exec(label);
  const antecedent = relative ? antecedentBefore(text, clause.start) : undefined;
  const verbOpens = (rest: string): boolean => (finiteVerbs(`It ${rest}`)[0]?.start ?? 99) <= 12;
  if (relative && antecedent && verbOpens(label.slice(relative[0].length)))
    label = antecedent + ' ' + label.slice(relative[0].length);
  else if (
    /\b(?:and|but)\s*$/i.test(text.slice(sentence.start, clause.start)) &&
    finiteVerbs(`It ${label}`)[0]?.start === 3
  ) {
    // "…, and was taken to hospital on 12 April": the clause borrows the sentence's subject.
    const head = text.slice(sentence.start, clause.start);
    const first = finiteVerbs(head)[0];
    const subject = first ? head.slice(0, first.start).trim() : '';
    if (subject && words(subject) <= 6 && !/[,;:]/.test(subject)) label = `${subject} ${label}`;
  }
  // "The Russian foreign minister will visit…" reads better as "Sergey Lavrov will visit…".
  if (bridge && bridged)
    label =
      text.slice(clause.start, bridge.span.start) + bridged.name + text.slice(bridge.span.end, clause.end);
  // "called it off" → "called off the summit": borrow the antecedent from earlier in the sentence.
  const called = /\bthe (summit|meeting|talks|visit|deal|trip|vote|election)\b/i.exec(
    text.slice(Math.max(0, clause.start - 200), clause.start),
  );
  if (called) label = label.replace(/\b(\w+) it off\b/, `$1 off the ${called[1]}`);
  label = plain(label).replace(
    /^(?:as|after|before|because|while|when|saying|since|although|though|whereas|and|but)\s+/i,
    '',
  );
  if (label.length > 160) label = label.slice(0, 157).replace(/\s+\S*$/, '') + '…';
  return capitalise(label);
}

/** The noun phrase a relative clause hangs on: "the vice-president, who …" → "the vice-president". */
function antecedentBefore(text: string, clauseStart: number): string | undefined {
  const before = text.slice(Math.max(0, clauseStart - 80), clauseStart).replace(/[\s,]+$/, '');
  const phrase =
    /(?:\b(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}\p{N}’'.-]+\s+){0,3}[\p{L}\p{N}’'.-]+$/iu.exec(
      before,
    )?.[0];
  if (!phrase) return undefined;
  // A name is its own phrase; otherwise start at the determiner, or take the last word.
  const name = /(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*$/u.exec(phrase)?.[0];
  if (name) return name;
  const determined = /\b(?:the|a|an|his|her|its|their)\s+.*$/i.exec(phrase)?.[0];
  return determined ?? phrase.split(/\s+/).at(-1);
}

const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function statusOf(mention: DateMention, date: string, clause: Span, text: string, dct?: string): EventStatus {
  if (mention.direction === 'future') return 'scheduled';
  if (dct && date.localeCompare(dct.slice(0, date.length)) > 0) return 'scheduled';
  return FUTURE.test(text.slice(clause.start, clause.end)) ? 'scheduled' : 'happened';
}

/** Verbs too common to tell two happenings apart ("said", "was"). */
const LIGHT_VERBS = new Set(
  'said told was were had did made got went came took gave began saw became announced reported'.split(' '),
);

/**
 * A happening told again later in the article ("Published in 1963, …", "Both appeared in the 1963
 * paper that was published …") is one event: same value and a shared verb that is not a light one.
 */
function mergeRetellings(text: string, events: TimelineEvent[]): TimelineEvent[] {
  const verbsOf = (e: TimelineEvent): Set<string> =>
    new Set(
      [...text.slice(e.span.start, e.span.end).matchAll(/\b[\p{L}]+ed\b/gu)]
        .map((m) => m[0].toLowerCase())
        .filter((w) => !LIGHT_VERBS.has(w))
        .map(verbStem),
    );
  const out: TimelineEvent[] = [];
  for (const e of events) {
    const stems = verbsOf(e);
    const twin = out.find(
      (o) =>
        o.value === e.value && o.span.start !== e.span.start && [...verbsOf(o)].some((v) => stems.has(v)),
    );
    if (!twin) out.push(e);
    else for (const id of e.entityIds) if (!twin.entityIds.includes(id)) twin.entityIds.push(id);
  }
  return out;
}

/** The same date said twice in one sentence, or the same clause twice, is one event. */
function mergeDuplicates(events: TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const e of events) {
    const twin = out.find((o) => o.date === e.date && (o.span.start === e.span.start || o.label === e.label));
    if (!twin) {
      out.push(e);
      continue;
    }
    for (const id of e.entityIds) if (!twin.entityIds.includes(id)) twin.entityIds.push(id);
    twin.central = twin.central || e.central;
  }
  return out;
}
