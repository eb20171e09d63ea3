/**
 * What the rules flagged elsewhere in the reply, as features of a sentence for the learned check (session 42): `r:any`
 * when a phrase rule or sentence check flagged another sentence, and `r:<principle>` for each principle it flagged
 * there. A reply that already holds a cold sentence a rule caught is likelier to hold another of the same habit.
 * One function for the training script and the engine (check.ts), so the features cannot drift apart.
 */

/** A rule's finding as the feature reads it: where, and under which principle. */
export interface RuleFlag {
  start: number;
  end: number;
  principle: string;
}

/** The `r:` features of the sentence at start..end, given the rules' findings in its reply (sorted, so a key can be made of them). */
export function ruleContextFeatures(flags: readonly RuleFlag[], start: number, end: number): [string, number][] {
  const principles = new Set<string>();
  for (const f of flags) if (!(f.start < end && start < f.end)) principles.add(f.principle);
  if (!principles.size) return [];
  return [['r:any', 1], ...[...principles].sort().map((p) => [`r:${p}`, 1] as [string, number])];
}

/** True for a feature of ruleContextFeatures: the principle models are fitted without them (the detector reads them). */
export const isRuleContextFeature = (name: string): boolean => name.startsWith('r:');
