/**
 * Splits a reply into runs of text for the test bench's preview: each run lists the findings that
 * cover it, so overlapping findings still underline every character they flag.
 */
import type { Finding } from '../../lib/engine/types';

export interface Run {
  start: number;
  end: number;
  text: string;
  findings: Finding[];
}

export function runsFor(text: string, all: readonly Finding[]): Run[] {
  const findings = all.filter((f) => f.end > f.start);
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    runs.push({ start, end, text: text.slice(start, end), findings: findings.filter((f) => f.start < end && f.end > start) });
  }
  return runs;
}
