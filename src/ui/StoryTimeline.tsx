/**
 * The Timeline tab's choice between "This article" (the popup's own timeline, passed as children)
 * and "The story so far": the merged events of every remembered article of the same story, each
 * linked to the article that told it. The choice appears only when the reader turned story memory
 * on and the story holds more than this article; otherwise the tab is exactly the article's timeline.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleRef, StoryEvent, StoryView } from '../core/story';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { formatEventDate, yearOf } from './format-date';
import { TimelineNav, eventClasses } from './TimelineNav';
import './story-timeline.css';

type Mode = 'article' | 'story';

export interface StoryTimelineProps {
  tabId: number;
  /** `settings.storyMemory === true`; when false nothing is asked of the background. */
  memoryOn: boolean;
  /** The article's own timeline. */
  children: ComponentChildren;
}

/** Consecutive events of one year, for the sticky headings that keep 200 events readable. */
function byYear(events: readonly StoryEvent[]): { year: string; events: StoryEvent[] }[] {
  const groups: { year: string; events: StoryEvent[] }[] = [];
  for (const event of events) {
    const year = yearOf(event.date);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

function SourceLink({ source, current }: { source: ArticleRef; current: string }) {
  if (source.url === current) return <span class="story-source-here">{t('storySourceThis')}</span>;
  return (
    <a href={source.link} target="_blank" rel="noopener noreferrer" title={source.site}>
      {source.title}
    </a>
  );
}

const CENTRAL_ID = 'story-central';

function StoryEventItem({ event, current, anchor }: { event: StoryEvent; current: string; anchor?: string }) {
  const classes = eventClasses(event);
  return (
    <li
      class={classes}
      id={anchor}
      data-date={event.date}
      data-granularity={event.granularity}
      {...(event.value ? { 'data-value': event.value } : {})}
      data-source={event.source.url}
    >
      <span class="event-marker" aria-hidden="true" />
      <div class="event-body">
        <p class="event-meta">
          <time dateTime={event.date}>{formatEventDate(event)}</time>
          {event.status === 'scheduled' && (
            <span class="badge badge--scheduled">{t('timelineScheduled')}</span>
          )}
          {event.central && <span class="badge badge--central">{t('timelineCentral')}</span>}
        </p>
        <p class="event-label" title={event.sentence}>
          {event.label}
        </p>
        <p class="story-source">
          {t('storySourceLabel')} <SourceLink source={event.source} current={current} />
          {event.alsoIn.map((ref) => (
            <span key={ref.url} class="story-also">
              {' · '}
              <SourceLink source={ref} current={current} />
            </span>
          ))}
        </p>
      </div>
    </li>
  );
}

/** The story so far, in date order. */
export function StoryEvents({ view }: { view: StoryView }) {
  const groups = useMemo(() => byYear(view.events), [view.events]);
  if (!view.events.length) return <p class="empty-panel">{t('storyEmpty')}</p>;
  const central = view.events.find((event) => event.central);
  return (
    <div class="timeline story-timeline">
      <p class="story-summary">{t('storySummary', [view.story.title, view.story.articleCount])}</p>
      <TimelineNav
        eventCount={view.events.length}
        years={groups.map((group) => group.year)}
        yearHeadingId={(year) => `story-year-${year}`}
        centralId={central && CENTRAL_ID}
      />
      {groups.map((group) => (
        <section key={group.year} class="timeline-year" aria-labelledby={`story-year-${group.year}`}>
          <h2 class="year-title" id={`story-year-${group.year}`}>
            {group.year}
          </h2>
          <ol class="events">
            {group.events.map((event) => (
              <StoryEventItem
                key={event.id}
                event={event}
                current={view.current}
                anchor={event === central ? CENTRAL_ID : undefined}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** Ask for the tab's story; a failure only means there is no story to offer. */
function useStory(tabId: number, memoryOn: boolean): StoryView | null {
  const [view, setView] = useState<StoryView | null>(null);
  useEffect(() => {
    setView(null);
    if (!memoryOn) return;
    let current = true;
    callBackground('getStory', { tabId })
      .then((answer) => current && setView(answer))
      .catch(() => undefined);
    // A late answer for another tab, or after memory was switched off, must not show.
    return () => {
      current = false;
    };
  }, [tabId, memoryOn]);
  return view;
}

export function StoryTimeline({ tabId, memoryOn, children }: StoryTimelineProps) {
  const view = useStory(tabId, memoryOn);
  const [mode, setMode] = useState<Mode>('article');
  if (!view || view.articles.length < 2) return <>{children}</>;
  const choice = (key: Mode, label: string) => (
    <button
      type="button"
      class="story-mode"
      data-mode={key}
      aria-pressed={mode === key}
      onClick={() => setMode(key)}
    >
      {label}
    </button>
  );
  const [before, after] = t('storyContinues', ['\u0000', view.story.articleCount]).split('\u0000');
  return (
    <div class="story-timeline-switch">
      <p class="story-continues">
        {before}
        <em>{view.story.title}</em>
        {after}
      </p>
      <div class="story-modes" role="group" aria-label={t('storyModesLabel')}>
        {choice('article', t('storyThisArticle'))}
        {choice('story', t('storySoFar'))}
      </div>
      {mode === 'article' ? children : <StoryEvents view={view} />}
    </div>
  );
}
