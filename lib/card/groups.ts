/**
 * How a draft's findings are listed, the same in the popup and the in-page panel: phrase findings
 * grouped by principle (in the principles' own order, each with its count), then the whole-reply
 * sentences (greeting, acknowledgement, closing). Pure, so both surfaces and their tests share it.
 */
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../engine/principles';
import type { Finding } from '../engine/types';
import type { WholeReplyKind } from '../messages/draft';
import type { Rule } from '../rules/schema';

export interface PrincipleGroup<T> {
  principle: PrincipleId;
  /** The principle's name, said once for the group ("Respect"). */
  name: string;
  findings: T[];
}

export interface FindingList<T> {
  groups: PrincipleGroup<T>[];
  /** Missing greeting, acknowledgement or closing: the reply as a whole, listed after the groups. */
  wholeReply: T[];
  /** Every finding, as the badge and the popup count them. */
  count: number;
}

const WHOLE_REPLY_CHECKS: Readonly<Record<string, WholeReplyKind>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, WholeReplyKind>, { greeting: 'greeting', acknowledgement: 'acknowledgement', closing: 'closing' }),
);

/** Which rules of a pack speak about the reply as a whole, by rule id. */
export function wholeReplyKinds(rules: readonly Rule[]): ReadonlyMap<string, WholeReplyKind> {
  return new Map(
    rules.flatMap((r) => (r.kind === 'structure' && Object.hasOwn(WHOLE_REPLY_CHECKS, r.check) ? [[r.id, WHOLE_REPLY_CHECKS[r.check]!] as const] : [])),
  );
}

/** Findings grouped by principle, in the principles' order; empty groups are left out. */
export function groupByPrinciple<T extends Pick<Finding, 'principle'>>(findings: readonly T[]): PrincipleGroup<T>[] {
  return PRINCIPLE_IDS.map((principle) => ({ principle, name: PRINCIPLES[principle].name, findings: findings.filter((f) => f.principle === principle) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** The list as both surfaces show it: phrase findings by principle, then the whole-reply ones. */
export function listFindings<T extends Pick<Finding, 'principle'>>(findings: readonly T[], isWholeReply: (f: T) => boolean): FindingList<T> {
  const wholeReply = findings.filter(isWholeReply);
  return { groups: groupByPrinciple(findings.filter((f) => !isWholeReply(f))), wholeReply, count: findings.length };
}
