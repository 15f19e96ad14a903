// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStory, toStoryView, type StoryView } from '../../../src/core/story';
import type { StoryEvent } from '../../../src/core/story';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { StoryTimeline } from '../../../src/ui/StoryTimeline';
import { article, event, person } from '../core/story/records';
import { click, mount, waitFor, type Mounted } from '../popup/dom-helpers';
import { createFakeBrowser } from '../popup/fake-browser';
import { PAGE_STATE, SETTINGS } from '../popup/fixtures';
import { Popup } from '../../../src/popup/Popup';

vi.mock('webextension-polyfill', () => ({ default: {} }));

// Built by hand: the jsdom environment cannot read the sample article from disk.
const trump = person('t', 'Trump');
const kim = person('k', 'Kim Jong Un');
const lavrov = article(
  'https://nationalreview.com/news/russian-foreign-minister-will-visit-north-korea-for-talks',
  '2018-05-30',
  [trump, kim, person('l', 'Sergey Lavrov')],
  [
    event('e1', '2018-05', 'Trump called off the summit earlier this month', ['t']),
    event('e2', '2018-05-31', 'Sergey Lavrov will visit North Korea for talks on Thursday', ['l'], {
      status: 'scheduled',
    }),
    event('e3', '2018-06-12', 'Singapore summit: Trump and Kim Jong Un', ['t', 'k'], {
      status: 'scheduled',
      central: true,
    }),
  ],
  {
    title: 'Russian Foreign Minister Will Visit North Korea for Talks',
    centralEvent: 'Singapore summit',
    // The address as read, which links open; `url` is only the article's identity.
    link: 'https://www.nationalreview.com/news/russian-foreign-minister-will-visit-north-korea-for-talks/',
  },
);
const summit = article(
  'https://news.example/2018/06/12/trump-kim-singapore-summit',
  '2018-06-12',
  [person('t', 'Donald Trump', ['Donald Trump', 'Trump']), kim, person('p', 'Mike Pompeo')],
  [
    event('e1', '2018-06-12', 'Trump and Kim Jong Un met in Singapore on Tuesday', ['t', 'k'], {
      central: true,
    }),
    event('e2', '2018-07', 'Mike Pompeo will travel to Pyongyang next month', ['p'], { status: 'scheduled' }),
  ],
  { title: 'Trump and Kim meet in Singapore', centralEvent: 'Singapore summit' },
);
/** The reader has the summit report open, and read the Lavrov article before. */
const STORY: StoryView = toStoryView(buildStory('korea', [lavrov, summit]), [lavrov, summit], summit.url);
const ALONE: StoryView = toStoryView(buildStory('alone', [summit]), [summit], summit.url);

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function open(answer: () => StoryView | null, memoryOn = true) {
  const fake = createFakeBrowser({ background: { getStory: answer } });
  setBrowserForTesting(fake.browser);
  mounted = mount(
    <StoryTimeline tabId={7} memoryOn={memoryOn}>
      <p class="own-timeline">this article's timeline</p>
    </StoryTimeline>,
  );
  return { fake, root: mounted.root };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const modeButton = (root: Element, mode: string) => root.querySelector(`[data-mode="${mode}"]`);

describe('ui/StoryTimeline', () => {
  it('is only the article timeline, and asks nothing, when story memory is off', async () => {
    const { root, fake } = open(() => STORY, false);
    await settle();
    expect(root.querySelector('.own-timeline')).not.toBeNull();
    expect(root.querySelector('.story-modes')).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'getStory')).toEqual([]);
  });

  it('offers no choice when the story holds only this article', async () => {
    const { root, fake } = open(() => ALONE);
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'getStory')).toBe(true));
    await settle();
    expect(root.querySelector('.story-modes')).toBeNull();
    expect(root.querySelector('.own-timeline')).not.toBeNull();
  });

  it('offers no choice when the background has no story or fails', async () => {
    const { root } = open(() => {
      throw new Error('database closed');
    });
    await settle();
    expect(root.querySelector('.story-modes')).toBeNull();
    expect(root.querySelector('.own-timeline')).not.toBeNull();
  });

  it('says before any click that the article continues a story already read', async () => {
    const { root } = open(() => STORY);
    await waitFor(() => expect(root.querySelector('.story-continues')).not.toBeNull());
    const line = root.querySelector('.story-continues')!;
    expect(line.textContent).toBe('Continues a story you read: Singapore summit, 2 articles');
    expect(line.querySelector('em')?.textContent).toBe('Singapore summit');
  });

  it('starts on this article and switches to the story so far', async () => {
    const { root, fake } = open(() => STORY);
    await waitFor(() => expect(modeButton(root, 'story')).not.toBeNull());
    expect(fake.calls.find((c) => c.method === 'getStory')?.payload).toEqual({ tabId: 7 });
    expect(modeButton(root, 'article')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.own-timeline')).not.toBeNull();

    await click(modeButton(root, 'story'));
    expect(modeButton(root, 'story')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.own-timeline')).toBeNull();
    expect(root.querySelector('.story-summary')?.textContent).toBe('Singapore summit · 2 articles');

    await click(modeButton(root, 'article'));
    expect(root.querySelector('.own-timeline')).not.toBeNull();
  });

  it('lists the events in date order, each dated at its granularity and linked to its source', async () => {
    const { root } = open(() => STORY);
    await waitFor(() => expect(modeButton(root, 'story')).not.toBeNull());
    await click(modeButton(root, 'story'));
    const items = [...root.querySelectorAll<HTMLElement>('.story-timeline li.event')];
    expect(items).toHaveLength(STORY.events.length);
    const dates = items.map((li) => li.dataset.date!);
    expect(dates).toEqual([...dates].sort());

    const month = items.find((li) => li.dataset.date === '2018-05')!;
    expect(month.querySelector('time')?.textContent).toBe('May 2018');

    const visit = items.find((li) => li.textContent?.includes('Sergey Lavrov will visit'))!;
    expect(visit.querySelector('time')?.textContent).toBe('31 May 2018');
    const link = visit.querySelector<HTMLAnchorElement>('.story-source a')!;
    expect(link.getAttribute('href')).toBe(lavrov.link);
    expect(link.textContent).toBe(lavrov.title);
    expect(link.getAttribute('target')).toBe('_blank');

    // The summit: told by the open article, and by the Lavrov article, which is linked.
    const summitDay = items.find((li) => li.classList.contains('is-central'))!;
    expect(summitDay.dataset.date).toBe('2018-06-12');
    expect(summitDay.querySelector('.story-source-here')?.textContent).toBe('this article');
    expect(summitDay.querySelector('.story-also a')?.getAttribute('href')).toBe(lavrov.link);
  });

  it('stays a scannable list with 200 events: one item each, under one heading per year', async () => {
    const base = STORY.events[0]!;
    const many: StoryEvent[] = Array.from({ length: 200 }, (_, i) => ({
      ...base,
      id: `e${i}`,
      date: `${2000 + Math.floor(i / 20)}-${String((i % 12) + 1).padStart(2, '0')}`,
      granularity: 'month' as const,
      label: `Event ${i}`,
      central: i === 150,
    })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const { root } = open(() => ({ ...STORY, events: many }));
    await waitFor(() => expect(modeButton(root, 'story')).not.toBeNull());
    await click(modeButton(root, 'story'));
    expect(root.querySelectorAll('.story-timeline li.event')).toHaveLength(200);
    const years = [...root.querySelectorAll('.story-timeline .year-title')].map((h) => h.textContent);
    expect(years).toEqual(Array.from({ length: 10 }, (_, i) => String(2000 + i)));

    // Year shortcuts, as on a long article timeline: each moves focus to its year.
    const shortcuts = [
      ...root.querySelectorAll<HTMLButtonElement>('.story-timeline .timeline-nav .chip--year'),
    ];
    expect(shortcuts.map((b) => b.textContent)).toEqual(years);
    await click(shortcuts[7]!);
    expect(document.activeElement?.id).toBe('story-year-2007');
    await click(root.querySelector('.story-timeline .timeline-nav .chip--story'));
    expect(document.activeElement?.textContent).toContain('Event 150');
  });

  it('offers no shortcuts for a short story', async () => {
    const { root } = open(() => STORY);
    await waitFor(() => expect(modeButton(root, 'story')).not.toBeNull());
    await click(modeButton(root, 'story'));
    expect(root.querySelector('.timeline-nav')).toBeNull();
  });
});

describe('ui/StoryTimeline in the popup', () => {
  const background = (storyMemory: boolean) => ({
    getPageState: () => PAGE_STATE,
    getSettings: () => ({ ...SETTINGS, storyMemory }),
    getStory: () => STORY,
    getCard: () => ({ status: 'lookups-off' as const }),
  });

  async function openPopup(storyMemory: boolean) {
    const fake = createFakeBrowser({
      tabs: { 7: PAGE_STATE.analysis.url ?? '' },
      background: background(storyMemory),
      content: { ping: () => ({ types: [] }), revealMention: () => 0 },
    });
    setBrowserForTesting(fake.browser);
    mounted = mount(<Popup tabId={7} />);
    const root = mounted.root;
    await waitFor(() => expect(root.querySelector('#popup-tab-timeline')).not.toBeNull());
    await click(root.querySelector('#popup-tab-timeline'));
    return { fake, root };
  }

  it("offers the story so far in the Timeline tab when memory is on, over the article's own timeline", async () => {
    const { root } = await openPopup(true);
    await waitFor(() => expect(modeButton(root, 'story')).not.toBeNull());
    expect(root.querySelectorAll('#popup-panel-timeline li.event').length).toBe(
      PAGE_STATE.analysis.timeline.length,
    );
    await click(modeButton(root, 'story'));
    expect(root.querySelectorAll('#popup-panel-timeline .story-timeline li.event')).toHaveLength(
      STORY.events.length,
    );
  });

  it('shows only the article timeline when memory is off', async () => {
    const { root, fake } = await openPopup(false);
    await settle();
    expect(root.querySelector('.story-modes')).toBeNull();
    expect(fake.calls.some((c) => c.method === 'getStory')).toBe(false);
  });
});
