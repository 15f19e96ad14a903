// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { StoryMemoryControls, type DownloadFile } from '../../../src/ui/StoryMemoryControls';
import { click, mount, waitFor, type Mounted } from '../popup/dom-helpers';
import { createFakeBrowser, type FakeHandlers } from '../popup/fake-browser';
import type { BackgroundMethods } from '../../../src/shared/protocol';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function open(background: FakeHandlers<BackgroundMethods>) {
  const fake = createFakeBrowser({ background });
  setBrowserForTesting(fake.browser);
  const files: DownloadFile[] = [];
  mounted = mount(<StoryMemoryControls download={(file) => files.push(file)} />);
  return { fake, files, root: mounted.root };
}

const button = (root: Element, text: string): Element | null =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) ?? null;

describe('ui/StoryMemoryControls', () => {
  it('saves the Markdown export as a .md file', async () => {
    const { root, files } = open({ exportStoryMemory: ({ format }) => `export as ${format}` });
    await click(button(root, 'Export as Markdown'));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]).toEqual({
      name: 'backstory-stories.md',
      type: 'text/markdown;charset=utf-8',
      text: 'export as markdown',
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Your stories were saved as a file.');
  });

  it('saves the JSON export as a .json file', async () => {
    const { root, files } = open({ exportStoryMemory: ({ format }) => `{"format":"${format}"}` });
    await click(button(root, 'Export as JSON'));
    await waitFor(() => expect(files[0]?.name).toBe('backstory-stories.json'));
    expect(files[0]?.text).toBe('{"format":"json"}');
  });

  it('clears only after the reader confirms', async () => {
    const { root, fake } = open({ clearStoryMemory: () => null });
    await click(button(root, 'Forget all stories'));
    expect(fake.calls.some((c) => c.method === 'clearStoryMemory')).toBe(false);
    await click(button(root, 'Keep them'));
    expect(button(root, 'Yes, forget every story')).toBeNull();

    await click(button(root, 'Forget all stories'));
    await click(button(root, 'Yes, forget every story'));
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Every remembered story is forgotten.'),
    );
    expect(fake.calls.filter((c) => c.method === 'clearStoryMemory')).toHaveLength(1);
  });

  it('says so when the background fails', async () => {
    const { root, files } = open({
      exportStoryMemory: () => {
        throw new Error('database closed');
      },
    });
    await click(button(root, 'Export as JSON'));
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('That did not work: database closed'),
    );
    expect(files).toEqual([]);
  });
});
