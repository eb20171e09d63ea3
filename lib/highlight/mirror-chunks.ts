/**
 * How the textarea mirror (mirror.ts) cuts a draft into blocks, so the browser lays out one block at a
 * time and a new paint re-lays only the blocks that changed. Blocks end right after a line break, where
 * a `pre-wrap` text starts a new line anyway, so the blocks wrap exactly as the whole text would. Pure.
 */
import type { Severity } from '../engine/types';

/** Short lines (a signature, a list) share a block up to about this many characters. */
const MIN_BLOCK_CHARS = 200;

export interface SpanLike {
  start: number;
  end: number;
  severity: Severity;
  finding?: { start: number };
}

/** A piece of an underline inside one block, offsets relative to the block's start. */
export interface BlockMark {
  from: number;
  to: number;
  severity: Severity;
  /** The underlined finding's start, relative to the block's start (negative when it began in an earlier block). */
  finding: number;
}

export interface MirrorBlock {
  start: number;
  text: string;
  marks: BlockMark[];
  /** Equal keys: the same text with the same underlines, wherever the block sits in the draft. */
  key: string;
}

/** The draft's blocks, with the (sorted, non-overlapping) spans cut at block edges. */
export function mirrorBlocks(text: string, spans: readonly SpanLike[]): MirrorBlock[] {
  const blocks: MirrorBlock[] = [];
  let start = 0;
  let next = 0;
  while (start < text.length) {
    let end = start;
    do {
      const lineBreak = text.indexOf('\n', end);
      end = lineBreak === -1 ? text.length : lineBreak + 1;
    } while (end < text.length && end - start < MIN_BLOCK_CHARS);
    const marks: BlockMark[] = [];
    while (next < spans.length && spans[next]!.end <= start) next += 1;
    for (let i = next; i < spans.length && spans[i]!.start < end; i += 1) {
      const span = spans[i]!;
      const from = Math.max(span.start, start) - start;
      const to = Math.min(span.end, end) - start;
      // Overlaps are resolved before (underlineSpans); a stray one is skipped.
      if (to <= from || from < (marks.at(-1)?.to ?? 0)) continue;
      marks.push({ from, to, severity: span.severity, finding: (span.finding?.start ?? span.start) - start });
    }
    const slice = text.slice(start, end);
    blocks.push({ start, text: slice, marks, key: `${marks.map((m) => `${m.from},${m.to},${m.severity},${m.finding}`).join(';')}|${slice}` });
    start = end;
  }
  return blocks;
}

/**
 * Which blocks a new paint keeps: as many equal blocks at the start and at the end as the old and the
 * new draft share (a keystroke changes one block; the blocks after it keep their layout).
 */
export function keptBlocks(old: readonly string[], next: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head += 1;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail += 1;
  return { head, tail };
}
