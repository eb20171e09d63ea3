/**
 * Per rule, the two sides of its precision on annotated replies: what it flags where nothing is wanted (warm replies
 * outside a may-flag phrase; neutral replies outside any must-flag or may-flag phrase) and the must-flag phrases it
 * meets (any, and aimed: the rule serves the phrase's principle, or is the rule the annotation names). A merged card
 * counts for each member, on the member's own span and severity; whole-reply checks count the structural must-flags
 * their check catches. Used by scripts/rule-first-look.ts to rank rules by false alarms per hit.
 */
import type { Finding, Severity } from '../engine/types';
import { overlaps } from './metrics';
import { ruleServes } from './habit-siblings';
import { locate, type ReplyCase } from './replies';

export interface RuleTally {
  warmWarningsSuggestions: number;
  warmHints: number;
  neutralWarningsSuggestions: number;
  neutralHints: number;
  /** Must-flag phrases (or, for a whole-reply check, structural must-flags) it met, and those it was aimed at. */
  hits: number;
  aimed: number;
}

export interface RuleFalseAlarm {
  id: string;
  tone: 'warm' | 'neutral';
  ruleId: string;
  severity: Severity;
  text: string;
}

const STRUCTURAL_CHECK = new Map([
  ['greeting-missing', 'greeting'],
  ['next-step-missing', 'closing'],
  ['acknowledgement-missing', 'acknowledgement'],
]);

function emptyTally(): RuleTally {
  return { warmWarningsSuggestions: 0, warmHints: 0, neutralWarningsSuggestions: 0, neutralHints: 0, hits: 0, aimed: 0 };
}

/** The false alarms of a tally: everything it flagged on warm replies and outside the annotated phrases of neutral ones. */
export function falseAlarmsOf(t: RuleTally): number {
  return t.warmWarningsSuggestions + t.warmHints + t.neutralWarningsSuggestions + t.neutralHints;
}

/**
 * Adds one reply's findings to the tallies; returns the false alarms it found (for reading, on tune files only).
 * `checkOf` names a whole-reply rule's check (greeting, closing, acknowledgement…) and is null for a phrase rule.
 */
export function tallyReply(
  tallies: Map<string, RuleTally>,
  reply: ReplyCase,
  findings: readonly Finding[],
  checkOf: (ruleId: string) => string | null,
): RuleFalseAlarm[] {
  const tally = (ruleId: string) => {
    let t = tallies.get(ruleId);
    if (!t) tallies.set(ruleId, (t = emptyTally()));
    return t;
  };
  const spanOf = (phrase: string) => {
    const at = locate(reply, phrase);
    return at < 0 ? null : ([at, at + phrase.length] as const);
  };
  const phrases = reply.mustFlag.filter((m) => !m.structural && m.phrase);
  const mustSpans = phrases.flatMap((m) => { const s = spanOf(m.phrase); return s ? [s] : []; });
  const maySpans = (reply.mayFlag ?? []).flatMap((p) => { const s = spanOf(p); return s ? [s] : []; });
  const members = findings.flatMap((f) =>
    (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, principle: m.principle, start: m.start, end: m.end, severity: m.severity ?? f.severity, card: f })),
  );
  const alarms: RuleFalseAlarm[] = [];
  const within = (spans: readonly (readonly [number, number])[], s: number, e: number) => spans.some(([a, b]) => overlaps(s, e, a, b));
  if (reply.tone === 'warm' || reply.tone === 'neutral') {
    for (const m of members) {
      const wholeReply = checkOf(m.ruleId) !== null;
      if (within(maySpans, m.start, m.end)) continue;
      if (reply.tone === 'neutral' && !wholeReply && within(mustSpans, m.start, m.end)) continue;
      if (reply.tone === 'neutral' && wholeReply && reply.mustFlag.some((x) => x.structural && STRUCTURAL_CHECK.get(x.structural) === checkOf(m.ruleId))) continue;
      const t = tally(m.ruleId);
      const hint = m.severity === 'hint';
      if (reply.tone === 'warm') {
        if (hint) t.warmHints++;
        else t.warmWarningsSuggestions++;
      } else if (hint) t.neutralHints++;
      else t.neutralWarningsSuggestions++;
      alarms.push({ id: reply.id, tone: reply.tone, ruleId: m.ruleId, severity: m.severity, text: reply.text.slice(m.start, m.end) });
    }
  }
  for (const must of phrases) {
    const span = spanOf(must.phrase);
    if (!span) continue;
    const met = new Map<string, boolean>();
    for (const m of members) {
      if (checkOf(m.ruleId) !== null || !overlaps(m.start, m.end, span[0], span[1])) continue;
      const aimed = must.rule ? m.ruleId === must.rule : ruleServes(m.ruleId, m.principle, must.principle);
      met.set(m.ruleId, (met.get(m.ruleId) ?? false) || aimed);
    }
    for (const [ruleId, aimed] of met) {
      tally(ruleId).hits++;
      if (aimed) tally(ruleId).aimed++;
    }
  }
  for (const must of reply.mustFlag.filter((m) => m.structural)) {
    const check = STRUCTURAL_CHECK.get(must.structural!);
    const fired = new Set(members.filter((m) => check && checkOf(m.ruleId) === check).map((m) => m.ruleId));
    for (const ruleId of fired) {
      tally(ruleId).hits++;
      tally(ruleId).aimed++;
    }
  }
  return alarms;
}
