/**
 * What the popup shows and what an export holds: plain data built from stored articles, so the
 * background answers `getStory` and `exportStoryMemory` with no logic of its own.
 */
import { refOf, type ArticleRecord, type ArticleRef } from './article-record';
import type { Story } from './assign-story';
import { storySoFar, type StoryEvent } from './story-so-far';

export interface StoryArticle extends ArticleRef {
  readAt: number;
}

export interface StoryView {
  story: { id: string; title: string; articleCount: number };
  /** The story's articles, oldest publication first. */
  articles: StoryArticle[];
  events: StoryEvent[];
  /** The canonical URL of the article the view was asked for. */
  current: string;
}

function storyArticles(story: Story, articles: readonly ArticleRecord[]): StoryArticle[] {
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  return story.articleUrls.flatMap((url) => {
    const article = byUrl.get(url);
    return article ? [{ ...refOf(article), readAt: article.readAt }] : [];
  });
}

export function toStoryView(story: Story, articles: readonly ArticleRecord[], current: string): StoryView {
  const own = storyArticles(story, articles);
  return {
    story: { id: story.id, title: story.title, articleCount: own.length },
    articles: own,
    events: storySoFar(story, articles),
    current,
  };
}

export interface StoryExport {
  format: 'backstory-story-memory';
  version: 1;
  exportedAt: string;
  stories: { id: string; title: string; articles: StoryArticle[]; events: StoryEvent[] }[];
}

/** Every story, most recently read first. */
export function buildExport(
  stories: readonly Story[],
  articles: readonly ArticleRecord[],
  exportedAt: Date,
): StoryExport {
  return {
    format: 'backstory-story-memory',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    stories: [...stories]
      .sort((a, b) => b.lastReadAt - a.lastReadAt)
      .map((story) => ({
        id: story.id,
        title: story.title,
        articles: storyArticles(story, articles),
        events: storySoFar(story, articles),
      })),
  };
}

export function exportJson(data: StoryExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Brackets and backslashes would end a Markdown link text early. */
const linkText = (s: string): string => s.replace(/([\\[\]])/g, '\\$1').replace(/\s+/g, ' ');
/** Parentheses and spaces would end a link target early. */
const linkTarget = (url: string): string =>
  url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const link = (ref: ArticleRef): string => `[${linkText(ref.title)}](${linkTarget(ref.link)})`;
/** A line must not turn into a heading, list or quote of its own. */
const inline = (s: string): string => s.replace(/\s+/g, ' ').replace(/^([#>*+-])/, '\\$1');

export function exportMarkdown(data: StoryExport): string {
  const lines = ['# Backstory: the stories so far', '', `Exported ${data.exportedAt}.`, ''];
  if (!data.stories.length) lines.push('Nothing is remembered.', '');
  for (const story of data.stories) {
    lines.push(`## ${inline(story.title)}`, '', '### Articles', '');
    for (const article of story.articles) {
      const meta = [article.site, article.published].filter(Boolean).join(', ');
      lines.push(`- ${link(article)}${meta ? ` (${inline(meta)})` : ''}`);
    }
    lines.push('', '### Events', '');
    if (!story.events.length) lines.push('No dated events.');
    for (const event of story.events) {
      const status = event.status === 'scheduled' ? ' (scheduled)' : '';
      const also = event.alsoIn.length ? `; also ${event.alsoIn.map(link).join(', ')}` : '';
      lines.push(`- **${event.date}**${status}: ${inline(event.label)} (${link(event.source)}${also})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
