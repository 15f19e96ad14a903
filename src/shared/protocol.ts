/**
 * The one message protocol between content scripts, the popup, the options page and the background.
 * Each direction is a map of method name → [request, response]. Every response crosses the boundary
 * as a `Result`, so a failure in the background reaches the caller as data.
 */
import type { StoryView } from '../core/story';
import type { Analysis, EntityType, PublishedDate } from '../core/types';
import type { WireAnalysis } from './analysis-wire';
import type { CandidateChoice, CardState } from './card';
import type { Result } from './result';
import type { Settings } from './settings';

/** What the content script sends to have a page analysed. The text never leaves the device. */
export interface PageText {
  url: string;
  title: string;
  site: string;
  /** The article's text, blocks separated by blank lines. */
  text: string;
  published?: PublishedDate;
  /** The language the page declares (`<html lang>`, `og:locale`), as a primary subtag ("en"). */
  lang?: string;
  /**
   * Set when `text` is only a part of the article (the reader's part of a long page, sent ahead of the
   * whole): where it starts in the whole text. The answer is in the whole text's offsets, `partial`.
   */
  part?: { offset: number };
  /**
   * Set when the text was sent ahead in pieces (`sendTextPart`, for a text over `TEXT_PART_CHARS`):
   * `text` is then empty, and the background joins the upload's `count` pieces in its place.
   */
  upload?: { id: string; count: number };
}

/**
 * A long article's text goes to the background in pieces of at most this many characters, one message
 * each: one message of a 1 MB text is a task of about 90 ms in the page (it is copied whole).
 */
export const TEXT_PART_CHARS = 131_072;
/** At most this many pieces to one upload (16 million characters): more is refused. */
export const MAX_TEXT_PARTS = 128;

/** One piece of a long article's text, sent before the `analyzePage` that names its upload. */
export interface TextPart {
  upload: string;
  index: number;
  count: number;
  text: string;
}

/** What the background keeps for each tab, for the popup. */
export interface PageState {
  tabId: number;
  analysis: Analysis;
  /** The page's host is switched on. */
  enabled: boolean;
}

/** Requests handled by the background. */
export interface BackgroundMethods {
  /** The analysis, its mentions as offsets into the text sent (`analysis-wire.ts`). */
  analyzePage: [PageText, WireAnalysis];
  /** A piece of a long article's text, ahead of its `analyzePage` (see `PageText.upload`). */
  sendTextPart: [TextPart, null];
  /** A card for one entity of a tab's page. `tabId` is filled from the sender for content scripts. */
  getCard: [{ tabId?: number; entityId: string }, CardState];
  /** Choose another candidate for an entity ("not this one"); the choice is remembered. */
  chooseCandidate: [{ tabId?: number; entityId: string; qid: CandidateChoice }, CardState];
  getPageState: [{ tabId: number }, PageState | null];
  /**
   * Wikipedia's short descriptions of a tab's entities, by entity id, from the cards the background
   * already has or is fetching for that page; empty while lookups are off. Asks nothing new.
   */
  knownDescriptions: [{ tabId: number }, Record<string, string>];
  getSettings: [Record<string, never>, Settings];
  updateSettings: [Partial<Settings>, Settings];
  setSiteEnabled: [{ host: string; enabled: boolean }, Settings];
  /** The content script reports that it found no article on this page. */
  reportNoArticle: [{ url: string }, null];
  /** "The story so far" of a tab's article; null when story memory is off or the article is not remembered. */
  getStory: [{ tabId: number }, StoryView | null];
  /** Forget every remembered article and story. */
  clearStoryMemory: [Record<string, never>, null];
  /** Every remembered story as a file's contents, for a download through a Blob URL. */
  exportStoryMemory: [{ format: 'markdown' | 'json' }, string];
}

/**
 * Where the content script is with the page, for the popup: still `reading` it (or waiting for the
 * background), `found` an article and highlighted it, or found `none` (so the popup need not wait).
 */
export type ArticleProgress = 'reading' | 'found' | 'none';

/** Requests handled by a tab's content script. */
export interface ContentMethods {
  /** Scroll to a mention of an entity and flash it. Returns the index of the mention shown. */
  revealMention: [{ entityId: string; index?: number }, number];
  /** Settings changed: re-apply (types, mode, on/off). */
  applySettings: [Settings, null];
  /** Read the article again and have it analysed: the background lost what it had (the popup's retry). */
  readAgain: [Record<string, never>, null];
  /** Highlight types in use, for the popup legend. */
  ping: [Record<string, never>, { types: EntityType[]; article?: ArticleProgress }];
}

export type MethodName<M> = keyof M & string;
export type Request<M, K extends keyof M> = M[K] extends [infer Q, unknown] ? Q : never;
export type Response<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;

/** The wire format of every message. */
export interface Envelope<M, K extends MethodName<M> = MethodName<M>> {
  backstory: 1;
  method: K;
  payload: Request<M, K>;
}

export type Reply<M, K extends keyof M> = Result<Response<M, K>>;

export function isEnvelope(x: unknown): x is Envelope<Record<string, [unknown, unknown]>> {
  return !!x && typeof x === 'object' && (x as { backstory?: unknown }).backstory === 1;
}
