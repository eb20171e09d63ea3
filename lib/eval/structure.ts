/**
 * What reading a reply's layout and channel changes (`npm run eval`, issue 15): on realistic replies with
 * signatures, footers, quoted history and channels, and on real social-media replies.
 * Only the analyzer's public `analyze(text, options)` is used, so the same measures run on any engine version.
 */
import type { Analysis, AnalyzeOptions, Finding, Severity } from '../engine/types';
import { readStructure } from '../engine/structure';
import { SKIPPED_PART_KINDS } from '../engine/structure/types';
import { overlaps } from './metrics';

export interface ReplyCase {
  id: string;
  text: string;
  channel?: 'email' | 'chat' | 'social';
  tone?: 'cold' | 'neutral' | 'warm';
  customerMessage?: string;
  mustFlag?: { phrase: string; principle: string; structural?: string }[];
  notAgentText?: string[];
}

/** The corpus names a structural problem; the default pack's rule that flags it. */
const STRUCTURAL_RULE = new Map([['acknowledgement-missing', 'acknowledge-feelings']]);

const ABSENCE_RULES = new Set(['greeting-missing', 'next-step-missing', 'acknowledge-feelings']);

type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

/** Reads JSONL, one case per line; a bad line is an error naming the file and line. */
export function parseJsonl(source: string, name: string): ReplyCase[] {
  return source
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const value = JSON.parse(line) as ReplyCase;
      if (typeof value?.text !== 'string') throw new Error(`${name}:${i + 1}: needs a "text" string`);
      return value;
    });
}

/**
 * Every span of the text that the agent did not write: each listed substring, at each place it occurs. Session 38: where
 * a listed name also occurs inside the agent's own sentence ("Thank you for contacting Payflow Support." over the signed
 * "Payflow Support"), only its places on lines of their own are the label's: the one in the sentence is the agent's.
 */
export function notAgentSpans(c: ReplyCase): [number, number][] {
  const spans: [number, number][] = [];
  for (const s of c.notAgentText ?? []) {
    if (!s) continue;
    const all: [number, number][] = [];
    for (let at = c.text.indexOf(s); at !== -1; at = c.text.indexOf(s, at + s.length)) all.push([at, at + s.length]);
    const ownLines = all.filter(([start, end]) => startsLine(c.text, start) && endsLine(c.text, end));
    spans.push(...(ownLines.length && ownLines.length < all.length ? ownLines : all));
  }
  return spans;
}

const startsLine = (text: string, at: number) => at === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, at - 40), at));
const endsLine = (text: string, at: number) => /^[ \t]*(?:\n|$)/.test(text.slice(at, at + 40));

/** The reply without what the agent did not write: what a reply with no signature, footer or quote would be. */
export function withoutNotAgentText(c: ReplyCase): string {
  const spans = notAgentSpans(c).sort((a, b) => a[0] - b[0]);
  let text = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start > from) text += c.text.slice(from, start);
    from = Math.max(from, end);
  }
  text += c.text.slice(from);
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface ReplyFigures {
  replies: number;
  /** Findings that touch a signature, footer or quoted history (target 0). */
  findingsInNotAgentText: number;
  repliesWithThem: number;
  warm: { replies: number; perReply: Record<Severity, number> };
  /** Cold replies that carry a signature, footer or quote: is their warmth the same without it? */
  coldWithExtras: { replies: number; equal: number; meanAbsDifference: number };
  mustFlag: { caught: number; total: number };
  structural: { caught: number; total: number };
  examples: string[];
}

