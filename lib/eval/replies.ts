/**
 * Realistic replies (data/replies): what the coach catches and what it wrongly flags, on the dev half
 * (tuned on) and the untouched half (never tuned on), side by side so the gap is visible.
 *
 * - recall: must-flag phrases caught by a finding overlapping the phrase; "aimed" also needs the finding
 *   (or a rule merged into it) to serve the phrase's principle, or the named rule when one is given; a rule
 *   serves its own principle and the ones its habit is also filed under (habit-siblings.ts); the strict
 *   count (own principle only) is kept beside it;
 * - structural must-flags (no greeting, no next step, no acknowledgement) caught by their check;
 * - false alarms per warm reply: warnings + suggestions, and hints, not counting findings on phrases the
 *   annotation accepts (`mayFlag`).
 */
import type { Analyzer } from '../engine/analyzer';
import { isChannel } from '../engine/channel';
import { applySuggestion } from '../engine/apply';
import type { Finding } from '../engine/types';
import type { Rule } from '../rules/schema';
import { rewordingProblems, stockWordsOfCard } from '../rules/rewording-safety';
import { overlaps } from './metrics';
import { ruleServes } from './habit-siblings';

export interface MustFlag {
  phrase: string;
  principle: string;
  rule?: string;
  structural?: string;
}

export interface ReplyCase {
  id: string;
  tone: 'cold' | 'neutral' | 'warm';
  channel?: string;
  customerMessage?: string;
  text: string;
  mustFlag: MustFlag[];
  mayFlag?: string[];
  notAgentText?: string[];
}

export interface PrincipleRecall {
  must: number;
  caught: number;
  aimed: number;
}

export interface AppliedRewording {
  id: string;
  ruleId: string;
  /** A whole-reply check's rewording (a greeting or closing added) rather than a phrase rule's. */
  wholeReply: boolean;
  before: string;
  after: string;
  problems: string[];
}

export interface RepliesReport {
  replies: number;
  must: number;
  caught: number;
  caughtByAimedRule: number;
  /** Caught by a rule of the annotated principle itself, without sibling habits (habit-siblings.ts). */
  caughtByOwnPrinciple: number;
  structuralMust: number;
  structuralCaught: number;
  warm: number;
  warmWarningsSuggestions: number;
  warmHints: number;
  /** The same two counts for phrase rules only (whole-reply checks left out). */
  warmPhraseWarningsSuggestions: number;
  warmPhraseHints: number;
  /** Must-flag phrases per principle: how many, caught by any phrase finding, caught by a rule aimed at them. */
  byPrinciple: Map<string, PrincipleRecall>;
  missed: { id: string; phrase: string; principle: string }[];
  falseAlarms: { id: string; ruleId: string; severity: string; text: string }[];
  rewordings: AppliedRewording[];
  /** The learned sentence check's findings: all of them, those on a must-flag phrase (with the right principle), on warm replies. */
  learned: { findings: number; onMust: number; aimedOnMust: number; warm: number };
  /**
   * Acknowledgements offered: as a one-click insert (counted among the rewordings) or as a fill-in the agent confirms
   * (not a rewording: nothing is applied, so none is read or counted above), or as advice only.
   */
  acknowledgements: { oneClick: number; templates: number; advice: number };
}

const STRUCTURAL_CHECK = new Map([
  ['greeting-missing', 'greeting'],
  ['next-step-missing', 'closing'],
  ['acknowledgement-missing', 'acknowledgement'],
]);

const WHOLE_REPLY = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);

export function parseReplies(jsonl: string): ReplyCase[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as ReplyCase;
      } catch (error) {
        throw new Error(`line ${i + 1} is not valid JSON: ${(error as Error).message}`);
      }
    });
}

/** Where the annotated phrase sits: its first occurrence outside text the agent did not write. */
export function locate(reply: ReplyCase, phrase: string): number {
  const foreign = (reply.notAgentText ?? []).flatMap((t) => {
    const at = reply.text.indexOf(t);
    return at >= 0 ? [[at, at + t.length] as const] : [];
  });
  for (let at = reply.text.indexOf(phrase); at >= 0; at = reply.text.indexOf(phrase, at + 1)) {
    if (!foreign.some(([s, e]) => at >= s && at + phrase.length <= e)) return at;
  }
  return reply.text.indexOf(phrase);
}

function ruleIdsOf(f: Finding): string[] {
  return [f.ruleId, ...(f.alsoRuleIds ?? [])];
}

/** The rules behind a card, each with its principle and its own span (a merged card lists them; else the card itself). */
function membersOf(f: Finding): { ruleId: string; principle: string; start: number; end: number }[] {
  return f.merged ?? [f];
}

