/**
 * Whether a mention sits in the sentence its entity is first named in: the card quotes that sentence
 * ("First mention"), which is only worth showing when the reader is not already looking at it.
 */
import { isBlockTag } from '../core/page/text-index';
import { sentenceAt, splitSentences } from '../core/text/sentences';
import { MARK_TAG, mentionElements } from './highlighter';

const blockOf = (el: Element): Element | null => {
  for (let at = el.parentElement; at; at = at.parentElement) if (isBlockTag(at.tagName)) return at;
  return null;
};

/** True for the entity's first mention, and for a later one in the same sentence as the first. */
export function isInFirstMentionSentence(mark: HTMLElement): boolean {
  const id = mark.getAttribute('data-backstory-id');
  if (!id) return false;
  const first = [...mark.ownerDocument.querySelectorAll<HTMLElement>(MARK_TAG)].find(
    (m) => m.getAttribute('data-backstory-id') === id,
  );
  if (!first) return false;
  const pieces = mentionElements(mark);
  if (pieces.includes(first)) return true;
  const firstEnd = mentionElements(first).at(-1) ?? first;
  const start = pieces[0] ?? mark;
  const block = blockOf(firstEnd);
  if (block !== blockOf(start)) return false;
  // Where the block's text puts each end, read by the article's own sentence splitter, so that
  // "Dr." or "U.S." between the two mentions is no sentence end here either.
  const within = mark.ownerDocument.createRange();
  within.selectNodeContents(block ?? mark.ownerDocument.documentElement);
  const blockText = within.toString();
  within.setEndAfter(firstEnd);
  const firstEndsAt = within.toString().length;
  within.setEndBefore(start);
  const laterStartsAt = within.toString().length;
  // One block is one run of text: a line break in the page's source is no paragraph break.
  const sentences = splitSentences(blockText.replace(/\n/g, ' '));
  const firstSentence = sentenceAt(sentences, firstEndsAt - 1);
  return firstSentence !== undefined && firstSentence === sentenceAt(sentences, laterStartsAt);
}
