// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_TIMELINE, TimelineNav, type TimelineNavProps } from '../../../src/ui/TimelineNav';
import { click, mount, type Mounted } from '../popup/dom-helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const YEARS = ['2016', '2017', '2018'];

/** The nav above headings and a central event, as a timeline lays them out. */
function Timeline(props: Partial<TimelineNavProps>) {
  return (
    <div>
      <TimelineNav
        eventCount={LONG_TIMELINE + 1}
        years={YEARS}
        yearHeadingId={(year) => `y-${year}`}
        centralId="central"
        {...props}
      />
      {YEARS.map((year) => (
        <h2 key={year} id={`y-${year}`}>
          {year}
        </h2>
      ))}
      <li id="central">The summit</li>
    </div>
  );
}

const shortcuts = (root: ParentNode) =>
  [...root.querySelectorAll('.timeline-nav button')].map((button) => button.textContent);

describe('ui/TimelineNav', () => {
  let mounted: Mounted | undefined;
  afterEach(() => mounted?.unmount());

  it('offers the central event first, then one shortcut per year', () => {
    mounted = mount(<Timeline />);
    expect(shortcuts(mounted.root)).toEqual(['The story', ...YEARS]);
  });

  it('moves focus to the year whose shortcut is pressed, and to the central event', async () => {
    mounted = mount(<Timeline />);
    await click(mounted.root.querySelector('.chip--year:nth-child(3)'));
    expect(document.activeElement?.id).toBe('y-2017');
    await click(mounted.root.querySelector('.chip--story'));
    expect(document.activeElement?.id).toBe('central');
  });

  it.each([
    ['a timeline of at most LONG_TIMELINE events', { eventCount: LONG_TIMELINE }],
    ['one year and no central event', { years: ['2018'], centralId: undefined }],
  ])('shows nothing for %s', (_case, props) => {
    mounted = mount(<Timeline {...props} />);
    expect(mounted.root.querySelector('.timeline-nav')).toBeNull();
  });

  it('offers only the central event when every event is of one year', () => {
    mounted = mount(<Timeline years={['2018']} />);
    expect(shortcuts(mounted.root)).toEqual(['The story']);
  });

  it('finds its targets inside a shadow root, as in the hover card', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    act(() => render(<Timeline />, shadow));
    await click(shadow.querySelector('.chip--year'));
    expect(shadow.activeElement?.id).toBe('y-2016');
    act(() => render(null, shadow));
    host.remove();
  });
});
