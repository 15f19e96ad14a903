/**
 * What is not prose is never read, even inside the article: a block of the article's text (one
 * paragraph, heading, caption or list item, as the text walker cuts them) is judged by its words and
 * its place, never by the site it comes from.
 *
 * - dropped whole: kickers and section labels above the headline, bylines, timestamps, photo credits,
 *   "Read more"/"Related:" teasers and tag lines, rows of share buttons, the labels of page controls
 *   ("Share", "Comments", "- Next post"), newsletter prompts, contributor notes ("Reporting by …"),
 *   contact lines, copyright lines;
 * - cut inside: a dateline's agency and dash ("SEOUL, South Korea (AP) — " keeps the place as a block
 *   of its own) and a caption's trailing credit ("(Photo: Getty Images)"); the caption itself stays.
 */

/** What the walker knows of a block besides its text. */
export interface BlockFacts {
  /** The block's text, trimmed. */
  text: string;
  /** Characters of it inside links. */
  linked: number;
  /** Characters of it inside `<time>` elements. */
  timed: number;
  /** The block comes before the article's headline (`<h1>`), which is inside the article. */
  beforeHeadline: boolean;
  /** The block is the headline or another heading. */
  heading: boolean;
}

/** A part of a block's text to leave out: `[start, end)`. Text left on both sides becomes two blocks. */
export interface Cut {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;
const endsLikeASentence = (text: string): boolean => /[.!?…]["”’)]?$/.test(text);

/** The whole text of a page control or a section label of page furniture. */
const UI_LABEL = new RegExp(
  '^(?:' +
    [
      'read (?:more|full (?:story|article))',
      'continue reading(?: the main story)?',
      '(?:see|show|load|view) (?:more|all|comments)(?: \\(\\d+\\))?',
      'related(?: articles| stories| posts| content| coverage| links| tags| topics)?',
      'more (?:stories|news|on this story|from \\S+(?: \\S+)?)',
      'tags?|topics|categories',
      'you (?:may|might) also like',
      "don[’']?t miss",
      'popular(?: now)?|most popular|latest(?: news)?|trending(?: now)?|top stories|highlights',
      'advertisement|sponsored(?: content)?',
      '(?:\\d+ |no )?comments?',
      'leave a (?:comment|reply)|post (?:a )?comment(?: \\(\\+\\))?|add a comment',
      'share(?: this)?(?: (?:article|story|post))?(?: on \\S+)?|share it with friends',
      'print(?: this)?(?: article)?|order reprints|text size|reprints?',
      'e-?mail|close|caption|video|photos?|gallery|back to gallery|next|previous',
      '(?:next|previous) (?:post|article|story|page|\\S+ news)',
      'subscribe(?: now)?|sign up(?: now)?|log ?in|register',
      '(?:scroll )?back to top|go to top',
      'listen(?: to (?:this )?(?:article|story))?|watch(?: now)?|play video',
      'media playback is unsupported on your device',
      'loading(?: content)?\\W*',
    ].join('|') +
    ')\\W*$',
  'iu',
);

/** The names on a row of share buttons ("Facebook Twitter WhatsApp Email"). */
const SHARE_TARGET =
  /^(?:facebook|twitter|whatsapp|pinterest|pin(?:it)?|linkedin|reddit|telegram|tumblr|flipboard|messenger|e-?mail|mail|sms|print|share|tweet|google\+?|copy|link|url|vk)$/iu;

/** True for a row of share buttons: two names or more, and nothing else. */
function isShareRow(text: string): boolean {
  if (text.length > 100) return false;
  const words = text.split(/[\s|/•·,]+/u).filter(Boolean);
  return words.length >= 2 && words.every((w) => SHARE_TARGET.test(w));
}

/** A teaser or tag line introduced by its label ("Read more: …", "[Related: …]", "Tags: …"). */
const LABELLED_TEASER =
  /^[[(]?\s*(?:read more|read also|also read|more|related(?: post| article| story| stories| coverage| roundup)?|see also|also on \S+|watch|listen|don[’']?t miss|tags?|topics|filed under|categor(?:y|ies)|leggi anche(?: su)?|lesen sie auch|lire aussi|leia também|veja também|lea también)\s*[:|»›–—-]/iu;

/**
 * A linked prompt to join the site's list ("Click here to subscribe to the … Newsletter"). A bare
 * "Sign up for our newsletter" label is left to the class-word rules: Readability's reference text
 * keeps one, and dropping it cost that set more than it gained here.
 */
const SUBSCRIBE_PROMPT = /^(?:click|tap) here to (?:subscribe|sign up|register|join)\b/iu;

/** A photo credit standing alone. */
const CREDIT =
  /^(?:(?:photo|image|picture|foto|photograph|credit|source|courtesy)s?\s*(?:by\b|:|copyright|credit)|(?:getty(?: images)?|ap(?: photo)?|afp|reuters|epa|shutterstock|istock(?:photo)?|file photo)\W*$)/iu;

/** Agencies and photo libraries that close a credit ("Name/Agency/Getty Images"). */
const CREDIT_TAIL =
  /(?:getty images?|shutterstock|reuters|\bAP\b|\bAFP\b|\bEPA\b|associated press|pool|file)$/iu;

/** A note on who reported or wrote the story, as bylines at its foot are written. */
const CONTRIBUTORS =
  /(?:contributed (?:to )?(?:this )?report(?:ing)?|^\(?(?:additional )?reporting by|^\(?(?:writing|editing|compiled|written) by|^[\p{L} ]{0,40}writers? .{0,200} contributed)/iu;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const CONTACT =
  /^(?:follow|e-?mail|write to|contact|reach)\b.{0,160}(?:@|twitter|facebook|instagram|linkedin)/iu;

/** Words and signs a timestamp is made of (English month and day names, times, zones, labels). */
const TIMESTAMP_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|a\.?m\.?|p\.?m\.?|utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|ist|jst|kst|amt|aest|hkt|sgt|published|updated|posted|modified|original|first|last|on|at|ago|just now|today|yesterday|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|\d+(?:st|nd|rd|th)?)\b/giu;

/** A month or weekday name, or a publishing label: what a timestamp says besides figures. */
const TIMESTAMP_CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?=[\s\d,.]|$)|\b(?:published|updated|posted|modified|original|ago|today|yesterday)\b/iu;

/** True when a short block says only when the story was published or updated. */
function isTimestamp(text: string): boolean {
  if (text.length > 100 || !/\d|\bago\b|today|yesterday/i.test(text)) return false;
  // Said in words, not only figures: "4:14 p.m." heads a live blog's entry and "$139.00" is a price.
  if (!TIMESTAMP_CUE.test(text)) return false;
  return !/[\p{L}\p{N}]/u.test(text.replace(TIMESTAMP_WORDS, ''));
}

/** True for a block of the article that is not its prose (see the module comment). */
export function isNonProse(block: BlockFacts): boolean {
  const { text } = block;
  const length = text.length;
  if (length === 0) return true;
  // A kicker or section label above the headline ("WORLD", "Opinion", "White House").
  if (
    block.beforeHeadline &&
    !block.heading &&
    length <= 40 &&
    wordCount(text) <= 5 &&
    !endsLikeASentence(text)
  )
    return true;
  // A label may come after a bullet or dash ("- Next Auto News").
  if (length <= 60 && UI_LABEL.test(text.replace(/^[^\p{L}\p{N}]+/u, ''))) return true;
  if (isShareRow(text)) return true;
  if (length <= 200 && LABELLED_TEASER.test(text)) return true;
  if (length <= 120 && SUBSCRIBE_PROMPT.test(text)) return true;
  if (length <= 120 && /^by\s+\S/iu.test(text) && !endsLikeASentence(text)) return true;
  if (isTimestamp(text) || (length <= 120 && block.timed >= 0.6 * length)) return true;
  if (length <= 120 && CREDIT.test(text)) return true;
  if (
    length <= 120 &&
    text.includes('/') &&
    CREDIT_TAIL.test(text) &&
    wordCount(text) <= 10 &&
    !endsLikeASentence(text)
  )
    return true;
  if (length <= 400 && CONTRIBUTORS.test(text)) return true;
  if (length <= 200 && (EMAIL.test(text) || CONTACT.test(text))) return true;
  if (length <= 200 && /^(?:copyright\b|©)/iu.test(text)) return true;
  return false;
}

/**
 * The heading of a list of the site's other stories ("Don't miss", "More great Harbor stories",
 * "Related", "You may also like"): the linked lines right under it are that list, not the story.
 */
const TEASER_LIST_LABEL =
  /^(?:don[’']?t miss|related(?: (?:articles|stories|posts|content|coverage|links|reading))?|more (?:great |top )?(?:\S+ ){0,2}(?:stories|news|articles|reads)(?: from \S+(?: \S+)?)?|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading| stories)?|read (?:more|next|also)|also read|most (?:popular|read)|trending(?: now)?|top stories|editor['’]?s picks)\W*$/iu;

/** True for the heading of a list of other stories (see `TEASER_LIST_LABEL`). */
export function isTeaserListLabel(text: string): boolean {
  return text.length <= 60 && TEASER_LIST_LABEL.test(text.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/**
 * True for one line of such a list: short, and a good part of it the link to the other story (a title
 * may be linked only in part: "How the pier <a>was saved</a>"). A paragraph of the story is longer,
 * or links a word or two at most.
 */
export function isTeaserListLine(block: BlockFacts): boolean {
  return block.text.length <= 200 && block.linked >= 0.25 * block.text.length;
}

/**
 * The dateline that opens a story's first lines: an upper-case place, maybe its region, maybe an
 * agency in parentheses, then a dash or a colon ("SEOUL, South Korea (AP) — ", "WASHINGTON — ",
 * "NEW DELHI: "). A plain hyphen only counts after an agency.
 */
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*))*(?:,\s*[\p{Lu}][\p{L}.'’]*(?:\s+[\p{Lu}][\p{L}.'’]*){0,3})?)\s*(?:(\((?:[\p{L}&. ]{1,25})\))\s*(?:—|–|--?|:)|\s*(?:—|–|--|:))\s+(?=\S)/u;

/**
 * Where a dateline's agency and dash sit at the start of a block, or `null`. The place before them
 * stays text (it may be an entity); the cut is from the end of the place to the start of the story.
 */
export function datelineCut(text: string): Cut | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const place = match[1] ?? '';
  // At least one word of the place is all capitals and two letters or more ("US:" in a quote is not one).
  if (!/\p{Lu}{2,}/u.test(place) || wordCount(place) > 6) return null;
  return { start: place.length, end: match[0].length };
}

/** A caption's closing credit: "(Photo: Getty Images)", "(Name/Agency)", "(AFP)". */
const TRAILING_CREDIT =
  /\s*\((?:(?:photo|image|picture|credit|foto)s?\s*(?:by\b|:)\s*[^()]{1,60}|[^()/]{1,40}\/[^()]{1,60}|AP|AFP|Reuters|EPA|Getty(?: Images)?)\)\s*$/iu;

/** Agencies and libraries a caption's credit names after its slash ("Name / AP file"). */
const SLASH_CREDIT_SOURCE =
  /(?:AP|AFP|EPA|Reuters|Getty Images?|Shutterstock|Associated Press|Pool|Bloomberg|Zuma(?: Press)?|Sipa|Alamy|NurPhoto|iStock(?:photo)?)(?:\s+(?:file|photo|images?|via Getty Images?))?/u;

/**
 * A caption's closing credit after its last sentence, without brackets: "… on July 5.Kit Marlow / AP
 * file" (the credit sits in an element of its own, so no space may separate it from the sentence).
 */
const TRAILING_SLASH_CREDIT = new RegExp(
  String.raw`[.!?"”’)]\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s*\/\s*` +
    SLASH_CREDIT_SOURCE.source +
    String.raw`)\s*$`,
  'u',
);

/** Labels a page puts before a caption or credit ("Image caption", "Media caption"). */
const CAPTION_LABEL = /^(?:image|media|photo|video) caption\s*/iu;

/** Parts of a short block (a caption, a figure's line) that are not its prose, in text offsets. */
export function captionCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  if (text.length > 300) return cuts;
  const label = CAPTION_LABEL.exec(text);
  if (label && label[0].length < text.length) cuts.push({ start: 0, end: label[0].length });
  const credit = TRAILING_CREDIT.exec(text);
  if (credit && credit.index > (label?.[0].length ?? 0)) cuts.push({ start: credit.index, end: text.length });
  else {
    const signed = TRAILING_SLASH_CREDIT.exec(text);
    const name = signed?.[1];
    if (signed && name) cuts.push({ start: signed.index + signed[0].length - name.length, end: text.length });
  }
  return cuts;
}
