/**
 * A rewording that deletes a sentence alone on its line ("Ticket closed." as its own paragraph) takes the line with it
 * and one blank line beside it (session 43, issue #10): deleting only the words left an empty line plus the blank lines
 * around it. Offsets are UTF-16 indices into the exact text; "\r\n" and "\n" line ends are both read. Bounded: each
 * walk moves over spaces and tabs, and at most two line breaks.
 */

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The length of the line break at `at` ("\r\n", "\n" or a lone "\r"), or 0. */
function breakAt(text: string, at: number): number {
  if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
  return text[at] === '\n' ? 1 : 0;
}

/** The length of the line break that ends just before `at`, or 0. */
function breakBefore(text: string, at: number): number {
  if (text[at - 1] === '\n') return text[at - 2] === '\r' ? 2 : 1;
  return text[at - 1] === '\r' ? 1 : 0;
}

/** Past a blank line that starts at `at` (spaces or tabs, then its break): where the next line starts, or -1. */
function pastBlankLine(text: string, at: number): number {
  let i = at;
  while (isBlank(text[i])) i++;
  const br = breakAt(text, i);
  return br > 0 ? i + br : -1;
}

/** The start of the blank line that ends (with its break) just before `at`, or -1. */
function blankLineBefore(text: string, at: number): number {
  const br = breakBefore(text, at);
  if (br === 0) return -1;
  let i = at - br;
  while (isBlank(text[i - 1])) i--;
  return i === 0 || breakBefore(text, i) > 0 ? i : -1;
}

/**
 * The span a deletion of `text.slice(start, end)` should take when those words are alone on their line: the line and
 * its break, plus one blank line beside it when the line stood between blank lines ("A⏎⏎X⏎⏎B" → "A⏎⏎B"); the last line of
 * the text takes the break before it instead ("A⏎⏎X" → "A"). Null when the words share their line with others, or are
 * the whole text.
 */
export function lineDeletionSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let lineStart = start;
  while (isBlank(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && breakBefore(text, lineStart) === 0) return null;
  let lineEnd = end;
  while (isBlank(text[lineEnd])) lineEnd++;
  const br = breakAt(text, lineEnd);
  if (lineEnd < text.length && br === 0) return null;
  const afterLine = lineEnd + br;
  if (text.slice(afterLine).trim() !== '') {
    // A line with text after it: the line and its break, and the blank line after it when one stands before it too (or
    // it opens the text), so the paragraphs around it keep one blank line between them.
    const blankAfter = pastBlankLine(text, afterLine);
    const blankAround = lineStart === 0 || blankLineBefore(text, lineStart) !== -1;
    return { start: lineStart, end: blankAround && blankAfter !== -1 ? blankAfter : afterLine };
  }
  // The last line: the break before it goes, and a blank line above it too; what trails the line stays as it was.
  if (lineStart === 0) return null;
  const blank = blankLineBefore(text, lineStart);
  const from = blank !== -1 ? blank - breakBefore(text, blank) : lineStart - breakBefore(text, lineStart);
  return { start: from, end: lineEnd };
}
