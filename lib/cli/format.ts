/** Output formats of `rapport check`: linter-style text (like eslint's stylish), and JSON for scripts. */
import { warmthBand } from '../engine/score';
import type { Analysis, Finding } from '../engine/types';
import { templateInContext } from '../engine/template-fill';
import { nothingOwnLine } from '../engine/structure/checked-line';

export interface Located {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
function locate(text: string, offset: number): Located {
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

/** Why a reply was not checked, in words. */
function notCheckedReason(analysis: Analysis): string | null {
  if (analysis.language.checked) return null;
  if (analysis.language.reason !== 'empty') return 'not English: Rapport coaches English replies only';
  // "Only your signature so far, which Rapport skips." → "nothing of the agent's own: only the signature, which Rapport skips"
  const only = nothingOwnLine(analysis.structure.skipped);
  return only ? `nothing written yet: ${only[0]!.toLowerCase()}${only.slice(1, -1)}` : 'empty';
}

/**
 * One reply: `file:line:col  severity  message  rule-id` per finding (the message names its
 * principle once), the first rewording on the next line (each fill-in template as "✎ fill in: … [slot] …"), then the warmth.
 */
export function formatText(name: string, text: string, analysis: Analysis): string {
  const reason = notCheckedReason(analysis);
  if (reason) return `${name}: not checked (${reason})`;
  const lines: string[] = [];
  for (const f of analysis.findings) {
    const { line, column } = locate(text, f.start);
    lines.push(`${name}:${line}:${column}  ${f.severity.padEnd(10)} ${f.message}  ${f.ruleId}`);
    if (f.suggestions[0] !== undefined) lines.push(`    → ${oneLine(f.suggestions[0]) || '(remove the words)'}`);
    // A fill-in template is advice here: its [slots] are for the agent to write, so nothing is applied.
    for (const template of f.templates ?? []) lines.push(`    ✎ fill in: ${oneLine(templateInContext(text, template))}`);
  }
  const summary = analysis.findings.length ? countFindings(analysis.findings) : 'no findings';
  lines.push(`${name}: warmth ${analysis.scores.warmth}/100 (${warmthBand(analysis.scores.warmth)}), ${summary}${analysis.complete ? '' : ', stopped early (time budget)'}`);
  if (analysis.mood?.primary) lines.push(`${name}: customer reads as ${analysis.mood.moods.join(', ')}`);
  return lines.join('\n');
}

/** The closing line across every input, like eslint's "✖ 5 problems (2 errors, 3 warnings)". */
export function formatTotal(findings: readonly Finding[], files: number, notChecked: number): string {
  const where = `in ${files} ${files === 1 ? 'reply' : 'replies'}`;
  const skipped = notChecked ? `; ${notChecked} not checked` : '';
  return findings.length ? `✖ ${countFindings(findings)} ${where}${skipped}` : `✔ no findings ${where}${skipped}`;
}

function countFindings(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const detail = [...counts].map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${detail})`;
}

/** The JSON shape of one analysed reply: the `json` and `jsonl` formats share it. */
export function toJson(analysis: Analysis) {
  return {
    warmth: analysis.scores.warmth,
    scores: analysis.scores.principles,
    language: analysis.language,
    mood: analysis.mood ? { moods: analysis.mood.moods, primary: analysis.mood.primary } : null,
    complete: analysis.complete,
    ...(analysis.language.checked ? {} : { notChecked: notCheckedReason(analysis) }),
    findings: analysis.findings,
  };
}
