/**
 * The row of shortcuts above a long timeline: one to the story's central event, one per year.
 * Shared by the article's timeline (popup) and the story so far (ui/StoryTimeline), so both jump,
 * scroll and move focus the same way.
 */
import { useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

/** The classes of one timeline item, so both timelines mark scheduled and central events alike. */
export function eventClasses(event: { status: 'happened' | 'scheduled'; central?: boolean }): string {
  return ['event', event.status === 'scheduled' ? 'is-scheduled' : '', event.central ? 'is-central' : '']
    .filter(Boolean)
    .join(' ');
}

/** Above this many events a timeline gets a row of year shortcuts. */
export const LONG_TIMELINE = 20;

export interface TimelineNavProps {
  /** How many events the timeline shows; short timelines get no shortcuts. */
  eventCount: number;
  /** The timeline's years, in the order their headings appear. */
  years: readonly string[];
  /** The id of a year's heading, the target of its shortcut. */
  yearHeadingId: (year: string) => string;
  /** The id of the central event's element, when the timeline has one. */
  centralId?: string;
}

/**
 * Scroll to an element of the timeline and move focus there, for keyboard readers. The lookup
 * starts from the nav's own root, so it finds its timeline inside a shadow root as on a page.
 */
function reveal(from: Node | null, id: string): void {
  const root = from?.getRootNode();
  const scope = root instanceof Document || root instanceof ShadowRoot ? root : document;
  const target = scope.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * Shortcuts for a timeline of more than {@link LONG_TIMELINE} events; nothing when it is short or
 * there is nowhere to jump (one year and no central event).
 */
export function TimelineNav({ eventCount, years, yearHeadingId, centralId }: TimelineNavProps) {
  const nav = useRef<HTMLElement>(null);
  const yearShortcuts = years.length > 1;
  if (eventCount <= LONG_TIMELINE || (!yearShortcuts && !centralId)) return null;
  return (
    <nav class="timeline-nav" aria-label={t('timelineJumpLabel')} ref={nav}>
      {centralId && (
        <button type="button" class="chip chip--story" onClick={() => reveal(nav.current, centralId)}>
          {t('timelineCentral')}
        </button>
      )}
      {yearShortcuts &&
        years.map((year) => (
          <button
            key={year}
            type="button"
            class="chip chip--year"
            onClick={() => reveal(nav.current, yearHeadingId(year))}
          >
            {year}
          </button>
        ))}
    </nav>
  );
}
