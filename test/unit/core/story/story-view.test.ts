import { describe, expect, it } from 'vitest';
import { toArticleRecord } from '../../../../src/core/story/article-record';
import { buildStory } from '../../../../src/core/story/assign-story';
import {
  buildExport,
  exportJson,
  exportMarkdown,
  toStoryView,
  type StoryExport,
} from '../../../../src/core/story/story-view';
import { footballAnalysis, LAVROV_URL, lavrovAnalysis, summitAnalysis } from './articles';

const lavrov = toArticleRecord(lavrovAnalysis(), Date.UTC(2018, 4, 30))!;
const summit = toArticleRecord(summitAnalysis(), Date.UTC(2018, 5, 12))!;
const football = toArticleRecord(footballAnalysis(), Date.UTC(2018, 4, 11))!;
const korea = buildStory('korea', [summit, lavrov]);
const sport = buildStory('sport', [football]);
const all = [lavrov, summit, football];

describe('core/story/toStoryView', () => {
  it("lists the story's articles oldest first, its merged events, and the article asked about", () => {
    const view = toStoryView(korea, all, summit.url);
    expect(view.story).toEqual({ id: 'korea', title: 'Singapore summit', articleCount: 2 });
    expect(view.articles.map((a) => a.url)).toEqual([lavrov.url, summit.url]);
    expect(view.current).toBe(summit.url);
    expect(view.events.length).toBe(lavrov.events.length + summit.events.length - 1);
  });
});

describe('core/story/export', () => {
  const data: StoryExport = buildExport([sport, korea], all, new Date(Date.UTC(2018, 5, 13)));

  it('puts the most recently read story first', () => {
    expect(data.stories.map((s) => s.id)).toEqual(['korea', 'sport']);
    expect(data.exportedAt).toBe('2018-06-13T00:00:00.000Z');
  });

  it('writes JSON that reads back to the same stories, events and sources', () => {
    const back = JSON.parse(exportJson(data)) as StoryExport;
    expect(back).toEqual(data);
    const summitDay = back.stories[0]!.events.find((e) => e.central);
    expect(summitDay).toMatchObject({
      date: '2018-06-12',
      source: { url: summit.url },
      alsoIn: [{ url: lavrov.url }],
    });
  });

  it('writes Markdown with every story, every event with its date, and links to the sources', () => {
    const md = exportMarkdown(data);
    expect(md).toContain('## Singapore summit');
    expect(md).toContain('## Bayern Munich name Niko Kovac coach');
    expect(md).toContain(
      `- **2018-05-31** (scheduled): Sergey Lavrov will visit North Korea for talks on Thursday ([Russian Foreign Minister Will Visit North Korea for Talks](${lavrov.link}))`,
    );
    expect(md).toContain(`[Trump and Kim meet in Singapore](${summit.link}); also [Russian Foreign Minister`);
    // Links open the page as it was read (www., scheme, trailing slash), not the canonical key.
    expect(lavrov.link).toBe(LAVROV_URL);
    expect(md).not.toContain(`](${lavrov.url})`);
    for (const story of data.stories) for (const event of story.events) expect(md).toContain(event.label);
  });

  it('keeps a title with brackets from breaking its link', () => {
    const odd = { ...football, title: 'Bayern [updated]', link: 'https://sport.example/a_(b)' };
    const md = exportMarkdown(buildExport([buildStory('x', [odd])], [odd], new Date(0)));
    expect(md).toContain('[Bayern \\[updated\\]](https://sport.example/a_%28b%29)');
  });

  it('says so when nothing is remembered', () => {
    expect(exportMarkdown(buildExport([], [], new Date(0)))).toContain('Nothing is remembered.');
  });
});
