/**
 * A deletion that takes a whole line with the breaks after it ("X⏎⏎", lib/engine/line-deletion.ts) selects from the
 * start of one block to the start of another: CKEditor 5 empties the first and keeps it, leaving an empty paragraph.
 * The same characters go when the span starts that many breaks earlier and ends where the words end ("⏎⏎X"): the range
 * then runs from the end of the line above to the end of the words, both inside blocks with text, and every editor
 * merges the emptied blocks away (session 44).
 */

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** The span to select for deleting `text.slice(start, end)`, the same characters removed; the span itself otherwise. */
export function blockSafeDeletion(text: string, start: number, end: number): { start: number; end: number } {
  let wordsEnd = end;
  while (wordsEnd > start && isBreak(text[wordsEnd - 1])) wordsEnd--;
  const tail = end - wordsEnd;
  if (tail === 0 || wordsEnd === start || start < tail) return { start, end };
  // Deleting start-tail..wordsEnd leaves the same text exactly when the breaks before the span are the ones it ends with.
  if (text.slice(start - tail, start) !== text.slice(wordsEnd, end)) return { start, end };
  return { start: start - tail, end: wordsEnd };
}
