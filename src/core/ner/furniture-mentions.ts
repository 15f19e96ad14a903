/**
 * Page furniture that survives inside the article body: newsletter and subscription prompts, "Popular
 * on X" and "More great X stories" headings, the author's bio line at the end, credits of photos,
 * videos and graphics, pictures' captions ("FILE PHOTO: …", a line signed "AGENCY/Name"), the
 * publisher's notes (where the story appeared in print, the letters page's invitation), a list of the
 * site's stories led by pictographs, a quoted hashtag, and the run of topic tags some sites print
 * after the story. The names in them are the publisher's, the author's, a photo agency's or a tag's,
 * not the story's (the guidelines leave bylines, credits and promotions out), so their mentions are
 * dropped.
 * So are an analysis box's byline ("Name, Outlet diplomatic correspondent"), a "Contributing: Name"
 * line, the site's call for tips (its address, its secure channels), and a wire agency's credit
 * closing a paragraph ("… said. PTI").
 * Only those mentions: a place the bio names stays highlighted where the story names it.
 *
 * A block that is nothing but a short capitalised run ("Harbor Press Photos", "The Long Winter") is a
 * photo credit, a byline or a subheading, not a sentence of the story: a name in it is kept only when
 * the story also writes it elsewhere. A block all in capitals is a dateline ("LISBON") and stays.
 */
import { pacer, runToEnd, type Steps } from '../steps';
import type { RecognizedSpan } from '../types';

/** A block that is a prompt or a heading of the site, not a sentence of the story. */
const PROMPT =
  /^(?:subscribe\b|sign[- ]?up\b|click here\b|check out more\b|follow (?:us|me|him|her)\b|popular on\b|more (?:great|from|stories)\b|next on\b|read more\b|related(?:\s*:|\s+(?:stories|articles|coverage|content|links)\b)|recommended(?:\s*:|\s+for you\b)|don['’]t miss\b|this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared|is related to)\b|our standards\b|advertisement\b|share this\b|more great\b)/i;
/** The publisher's notes after a story: where it appeared in print, the letters page's invitation. */
const NOTE =
  /^(?:a version of this (?:article|story|review|column) appears\b|the [\p{L} ]{1,40}? is committed to publishing\b)/iu;
/** "Jane Doe is a breaking news reporter for …": the author's bio. */
const BIO =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|de|di|da|du|van|von|der|al|bin|la|le)\s){1,5}(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,5}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|critic)\b/u;
/** Words right before a credited name: "(Video by X)", "Photo Credit : X", "Infographics for X", "sources: X". */
const CREDIT_BEFORE =
  /(?:\b(?:photo|image|video|graphic|illustration|infographic|picture|footage)s?(?:\s+credit)?\s*(?:by|for|:)|\b(?:credits?|courtesy(?:\s+of)?|sources?)\s*:)\s*$/i;
/**
 * A picture's caption: "FILE PHOTO: …", "This satellite image from … shows …", or a line signed by a
 * wire agency's credit ("… REUTERS/Ana Gil").
 */
const CAPTION =
  /^(?:(?:file )?(?:photo|image|picture)\s*:|(?:this|the|a|an) (?:[\p{L}-]+ ){0,2}(?:photo|photograph|image|picture|screenshot)s? (?:from|by|of|shows|taken)\b)/iu;
const AGENCY_SIGNED = /\b\p{Lu}{2,}\/\s?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;
/**
 * An analysis box's byline: a name, then the outlet and the role ("Ana Reis, Harbor News diplomatic
 * correspondent"), and nothing else.
 */
