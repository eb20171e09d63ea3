/** The text's lines with exact offsets and their trimmed content: the unit every layout rule reads. */

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just before its line break ("\n" or "\r\n"). */
  end: number;
  /** First and one-past-last non-white-space characters; equal (= start) on a blank line. */
  contentStart: number;
  contentEnd: number;
  /** The trimmed content, cut to HEAD characters: every layout pattern reads at most this much. */
  head: string;
  /** The trimmed content's last TAIL characters, for patterns anchored at the end of a line. */
  tail: string;
  blank: boolean;
  /** The line starts with white space (a list item's continuation, a quoted block in some editors). */
  indented: boolean;
}

/** Layout patterns read a bounded piece of each line, so a 100,000-character line costs no more than a short one. */
const HEAD = 200;
const TAIL = 48;

// \s covers the no-break spaces that contenteditable editors put in place of typed spaces. Right-to-left mail clients
// start each line of an Arabic or Hebrew header with a direction mark ("\u200fمن: …"): invisible, so read past like a space.
// Zero-width spaces are what some editors leave on a line that looks blank (twelfth look).
const isSpace = (c: string) => /[\s\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/.test(c);
/** Quoted-printable's encoded space left at the end of a line by a mail client that did not decode it: "Best wishes,=20". */
const QP_SPACE = '=20';
const isIndent = (c: string) => /\s/.test(c);

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let next = text.indexOf('\n', start);
    if (next === -1) next = text.length;
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    let contentStart = start;
    while (contentStart < end && isSpace(text[contentStart]!)) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(text[contentEnd - 1]!)) contentEnd--;
    while (contentEnd - QP_SPACE.length >= contentStart && text.startsWith(QP_SPACE, contentEnd - QP_SPACE.length)) {
      contentEnd -= QP_SPACE.length;
      while (contentEnd > contentStart && isSpace(text[contentEnd - 1]!)) contentEnd--;
    }
    const blank = contentEnd === contentStart;
    lines.push({
      start,
      end,
      contentStart: blank ? start : contentStart,
      contentEnd: blank ? start : contentEnd,
      head: blank ? '' : text.slice(contentStart, Math.min(contentEnd, contentStart + HEAD)),
      tail: blank ? '' : text.slice(Math.max(contentStart, contentEnd - TAIL), contentEnd),
      blank,
      indented: !blank && contentStart > start && [...text.slice(start, contentStart)].some(isIndent),
    });
    if (next >= text.length) break;
    start = next + 1;
  }
  return lines;
}

/** The text's own line break, and what it puts between paragraphs (a blank line, or one break in a chat box). */
export function layoutBreaks(text: string, lines: readonly Line[]): { lineBreak: string; paragraphBreak: string } {
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const hasBlankBetween = lines.some((line, i) => line.blank && i > 0 && i < lines.length - 1);
  const hasBreak = lines.length > 1;
  return { lineBreak, paragraphBreak: hasBlankBetween || !hasBreak ? lineBreak + lineBreak : lineBreak };
}
