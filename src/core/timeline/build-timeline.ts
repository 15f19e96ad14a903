/**
 * The story's timeline: every dated clause becomes an event with its date at its granularity, the
 * clause that says what happened, the entities in it, and whether it happened or is scheduled.
 */
import type { Bridge } from '../entities/descriptions';
import { plain } from '../entities/names';
import { sentenceAt, type Sentence } from '../text/sentences';
import type { DateMention, Entity, EventStatus, Span, TimelineEvent } from '../types';

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
  toTimelineDate(value: string): { date: string; granularity: 'day' | 'month' | 'year' } | null;
}

// Where one clause of a news sentence ends and the next begins.
const CLAUSE_BREAK =
  /,\s+|;\s+|\s+(?=(?:as|after|before|because|while|when|saying|due to|since|although|though|whereas)\s)|\s+[—–]\s+/g;
const FUTURE =
  /\b(will|shall|to be held|is (?:set|scheduled|expected|due) to|are (?:set|scheduled|expected|due) to|plans? to|upcoming|next)\b/i;

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const { text, sentences, dates, entities, bridges, dct } = input;
  const events: TimelineEvent[] = [];
  for (const mention of dates) {
    const at = input.toTimelineDate(mention.value);
    if (!at) continue;
    const sentence = sentenceAt(sentences, mention.start);
    if (!sentence) continue;
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
    let label = labelFor(text, clause, bridge, bridged);
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
  return mergeDuplicates(events).sort((a, b) => a.date.localeCompare(b.date) || a.span.start - b.span.start);
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
  const end = cuts[i + 1] ?? sentence.end;
  if (words(text.slice(start, end)) < 5 && i > 0) start = cuts[i - 1]!;
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
): string {
  let label = text.slice(clause.start, clause.end);
  // "The Russian foreign minister will visit…" reads better as "Sergey Lavrov will visit…".
  if (bridge && bridged)
    label =
      text.slice(clause.start, bridge.span.start) + bridged.name + text.slice(bridge.span.end, clause.end);
  // "called it off" → "called off the summit": borrow the antecedent from earlier in the sentence.
  const antecedent = /\bthe (summit|meeting|talks|visit|deal|trip|vote|election)\b/i.exec(
    text.slice(Math.max(0, clause.start - 200), clause.start),
  );
  if (antecedent) label = label.replace(/\b(\w+) it off\b/, `$1 off the ${antecedent[1]}`);
  label = plain(label).replace(
    /^(?:as|after|before|because|while|when|saying|since|although|though|whereas|and|but)\s+/i,
    '',
  );
  if (label.length > 160) label = label.slice(0, 157).replace(/\s+\S*$/, '') + '…';
  return capitalise(label);
}

const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function statusOf(mention: DateMention, date: string, clause: Span, text: string, dct?: string): EventStatus {
  if (mention.direction === 'future') return 'scheduled';
  if (dct && date.localeCompare(dct.slice(0, date.length)) > 0) return 'scheduled';
  return FUTURE.test(text.slice(clause.start, clause.end)) ? 'scheduled' : 'happened';
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
