/**
 * Long text cut into stretches for work done a stretch at a time, with a pause between two: a search
 * or a parser that never runs across a separator (a line break, a blank line) finds in the stretches,
 * one by one, what it finds in the whole text.
 */

/**
 * The text in stretches `[from, to)` of about `size` characters (more where the separator comes
 * later), each ending just after a `separator`, or at the end of the text.
 */
export function* stretchesOf(
  text: string,
  size: number,
  separator: string,
): Generator<[number, number], void, void> {
  for (let from = 0; from < text.length;) {
    const at = text.indexOf(separator, from + size - 1);
    const to = at < 0 ? text.length : at + separator.length;
    yield [from, to];
    from = to;
  }
}
