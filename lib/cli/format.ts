/** Output formats of `rapport check`: linter-style text, and JSON for scripts. */
import { PRINCIPLES } from '../engine/principles';
import { warmthBand } from '../engine/score';
import type { Analysis, Finding } from '../engine/types';

export interface Located {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function locate(text: string, offset: number): Located {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// Each run of white space that holds a line break becomes one ⏎ (a lone /\s+/ per run stays linear).
const oneLine = (s: string) => s.replace(/\s+/g, (run) => (run.includes('\n') ? ' ⏎ ' : run));

export function formatText(name: string, text: string, analysis: Analysis): string {
  const lines: string[] = [];
  if (!analysis.language.checked) {
    lines.push(`${name}: not checked (${analysis.language.reason === 'empty' ? 'empty' : 'not English: Rapport coaches English replies only'})`);
    return lines.join('\n');
  }
  for (const f of analysis.findings) {
    const { line, column } = locate(text, f.start);
    const suggestion = f.suggestions[0] !== undefined ? `  → ${oneLine(f.suggestions[0]) || '(remove)'}` : '';
    lines.push(`${name}:${line}:${column}  ${f.severity.padEnd(10)} ${f.principle.padEnd(14)} ${f.message}  [${oneLine(f.text)}]${suggestion}`);
  }
  const counts = countBySeverity(analysis.findings);
  const summary = analysis.findings.length
    ? `${analysis.findings.length} finding${analysis.findings.length === 1 ? '' : 's'} (${counts})`
    : 'no findings';
  lines.push(`${name}: warmth ${analysis.scores.warmth}/100 (${warmthBand(analysis.scores.warmth)}), ${summary}${analysis.complete ? '' : ', stopped early (time budget)'}`);
  if (analysis.mood?.primary) lines.push(`${name}: customer reads as ${analysis.mood.moods.join(', ')}`);
  return lines.join('\n');
}

function countBySeverity(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
}

/** The JSON shape of one analysed reply (the `json` and `jsonl` formats share it). */
export function toJson(analysis: Analysis) {
  return {
    warmth: analysis.scores.warmth,
    scores: analysis.scores.principles,
    language: analysis.language,
    mood: analysis.mood ? { moods: analysis.mood.moods, primary: analysis.mood.primary } : null,
    complete: analysis.complete,
    findings: analysis.findings,
  };
}

export function principleName(id: keyof typeof PRINCIPLES): string {
  return PRINCIPLES[id].name;
}