const ROLE_BYLINE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*,\s+(?:the\s+)?(?:[\p{L}&.'’-]+\s){0,4}(?:correspondent|editor|reporter|writer|analyst|columnist|producer|journalist)$/u;
const ROLE_BYLINE_MAX = 120;
/** "Contributing: Ana Reis": who else worked on the story, as its foot credits them. */
const CONTRIBUTING = /^(?:contributing(?:\s+writers?|\s+reporters?)?|additional reporting)\s*(?::|by\b)/iu;
/**
 * The site's invitation to send it tips: an e-mail address and "write to the reporter / us" (with
 * the secure channels and the postal address that come with it). A story that quotes an address
 * does not ask the reader to write to its writer.
 */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
const TIP_INVITATION =
  /\b(?:e-?mail|contact|write to|reach|message|send (?:tips|them) to)\s+(?:the (?:writer|author|reporter|editors?|newsroom|desk)|us|me)\b/iu;
const TIP_BOX_MAX = 600;
/**
 * A wire agency's credit closing the story's last lines: "… the officials said. PTI", "… (AP)". It
 * stands after the sentence's end, alone.
 */
const AGENCY_CREDIT =
  /[.!?"”’]\s+(?:[—–-]\s*)?[([]?(?:AP|AFP|PTI|IANS|ANI|UNI|Reuters|REUTERS|Xinhua|XINHUA|dpa|DPA|EFE|ANSA|TASS|Kyodo|Yonhap|Bernama|AAP|UPI)[)\]]?\s*$/u;

/** A caption or a note runs to a few sentences. */
const CAPTION_MAX = 400;
/** "📱 Torn between …": a site's list of its other stories, each line led by a pictograph. */
const PICTOGRAPH_LED = /^\p{Extended_Pictographic}/u;
/** A topic tag: one to four capitalised words and nothing else. */
const TAG = /^\p{Lu}[\p{L}\d'’-]*(?: \p{Lu}[\p{L}\d'’-]*){0,3}$/u;
/** Tags come in runs; one title-case line alone may be a subheading. */
const TAG_RUN = 3;
/** A prompt or heading is short; a bio line a few sentences. */
const PROMPT_MAX = 200;
const BIO_MAX = 400;

/** A block that is one capitalised run of up to six words, "of", "and" or "&" between them, and nothing else. */
const LONE_NAME_BLOCK =
  /^\p{Lu}[\p{L}\p{M}\d'’.&-]*(?: (?:(?:of|and|&|the) )?\p{Lu}[\p{L}\p{M}\d'’.&-]*){0,5}$/u;

export function dropFurnitureMentions(text: string, spans: readonly RecognizedSpan[]): RecognizedSpan[] {
  return runToEnd(dropFurnitureMentionsSteps(text, spans));
}

/** Names read between two chances to pause. */
const NAMES_PER_STEP = 256;

/** `dropFurnitureMentions` as steps (`core/steps.ts`). */
export function* dropFurnitureMentionsSteps(
  text: string,
  spans: readonly RecognizedSpan[],
): Steps<RecognizedSpan[]> {
  const pause = pacer(NAMES_PER_STEP);
  const blocks = yield* furnitureBlocksSteps(text);
  yield;
  const lone = yield* loneNameBlocksSteps(text);
  yield;
  // A credit's name counts as written in the story only where the story proper writes it, not in a
  // caption or prompt next to it. Both lists cut the text at the same block ends: one per start.
  const story = storyText(
    text,
    [...new Map([...lone, ...blocks].map((b) => [b[0], b])).values()].sort((a, b) => a[0] - b[0]),
  );
  yield;
  const kept: RecognizedSpan[] = [];
  for (const span of spans) {
    if (pause()) yield;
    if (blocks.some(([from, to]) => span.start >= from && span.end <= to)) continue;
    // "#Harbor Fest": a hashtag quoted from a post is a tag, not a name of the story.
    if (text[span.start - 1] === '#') continue;
    if (lone.some(([from, to]) => span.start >= from && span.end <= to) && !writtenIn(story, span.text))
      continue;
    const blockStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, span.start - 60);
    if (!CREDIT_BEFORE.test(text.slice(blockStart, span.start))) kept.push(span);
  }
  return kept;
}

/** Blocks (or the blank lines between them) read between two chances to pause. */
const BLOCKS_PER_STEP = 256;

/** `[start, end)` of the blocks that are only a short capitalised run: credits, bylines, subheadings. */
function* loneNameBlocksSteps(text: string): Steps<[number, number][]> {
  const pause = pacer(BLOCKS_PER_STEP);
  const found: [number, number][] = [];
  let start = 0;
  for (const part of text.split(/(\n\s*\n)/)) {
    if (pause()) yield;
    const block = part.trim();
    // A place alone in capitals ("LISBON") is the story's dateline, not a credit.
    if (LONE_NAME_BLOCK.test(block) && /\p{Ll}/u.test(block)) found.push([start, start + part.length]);
    start += part.length;
  }
  return found;
}

/** The text with the given blocks blanked out. */
function storyText(text: string, blocks: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of blocks) {
    out += text.slice(at, from) + '\n';
    at = to;
  }
  return out + text.slice(at);
}

function writtenIn(story: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(story);
}

/**
 * `[start, end)` of the blocks that are prompts, site headings, bylines and credits, the site's call
 * for tips, or the author's bio near the end; and of a wire agency's credit closing a block.
 */
export function furnitureBlocks(text: string): [number, number][] {
  return runToEnd(furnitureBlocksSteps(text));
}

/**
 * `furnitureBlocks` as steps (`core/steps.ts`): each block is tried against a dozen patterns, tens of
 * ms over the ~13,000 blocks of a 200,000-word article.
 */
export function* furnitureBlocksSteps(text: string): Steps<[number, number][]> {
  const pause = pacer(BLOCKS_PER_STEP);
  const found: [number, number][] = [];
  // Runs of tag-like blocks ("Delhi Smog", "Air Quality", "Oxygen") near the end: a topic list.
  let tags: [number, number][] = [];
  const endTags = (): void => {
    if (tags.length >= TAG_RUN) found.push(...tags);
    tags = [];
  };
  let start = 0;
  for (const part of text.split(/(\n\s*\n)/)) {
    if (pause()) yield;
    const end = start + part.length;
    const block = part.trim();
    const nearEnd = start >= text.length * 0.75;
    if (block.length === 0) {
      start = end;
      continue;
    }
    if (nearEnd && TAG.test(block)) tags.push([start, end]);
    else endTags();
    if (
      (block.length <= PROMPT_MAX && PROMPT.test(block)) ||
      (block.length <= CAPTION_MAX &&
        (CAPTION.test(block) || AGENCY_SIGNED.test(block) || NOTE.test(block))) ||
      PICTOGRAPH_LED.test(block) ||
      (nearEnd && block.length <= BIO_MAX && BIO.test(block)) ||
      (block.length <= ROLE_BYLINE_MAX && ROLE_BYLINE.test(block)) ||
      (block.length <= PROMPT_MAX && CONTRIBUTING.test(block)) ||
      (block.length <= TIP_BOX_MAX && EMAIL.test(block) && TIP_INVITATION.test(block))
    )
      found.push([start, end]);
    else {
      // Only the credit: the sentences before it are the story's.
      const credit = AGENCY_CREDIT.exec(part);
      if (credit) found.push([start + credit.index + 1, end]);
    }
    start = end;
  }
  endTags();
  return found;
}
