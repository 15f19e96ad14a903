/**
 * The story in date order, as a vertical line. Dates are written only as precisely as they are
 * known; a long timeline is broken up by sticky year headings so 200 events stay readable.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entity, TimelineEvent } from '../core/types';
import { t } from '../shared/i18n';
import { formatEventDate, yearOf } from '../ui/format-date';
import { TimelineNav, eventClasses } from '../ui/TimelineNav';
import { InlineCard } from './InlineCard';

/** Date order; events on the same date keep the order the article tells them in. */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.span.start - b.span.start,
  );
}

/** Consecutive events of the same year, for the headings. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = yearOf(event.date);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

interface EventItemProps {
  tabId: number;
  event: TimelineEvent;
  entities: ReadonlyMap<string, Entity>;
  published?: string;
  /** The element id, for the event the shortcuts jump to. */
  anchor?: string;
}

/** The id of the central event, the target of the "The story" shortcut. */
const CENTRAL_ID = 'timeline-central';

function EventItem({ tabId, event, entities, published, anchor }: EventItemProps) {
  const [openId, setOpenId] = useState<string | null>(null);
  const involved = event.entityIds.map((id) => entities.get(id)).filter((e): e is Entity => !!e);
  const open = openId ? entities.get(openId) : undefined;
  const classes = eventClasses(event);
  const cardId = `event-card-${event.id}`;
  return (
    <li
      class={classes}
      id={anchor}
      data-date={event.date}
      data-granularity={event.granularity}
      data-value={event.value}
      data-event-id={event.id}
      aria-current={event.central ? 'true' : undefined}
    >
      <span class="event-marker" aria-hidden="true" />
      <div class="event-body">
        <p class="event-meta">
          <time
            dateTime={event.date}
            title={event.dateText ? t('timelineAsWritten', event.dateText) : undefined}
          >
            {formatEventDate(event)}
          </time>
          {event.status === 'scheduled' && (
            <span class="badge badge--scheduled">{t('timelineScheduled')}</span>
          )}
          {event.central && <span class="badge badge--central">{t('timelineCentral')}</span>}
          {published && event.date === published && <span class="badge">{t('timelinePublishedDay')}</span>}
        </p>
        <p class="event-label" title={event.sentence}>
          {event.label}
        </p>
        {involved.length > 0 && (
          <ul class="chips" aria-label={t('timelineInvolved')}>
            {involved.map((entity) => (
              <li key={entity.id}>
                <button
                  type="button"
                  class={`chip chip--${entity.type}`}
                  data-entity-id={entity.id}
                  aria-expanded={openId === entity.id}
                  aria-controls={openId === entity.id ? cardId : undefined}
                  onClick={() => setOpenId((id) => (id === entity.id ? null : entity.id))}
                >
                  <span class="type-dot" aria-hidden="true" />
                  {entity.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        {open && <InlineCard tabId={tabId} entity={open} id={cardId} />}
      </div>
    </li>
  );
}

export interface TimelineProps {
  tabId: number;
  events: readonly TimelineEvent[];
  entities: readonly Entity[];
  /** The article's publication day, marked on the line. */
  published?: string;
}

export function Timeline({ tabId, events, entities, published }: TimelineProps) {
  const byId = useMemo(() => new Map(entities.map((entity) => [entity.id, entity])), [entities]);
  const groups = useMemo(() => groupByYear(sortTimeline(events)), [events]);
  if (!events.length) return <p class="empty-panel">{t('timelineEmpty')}</p>;
  const central = events.find((event) => event.central);
  return (
    <div class="timeline">
      <TimelineNav
        eventCount={events.length}
        years={groups.map((group) => group.year)}
        yearHeadingId={(year) => `year-${year}`}
        centralId={central && CENTRAL_ID}
      />
      {groups.map((group) => (
        <section key={group.year} class="timeline-year" aria-labelledby={`year-${group.year}`}>
          <h2 class="year-title" id={`year-${group.year}`}>
            {group.year}
          </h2>
          <ol class="events">
            {group.events.map((event) => (
              <EventItem
                key={event.id}
                tabId={tabId}
                event={event}
                entities={byId}
                published={published}
                anchor={event === central ? CENTRAL_ID : undefined}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
