/**
 * Plain language on another principle's card (issue #10, session 47). A sentence whose fault is an internal code ("it now
 * sits with L2", "until the CN23 is received") is often caught by a rule of another principle (a faceless passive, a wait
 * on an event), whose card then says nothing of the code the customer cannot act on. The `codes` check ships off (it
 * adds hints to warm replies), but its detector is evidence: a sentence's card (a phrase rule's, a sentence check's)
 * whose sentence holds an unexplained code, and no plain-language member, carries the code's advice too, with the
 * plain-language rule as a merged member. No new card: the card the agent already sees says what the code needs. The
 * learned check's card keeps the principle its model chose and takes the advice the same way.
 */
import { withMemberAdvice } from './card-evidence';
import { codesAdvice, unexplainedCodes, type CodeAt } from './checks/codes';
import type { CheckContext } from './checks/context';
import type { codesOptions } from './checks/codes';
import type { Finding } from './types';
import type { z } from 'zod';

/** Unexplained codes found in a span: from the first to the last, and the advice naming them. */
export interface CodesEvidence {
  start: number;
  end: number;
  codes: string[];
  advice: string;
}

/** The codes left unexplained in start..end of the reply, read once per analysis (lazily: most replies never ask). */
export function codesEvidence(ctx: CheckContext, options: z.output<typeof codesOptions>): (start: number, end: number) => CodesEvidence | null {
  let all: CodeAt[] | undefined;
  return (start, end) => {
    all ??= unexplainedCodes(ctx, options).flat();
    const inside = all.filter((t) => start <= t.start && t.end <= end);
    if (!inside.length) return null;
    const codes = [...new Set(inside.map((t) => t.code))];
    return { start: inside[0]!.start, end: inside[inside.length - 1]!.end, codes, advice: codesAdvice(options, codes) };
  };
}

/**
 * The card with the codes' advice after its own and the plain-language rule `codesRuleId` as a member on the codes'
 * span, when its region of the sentence (cardRegion, card-evidence.ts) holds unexplained codes and no member already serves plain language; else the card unchanged.
 * A code beside the card's words widens the card to take it in (its rewordings carry the words between unchanged, as a
 * merged card's do), so the underline shows the code the advice names.
 */
export function withCodesAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  codesIn: (start: number, end: number) => CodesEvidence | null,
  codesRuleId: string,
): Finding {
  if (!region) return card;
  const members = card.merged ?? [{ ruleId: card.ruleId, principle: card.principle, start: card.start, end: card.end }];
  if (members.some((m) => m.principle === 'plain-language')) return card;
  const evidence = codesIn(region.start, region.end);
  if (!evidence) return card;
  return withMemberAdvice(card, text, evidence, { ruleId: codesRuleId, principle: 'plain-language', advice: evidence.advice });
}
