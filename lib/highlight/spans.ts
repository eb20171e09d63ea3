/**
 * One underline per phrase: where findings overlap (a phrase warning inside a sentence that also
 * lacks a greeting), each stretch of text is underlined once, in the style of the most severe finding
 * that covers it (the shorter one on a tie: it says more precisely what is wrong). Rich editors and
 * the textarea mirror both paint these spans, so they draw the same. Pure: no DOM.
 */
import { shownWords } from '../engine/shown-words';
import type { Finding, Severity } from '../engine/types';

export interface UnderlineSpan<F extends UnderlinedFinding = UnderlinedFinding> {
  start: number;
  end: number;
  severity: Severity;
  /** The finding this stretch belongs to (its card opens from here). */
  finding: F;
}

export type UnderlinedFinding = Pick<Finding, 'start' | 'end' | 'severity'> & Partial<Pick<Finding, 'text' | 'suggestions'>>;

const RANK: Record<Severity, number> = { hint: 0, suggestion: 1, warning: 2 };

function outranks(a: UnderlinedFinding, b: UnderlinedFinding): boolean {
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] > RANK[b.severity];
  return a.end - a.start < b.end - b.start;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The stretch of `text` a finding's underline covers: its span without the spaces and line breaks at its ends. A
 * deletion that takes a sentence's whole line takes its line break too (line-deletion.ts), and a break has nothing to
 * underline; the card anchors on this stretch as well. Bounded by the span's length.
 */
export function inkOf(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return from < to ? { start: from, end: to } : { start, end };
}

/**
 * The stretch a finding is shown by: its shown words (shown-words.ts: not a word its rewording only gives a capital),
 * then their ink. A finding without its words and rewordings (a bare span) is inked as it is.
 */
export function shownInkOf(text: string, finding: UnderlinedFinding): { start: number; end: number } {
  const shown = finding.text !== undefined && finding.suggestions ? shownWords({ start: finding.start, end: finding.end, text: finding.text, suggestions: finding.suggestions }) : finding;
  return inkOf(text, shown.start, shown.end);
}

/**
 * Non-overlapping spans in text order; every character under some finding is under exactly one span. Given the text,
 * each finding's ink (inkOf) is underlined rather than its whole span; the span's `finding` is the finding as it is.
 */
export function underlineSpans<F extends UnderlinedFinding>(findings: readonly F[], text?: string): UnderlineSpan<F>[] {
  const inked = findings.map((finding) => {
    const { start, end } = text === undefined ? finding : shownInkOf(text, finding);
    return { finding, severity: finding.severity, start, end };
  });
  const valid = inked.filter((f) => f.end > f.start);
  const bounds = [...new Set(valid.flatMap((f) => [f.start, f.end]))].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const spans: UnderlineSpan<F>[] = [];
  let active: typeof valid = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    active = active.filter((f) => f.end > from);
    let best: (typeof valid)[number] | undefined;
    for (const f of active) if (!best || outranks(f, best)) best = f;
    if (!best) continue;
    const last = spans[spans.length - 1];
    if (last && last.finding === best.finding && last.end === from) last.end = to;
    else spans.push({ start: from, end: to, severity: best.severity, finding: best.finding });
  }
  return spans;
}