export function measureReplies(analyze: Analyze, cases: ReplyCase[], useChannel: boolean): ReplyFigures {
  const options = (c: ReplyCase): AnalyzeOptions => ({ customerMessage: c.customerMessage, ...(useChannel && c.channel ? { channel: c.channel } : {}) });
  let inside = 0;
  let repliesWithThem = 0;
  const warmCounts: Record<Severity, number> = { hint: 0, suggestion: 0, warning: 0 };
  let warmReplies = 0;
  let coldReplies = 0;
  let equal = 0;
  let difference = 0;
  let caught = 0;
  let total = 0;
  let structuralCaught = 0;
  let structuralTotal = 0;
  const examples: string[] = [];
  for (const c of cases) {
    const analysis = analyze(c.text, options(c));
    const spans = notAgentSpans(c);
    const bad = analysis.findings.filter((f) => spans.some(([s, e]) => overlaps(f.start, f.end, s, e)));
    inside += bad.length;
    if (bad.length) {
      repliesWithThem++;
      if (examples.length < 40) examples.push(`${c.id} ${bad.map((f) => `${f.ruleId}[${f.text.slice(0, 50).replace(/\n/g, '⏎')}]`).join(' ')}`);
    }
    if (c.tone === 'warm') {
      warmReplies++;
      for (const f of analysis.findings) warmCounts[f.severity]++;
    }
    if (c.tone === 'cold' && spans.length) {
      coldReplies++;
      const bare = analyze(withoutNotAgentText(c), options(c)).scores.warmth;
      if (bare === analysis.scores.warmth) equal++;
      difference += Math.abs(bare - analysis.scores.warmth);
    }
    for (const m of c.mustFlag ?? []) {
      if (m.structural) {
        structuralTotal++;
        const ruleId = STRUCTURAL_RULE.get(m.structural) ?? m.structural;
        if (analysis.findings.some((f) => f.ruleId === ruleId || f.alsoRuleIds?.includes(ruleId))) structuralCaught++;
        continue;
      }
      const at = c.text.indexOf(m.phrase);
      if (!m.phrase || at === -1) continue;
      total++;
      // A finding about something missing (greeting, next step, acknowledgement) spans a whole sentence: it does not catch a phrase.
      // …unless it holds a short reply's phrase cards (one-card-on-a-short-reply.ts): each member catches with its own span.
      const catches = (f: Finding) =>
        ABSENCE_RULES.has(f.ruleId)
          ? (f.merged ?? []).some((x) => !ABSENCE_RULES.has(x.ruleId) && overlaps(x.start, x.end, at, at + m.phrase.length))
          : overlaps(f.start, f.end, at, at + m.phrase.length);
      if (analysis.findings.some(catches)) caught++;
    }
  }
  const per = (n: number) => (warmReplies ? n / warmReplies : 0);
  return {
    replies: cases.length,
    findingsInNotAgentText: inside,
    repliesWithThem,
    warm: { replies: warmReplies, perReply: { hint: per(warmCounts.hint), suggestion: per(warmCounts.suggestion), warning: per(warmCounts.warning) } },
    coldWithExtras: { replies: coldReplies, equal, meanAbsDifference: coldReplies ? difference / coldReplies : 0 },
    mustFlag: { caught, total },
    structural: { caught: structuralCaught, total: structuralTotal },
    examples,
  };
}

/**
 * Part by part: does the structure pass put each line of a labelled reply on the right side of the agent's text?
 * A line that has a letter or a digit is the agent's unless it starts inside a `notAgentText` span; the structure
 * pass reads it as the agent's unless the part holding its first character is one Rapport skips. A reply is
 * misread when any line lands on the wrong side (the layouts' "misread" figure in data/layouts/README.md).
 */
const SKIPPED = new Set<string>(SKIPPED_PART_KINDS);
const HAS_WORD = /[\p{L}\p{N}]/u;

export interface MisreadLine {
  line: string;
  /** True when the label says someone else wrote it (signature, footer, quote, code). */
  expectedSkipped: boolean;
}

