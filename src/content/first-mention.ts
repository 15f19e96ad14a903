/**
 * Whether a mention sits in the sentence its entity is first named in: the card quotes that sentence
 * ("First mention"), which is only worth showing when the reader is not already looking at it.
 */
import { isBlockTag } from '../core/page/text-index';
import { MARK_TAG, mentionElements } from './highlighter';

/**
 * A sentence ends at a full stop, question or exclamation mark (closing quotes or brackets may
 * follow) before a space. An abbreviation ("Mr. Lavrov") reads as an end too: the quote is then
 * shown, the harmless side to err on.
 */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s/u;

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
  if (blockOf(firstEnd) !== blockOf(start)) return false;
  const between = mark.ownerDocument.createRange();
  between.setStartAfter(firstEnd);
  between.setEndBefore(start);
  return !SENTENCE_END.test(between.toString());
}
