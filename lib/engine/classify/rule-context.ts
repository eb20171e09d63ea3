/**
 * What the rules flagged, as the learned check reads it (sessions 42–44). One module for the training script, the
 * scoring script and the engine (check.ts), so they cannot drift apart:
 * - `r:any` when a phrase rule or sentence check flagged another sentence of the reply, and `r:<principle>` for each
 *   principle it flagged there (ruleContextFeatures): a reply that already holds a cold sentence a rule caught is
 *   likelier to hold another of the same habit;
 * - whether the sentence itself is flagged (flaggedSentence): the check speaks only where no rule has.
 * Both read the same findings: the phrase rules' and sentence checks' before the analyzer's last filters
 * (`Analysis.ruleFlags` with `reportRuleFlags`, the check's `ctx.ruleFlags`).
 */

/** A rule's finding as the learned check reads it: where, and under which principle. */
export interface RuleFlag {
  start: number;
  end: number;
  principle: string;
  /** A check about one word, not the sentence's tone (codes): flagged elsewhere for `r:`, but its sentence stays the check's to read. */
  wordOnly?: boolean;
  /** A rule the agent dismissed: no evidence of a cold reply (`r:`), but its sentence is still left alone (no hint where they said no). */
  dismissed?: boolean;
}

/** The `r:` features of the sentence at start..end, given the rules' findings in its reply (sorted, so a key can be made of them). */
export function ruleContextFeatures(flags: readonly RuleFlag[], start: number, end: number): [string, number][] {
  const principles = new Set<string>();
  for (const f of flags) if (!f.dismissed && !(f.start < end && start < f.end)) principles.add(f.principle);
  if (!principles.size) return [];
  return [['r:any', 1], ...[...principles].sort().map((p) => [`r:${p}`, 1] as [string, number])];
}

/**
 * True when a rule already flagged the sentence at start..end, so the learned check stays silent on it (session 44: the
 * engine and training read this from the same findings; training read it from the final findings until then).
 */
export function flaggedSentence(flags: readonly RuleFlag[], start: number, end: number): boolean {
  return flags.some((f) => !f.wordOnly && f.start < end && start < f.end);
}

/** True for a feature of ruleContextFeatures: the principle models are fitted without them (the detector reads them). */
export const isRuleContextFeature = (name: string): boolean => name.startsWith('r:');