/** The lines of one reply read on the wrong side of the agent's text, in order. */
export function misreadLines(c: ReplyCase): MisreadLine[] {
  const spans = notAgentSpans(c);
  const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts;
  const wrong: MisreadLine[] = [];
  let start = 0;
  for (const line of c.text.split('\n')) {
    // A line of a right-to-left header starts with an invisible direction mark ("\u200fمن: …"): its first character is the
    // first visible one, where the structure pass starts the line's part.
    const lead = line.search(/[^\s\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/);
    if (lead !== -1 && HAS_WORD.test(line)) {
      const at = start + lead;
      const expectedSkipped = spans.some(([s, e]) => s <= at && at < e);
      const kind = parts.find((p) => p.start <= at && at < p.end)?.kind;
      const readSkipped = kind !== undefined && SKIPPED.has(kind);
      if (readSkipped !== expectedSkipped) wrong.push({ line, expectedSkipped });
    }
    start += line.length + 1;
  }
  return wrong;
}

/** How many replies have a line on the wrong side. */
export function countMisread(cases: readonly ReplyCase[]): { misread: number; replies: number } {
  return { misread: cases.filter((c) => misreadLines(c).length > 0).length, replies: cases.length };
}

export interface SocialFigures {
  replies: number;
  findingsPerReply: number;
  perRule: [string, number][];
}

export function measureSocial(analyze: Analyze, cases: ReplyCase[], channel: AnalyzeOptions['channel']): SocialFigures {
  const perRule = new Map<string, number>();
  let findings = 0;
  for (const c of cases) {
    const analysis = analyze(c.text, { customerMessage: c.customerMessage, ...(channel ? { channel } : {}) });
    findings += analysis.findings.length;
    for (const f of analysis.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  }
  return {
    replies: cases.length,
    findingsPerReply: cases.length ? findings / cases.length : 0,
    perRule: [...perRule].sort((a, b) => b[1] - a[1]),
  };
}

function formatReplyFigures(label: string, f: ReplyFigures): string[] {
  const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(0) : '–'}%)`;
  return [
    `  ${label}: ${f.replies} replies`,
    `    findings inside signatures, footers, quotes   ${f.findingsInNotAgentText} (in ${f.repliesWithThem} replies; target 0)`,
    `    per warm reply (${f.warm.replies})                  hints ${f.warm.perReply.hint.toFixed(2)}  suggestions ${f.warm.perReply.suggestion.toFixed(2)}  warnings ${f.warm.perReply.warning.toFixed(2)}`,
    `    cold replies: warmth same without signature  ${pct(f.coldWithExtras.equal, f.coldWithExtras.replies)}, mean difference ${f.coldWithExtras.meanAbsDifference.toFixed(1)}`,
    `    must-flag phrases flagged                     ${pct(f.mustFlag.caught, f.mustFlag.total)}`,
    `    structural problems flagged                   ${pct(f.structural.caught, f.structural.total)}`,
  ];
}

/**
 * The dev layout files: data/layouts/dev.jsonl and every dev-extra-*.jsonl written later (all tuned on), given the
 * names in data/layouts. Untouched or other files in that folder are never picked up as dev.
 */
export function devLayoutFiles(names: readonly string[]): string[] {
  const extras = names.filter((f) => /^dev-extra-[a-z0-9-]+\.jsonl$/.test(f)).sort();
  return ['data/layouts/dev.jsonl', ...extras.map((f) => `data/layouts/${f}`)];
}

/** The whole report: both halves of the replies corpus by channel, and the real social replies as social and as e-mail. */
export function structureReport(
  read: (path: string) => string | null,
  analyze: Analyze,
  print: (line: string) => void,
  layoutFiles: readonly string[] = ['data/layouts/dev.jsonl'],
): void {
  print('Reply layouts and channels (data/replies: signatures, footers, quoted history, chat and social)');
  // The fresh set was written blind to the rules after the first untouched half had been read while tuning
  // (data/replies-fresh/README.md): it gets totals only, like the untouched half.
  const sets: [string, readonly string[]][] = [
    ['dev', ['data/replies/dev.jsonl']],
    ['untouched', ['data/replies/untouched.jsonl']],
    ['fresh untouched', ['data/replies-fresh/untouched.jsonl']],
    // New layouts and voices written to test the structure pass (data/layouts/README.md): dev, tuned on.
    ['dev layouts', layoutFiles],
  ];
  for (const [label, paths] of sets) {
    const sources = paths.map((path) => ({ path, source: read(path) }));
    const missing = sources.filter((s) => s.source === null).map((s) => s.path);
    if (missing.length === paths.length) {
      print(`  ${paths.join(', ')} missing`);
      continue;
    }
    const cases = sources.flatMap(({ path, source }) => (source === null ? [] : parseJsonl(source, path)));
    formatReplyFigures(`${label}, each reply in its channel`, measureReplies(analyze, cases, true)).forEach((line) => print(line));
    formatReplyFigures(`${label}, every reply read as an e-mail`, measureReplies(analyze, cases, false)).forEach((line) => print(line));
    // Fourteenth look: part by part, whatever the findings (a misread line with no finding in it still moves what is coached).
    // Only the layout files label every part by one convention (data/layouts/README.md); data/replies labels only what
    // its phrase must-flags need (a team's name is the agent's in some files, signature in others).
    if (paths === layoutFiles) {
      const { misread } = countMisread(cases);
      print(`    replies with a line read on the wrong side      ${misread}/${cases.length} (target 0)`);
    }
  }
  const social = read('data/real-social-replies/dev.jsonl');
  if (social === null) return;
  const cases = parseJsonl(social, 'data/real-social-replies/dev.jsonl');
  print('Real social-media replies (data/real-social-replies/dev.jsonl)');
  for (const [label, channel] of [['as social', 'social'], ['as e-mail', undefined]] as const) {
    const f = measureSocial(analyze, cases, channel);
    const top = f.perRule.slice(0, 6).map(([id, n]) => `${id} ${(n / f.replies).toFixed(2)}`).join(', ');
    print(`  ${label.padEnd(10)} ${f.findingsPerReply.toFixed(2)} findings per reply (${f.replies}); per reply: ${top}`);
  }
}
