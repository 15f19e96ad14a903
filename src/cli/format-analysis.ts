/** The CLI's human-readable report: entities by type, then the timeline. */
import type { CardState } from '../shared/card';
import { formatTimelineDate } from '../core/dates/format-date';
import type { Analysis, Entity, EntityType, TimelineEvent } from '../core/types';

const HEADINGS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  event: 'Events',
};

/** When no lookup worked, for the same reason, say so once instead of under every entity. */
function commonFailure(cards?: Map<string, CardState>): string | undefined {
  const states = [...(cards?.values() ?? [])];
  if (!states.length || states.some((c) => c.status === 'ok' || c.status === 'not-found')) return undefined;
  const reasons = new Set(states.map((c) => (c.status === 'error' ? c.message : c.status)));
  if (reasons.size !== 1) return undefined;
  const [reason] = reasons;
  return reason === 'offline'
    ? 'Wikipedia could not be reached (offline?): showing what the article says. --offline skips lookups.'
    : `Wikipedia lookups failed (${reason}): showing what the article says.`;
}

export function formatAnalysis(analysis: Analysis, cards?: Map<string, CardState>): string {
  const lines: string[] = [];
  if (analysis.title) lines.push(analysis.title);
  const meta = [
    analysis.site,
    analysis.published && `published ${analysis.published.date} (from ${analysis.published.source})`,
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '));
  const failure = commonFailure(cards);
  if (failure) {
    lines.push(failure);
    cards = undefined;
  }
  lines.push('');
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const group = analysis.entities.filter((e) => e.type === type);
    if (!group.length) continue;
    lines.push(`${HEADINGS[type]} (${group.length})`);
    for (const e of group) lines.push(...formatEntity(e, cards?.get(e.id)));
    lines.push('');
  }
  if (!analysis.entities.length) lines.push('No people, organisations, places or events found.', '');
  lines.push(`Timeline (${analysis.timeline.length})`);
  for (const t of analysis.timeline) lines.push(formatEvent(t, analysis));
  if (!analysis.timeline.length)
    lines.push(
      analysis.published
        ? '  No dated events.'
        : '  No publication date, so relative dates cannot be placed.',
    );
  return lines.join('\n') + '\n';
}

function formatEntity(e: Entity, card?: CardState): string[] {
  const times = e.mentions.length === 1 ? '1 mention' : `${e.mentions.length} mentions`;
  const also = e.aliases.filter((a) => a !== e.name);
  const out = [`  ${e.name} — ${times}${also.length ? ` (also "${also.join('", "')}")` : ''}`];
  if (e.descriptions.length) out.push(`      the article says: ${e.descriptions.join('; ')}`);
  if (card?.status === 'ok') {
    const c = card.card;
    out.push(
      `      Wikipedia: ${c.title}${c.qid ? ` (${c.qid})` : ''}${c.description ? ` — ${c.description}` : ''}`,
    );
    for (const f of c.facts) out.push(`        ${f.label}: ${f.value}`);
  } else if (card?.status === 'ambiguous') {
    out.push(`      Wikipedia: which ${e.name}?`);
    for (const c of card.choices)
      out.push(
        `        ${c.label} (${c.qid})${c.detail || c.description ? ` — ${c.detail ?? c.description}` : ''}`,
      );
  } else if (card && card.status !== 'lookups-off')
    out.push(`      Wikipedia: ${card.status === 'error' ? card.message : card.status}`);
  return out;
}

function formatEvent(t: TimelineEvent, analysis: Analysis): string {
  const names = t.entityIds.map((id) => analysis.entities.find((e) => e.id === id)?.name).filter(Boolean);
  const flags = [t.central ? 'central event' : '', t.status === 'scheduled' ? 'scheduled' : ''].filter(
    Boolean,
  );
  // At the granularity the article gave: "last spring" is "spring 2019", not the month it sorts at.
  return `  ${formatTimelineDate(t.date, t.granularity, t.value).padEnd(14)} ${t.label}${flags.length ? ` [${flags.join(', ')}]` : ''}${names.length ? `\n${' '.repeat(17)}with ${names.join(', ')}` : ''}`;
}
