/**
 * The customer's message made safe and small before any cue runs: at most MAX_SOURCE characters are
 * read, quoted history ("> …", "On … wrote:") is skipped, every run of whitespace (including the
 * non-breaking spaces of pasted HTML) becomes one space or one line break, and curly apostrophes
 * become straight ones. `origin[i]` is the index in the original message of prepared character i,
 * so evidence can point at exact substrings of what the customer wrote.
 */
const MAX_SOURCE = 20_000;
const MAX_PREPARED = 4_000;

export interface PreparedText {
  /** The original message (not clipped): evidence offsets index into it. */
  original: string;
  /** The collapsed text cues run on. */
  text: string;
  /** For each character of `text`, its UTF-16 index in `original`. */
  origin: Int32Array;
}

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const QUOTE_HEADER = /^(?:on\b.{0,200}\bwrote:|-{2,} ?original message ?-{2,})$/i;

export function prepare(original: string): PreparedText {
  const source = original.slice(0, MAX_SOURCE);
  const chars: string[] = [];
  const origin: number[] = [];
  let pendingSpace: ' ' | '\n' | null = null;
  let lineStart = 0;
  while (lineStart < source.length && chars.length < MAX_PREPARED) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    if (QUOTE_HEADER.test(line.trim())) break; // everything below is the quoted earlier conversation
    if (!/^\s*>/.test(line)) {
      for (let i = 0; i < line.length && chars.length < MAX_PREPARED; i++) {
        const ch = line[i]!;
        if (WHITESPACE.test(ch)) {
          if (pendingSpace === null) pendingSpace = ' ';
          continue;
        }
        if (pendingSpace !== null && chars.length > 0) {
          chars.push(pendingSpace);
          origin.push(lineStart + i - 1);
        }
        pendingSpace = null;
        chars.push(ch === '’' || ch === '‘' ? "'" : ch);
        origin.push(lineStart + i);
      }
      pendingSpace = '\n';
    }
    lineStart = lineEnd + 1;
  }
  return { original, text: chars.join(''), origin: Int32Array.from(origin) };
}

/** The original span of prepared characters [start, end). */
export function originalSpan(p: PreparedText, start: number, end: number): { start: number; end: number } {
  const s = p.origin[start]!;
  const e = p.origin[Math.max(start, end - 1)]! + 1;
  return { start: s, end: e };
}

/** Whether text[i] ends a sentence: . ! ? or a line break, but not the point of a sum or a decimal ("£4.99"). */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n';
}