/**
 * The findings that can catch a must-flag phrase, as evaluateReplies reads them: a whole-reply finding (no greeting, a
 * wall of text) catches none, but an acknowledgement card that holds a short reply's phrase cards
 * (one-card-on-a-short-reply.ts) catches by those members, each on its own span, under its own rule and principle.
 * evaluateReplies reads the findings through it, and so do the scripts that sort misses (scripts/habit-miss-causes.ts):
 * one reading of a card, in one place.
 */
export function phraseCatchers(findings: readonly Finding[], isWholeReply: (ruleId: string) => boolean): Finding[] {
  return findings.flatMap((f) =>
    isWholeReply(f.ruleId)
      ? membersOf(f)
          .filter((m) => !isWholeReply(m.ruleId))
          .map((m) => ({ ...f, ruleId: m.ruleId, principle: m.principle as Finding['principle'], start: m.start, end: m.end, merged: undefined, alsoRuleIds: undefined }))
      : [f],
  );
}

/** The sentence around a span, for a reader: a stop ends it only before a space or the end, so "£12.50" and "4.2" stay whole. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const endsAt = (i: number) => text[i] === '\n' || (/[.!?]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!)));
  let s = start;
  while (s > 0 && !endsAt(s - 1)) s--;
  let e = end;
  while (e < text.length && !endsAt(e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return [s, e];
}

export function evaluateReplies(analyzer: Analyzer, rules: readonly Rule[], replies: ReplyCase[]): RepliesReport {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const checkOf = (id: string) => {
    const rule = byId.get(id);
    return rule?.kind === 'structure' ? rule.check : null;
  };
  const phraseRule = (id: string) => {
    const rule = byId.get(id);
    return rule?.kind === 'phrase' ? rule : undefined;
  };
  const stockOfCard = (f: Finding) => stockWordsOfCard([f.ruleId, ...(f.alsoRuleIds ?? [])], phraseRule);
  const wholeReply = (id: string) => WHOLE_REPLY.has(checkOf(id) ?? '');
  const report: RepliesReport = {
    replies: replies.length,
    must: 0,
    caught: 0,
    caughtByAimedRule: 0,
    caughtByOwnPrinciple: 0,
    structuralMust: 0,
    structuralCaught: 0,
    warm: 0,
    warmWarningsSuggestions: 0,
    warmHints: 0,
    warmPhraseWarningsSuggestions: 0,
    warmPhraseHints: 0,
    byPrinciple: new Map(),
    missed: [],
    falseAlarms: [],
    rewordings: [],
    learned: { findings: 0, onMust: 0, aimedOnMust: 0, warm: 0 },
    acknowledgements: { oneClick: 0, templates: 0, advice: 0 },
  };
  for (const reply of replies) {
    const channel = isChannel(reply.channel) ? reply.channel : undefined;
    const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel });
    report.learned.findings += findings.filter((f) => checkOf(f.ruleId) === 'learned-sentence').length;
    for (const f of findings.filter((x) => checkOf(x.ruleId) === 'acknowledgement')) {
      if (f.suggestions.length) report.acknowledgements.oneClick++;
      else if (f.templates?.length) report.acknowledgements.templates++;
      else report.acknowledgements.advice++;
    }
    // A whole-reply finding (no greeting, a wall of text) covers every phrase; it does not catch one. An acknowledgement card
    // that holds a short reply's phrase cards (one-card-on-a-short-reply.ts) catches by those members, each on its own span.
    const catchers = phraseCatchers(findings, wholeReply);
    for (const must of reply.mustFlag) {
      if (must.structural) {
        report.structuralMust++;
        const check = STRUCTURAL_CHECK.get(must.structural);
        if (findings.some((f) => ruleIdsOf(f).some((id) => checkOf(id) === check))) report.structuralCaught++;
        continue;
      }
      if (!must.phrase) continue;
      report.must++;
      let tally = report.byPrinciple.get(must.principle);
      if (!tally) report.byPrinciple.set(must.principle, (tally = { must: 0, caught: 0, aimed: 0 }));
      tally.must++;
      const at = locate(reply, must.phrase);
      const hits = catchers.filter((f) => overlaps(f.start, f.end, at, at + must.phrase.length));
      if (hits.length) {
        report.caught++;
        tally.caught++;
      }
      // A finding's own principle counts, and so do the merged rules'; each with the principles its habit is also filed under.
      // The finding's own principle stands for its rule (the learned check names one per finding). A merged card
      // underlines its members' union; each member counts only where its own span meets the phrase. A whole-reply member
      // (the acknowledgement leading a short reply's card) covers the phrase without catching it, so it aims nothing.
      const aimedBy = (siblings: boolean) =>
        hits.some((f) =>
          membersOf(f)
            .filter((m) => !wholeReply(m.ruleId) && overlaps(m.start, m.end, at, at + must.phrase.length))
            .some((m) => (must.rule ? m.ruleId === must.rule : siblings ? ruleServes(m.ruleId, m.principle, must.principle) : m.principle === must.principle)),
        );
      const aimed = aimedBy(true);
      if (aimedBy(false)) report.caughtByOwnPrinciple++;
      const learnedHits = hits.filter((f) => checkOf(f.ruleId) === 'learned-sentence');
      if (learnedHits.length) {
        report.learned.onMust++;
        if (learnedHits.some((f) => f.principle === must.principle)) report.learned.aimedOnMust++;
      }
      if (aimed) {
        report.caughtByAimedRule++;
        tally.aimed++;
      }
      else report.missed.push({ id: reply.id, phrase: must.phrase, principle: must.principle });
    }
    if (reply.tone === 'warm') {
      report.warm++;
      const accepted = (reply.mayFlag ?? []).map((p) => {
        const at = locate(reply, p);
        return [at, at + p.length] as const;
      });
      for (const f of findings) {
        if (accepted.some(([s, e]) => s >= 0 && overlaps(f.start, f.end, s, e))) continue;
        const phrase = !checkOf(f.ruleId);
        if (checkOf(f.ruleId) === 'learned-sentence') report.learned.warm++;
        if (f.severity === 'hint') {
          report.warmHints++;
          if (phrase) report.warmPhraseHints++;
        } else {
          report.warmWarningsSuggestions++;
          if (phrase) report.warmPhraseWarningsSuggestions++;
        }
        report.falseAlarms.push({ id: reply.id, ruleId: f.ruleId, severity: f.severity, text: f.text });
      }
    }
    for (const f of findings) {
      f.suggestions.forEach((_s, i) => {
        const after = applySuggestion(reply.text, f, i);
        const [s, e] = sentenceAround(reply.text, f.start, f.end);
        const grown = after.length - reply.text.length;
        report.rewordings.push({
          id: reply.id,
          ruleId: f.ruleId,
          wholeReply: Boolean(checkOf(f.ruleId)),
          before: reply.text.slice(s, e).trim(),
          after: after.slice(s, e + grown).trim(),
          problems: rewordingProblems(reply.text, after, f.text, stockOfCard(f)),
        });
      });
    }
  }
  return report;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function formatRepliesReport(label: string, r: RepliesReport): string[] {
  const unsafe = r.rewordings.filter((w) => w.problems.length).length;
  const phrase = r.rewordings.filter((w) => !w.wholeReply).length;
  const perWarm = (n: number) => (n / Math.max(1, r.warm)).toFixed(2);
  return [
    `  ${label} (${r.replies} replies, ${r.warm} warm)`,
    `    recall of must-flag phrases        all ${r.caught}/${r.must} (${pct(r.caught, r.must)}), aimed ${r.caughtByAimedRule}/${r.must} (${pct(r.caughtByAimedRule, r.must)}; own principle only ${pct(r.caughtByOwnPrinciple, r.must)})`,
    `    structural must-flags caught       ${r.structuralCaught}/${r.structuralMust} (${pct(r.structuralCaught, r.structuralMust)})`,
    `    false alarms per warm reply        ${perWarm(r.warmWarningsSuggestions)} warnings+suggestions, ${perWarm(r.warmHints)} hints (phrase rules only: ${perWarm(r.warmPhraseWarningsSuggestions)}, ${perWarm(r.warmPhraseHints)})`,
    ...principleLines(r.byPrinciple),
    ...(r.learned.findings
      ? [`    learned sentence check             ${r.learned.findings} hints; on ${r.learned.onMust} must-flag phrases (${r.learned.aimedOnMust} with their principle); ${perWarm(r.learned.warm)} per warm reply`]
      : []),
    `    rewordings with an automatic problem ${unsafe}/${r.rewordings.length} (${phrase} of phrase rules)`,
    // A fill-in is not an applied rewording: moving an acknowledgement there takes it out of the rewordings above.
    `    acknowledgements offered           ${r.acknowledgements.oneClick} one-click, ${r.acknowledgements.templates} fill-in templates (not rewordings), ${r.acknowledgements.advice} advice only`,
  ];
}

/** One line per principle, most must-flag phrases first: aimed recall, and all recall beside it. */
function principleLines(byPrinciple: Map<string, PrincipleRecall>): string[] {
  const rows = [...byPrinciple].sort((a, b) => b[1].must - a[1].must || a[0].localeCompare(b[0]));
  if (rows.length === 0) return [];
  return [
    '    recall per principle (aimed / all)',
    ...rows.map(([principle, t]) => `      ${principle.padEnd(16)} ${`${t.aimed}/${t.must}`.padStart(7)} ${pct(t.aimed, t.must).padStart(6)}  / ${pct(t.caught, t.must).padStart(6)}`),
  ];
}

/** A reproducible random sample (seeded), for reading rewordings one by one. */
export function sampleRewordings(rewordings: AppliedRewording[], size: number, seed = 10): AppliedRewording[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pool = [...rewordings];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}
