/**
 * Builds the record of one sent reply from the analysis at send time. Only counts leave the
 * findings (rule id and principle); a finding's text and the reply itself are never copied.
 */
import type { PrincipleId } from '../engine/principles';
import { addCount, dictionary } from '../engine/untrusted';
import type { SkippedPartKind } from '../engine/structure/types';
import type { ReplyRecord } from './types';

export interface ReplyRecordInput {
  id: string;
  at: number;
  /** `location.hostname` of the page the reply was sent from. */
  site: string;
  warmth: number;
  /** The findings at send time; only `ruleId` and `principle` are read. */
  findings: readonly { ruleId: string; principle: PrincipleId }[];
  suggestionsApplied?: number;
  suggestionsDismissed?: number;
  /** The parts the check read past (the analysis's `structure.skipped`): kept as flags, never text. */
  skipped?: readonly SkippedPartKind[];
}

export function replyRecordFromFindings(input: ReplyRecordInput): ReplyRecord {
  const findingsByPrinciple = dictionary<number>();
  const findingsByRule = dictionary<number>();
  for (const { ruleId, principle } of input.findings) {
    addCount(findingsByPrinciple, principle);
    addCount(findingsByRule, ruleId);
  }
  return {
    id: input.id,
    at: input.at,
    site: input.site.toLowerCase(),
    warmth: Math.min(100, Math.max(0, Math.round(input.warmth))),
    findingsByPrinciple: findingsByPrinciple as ReplyRecord['findingsByPrinciple'],
    findingsByRule,
    suggestionsApplied: input.suggestionsApplied ?? 0,
    suggestionsDismissed: input.suggestionsDismissed ?? 0,
    ...(input.skipped?.length ? { skippedParts: Object.fromEntries(input.skipped.map((kind) => [kind, 1 as const])) } : {}),
  };
}
