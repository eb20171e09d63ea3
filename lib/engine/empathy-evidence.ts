/**
 * Empathy on another principle's card (issue #10, session 49). A reply to an upset customer (the mood reader's
 * `needsAcknowledgement`) that meets them with a bare fact, a rule or a procedure before any word for how they feel
 * ("We have no record of a cancellation", "Turnaround is currently 2-3 weeks", "Sailings are subject to weather") is
 * often caught by a rule of another principle (a cold sentence, a faceless passive, a policy voice), whose card then
 * says nothing of the person: the upset customer gets the case, not a word for them. Like urgency-evidence.ts, no new
 * card: a statement's card, in a reply whose sentences up to it hold no acknowledgement, with no empathy member,
 * carries a feeling-first rule's advice too, with that rule as a merged empathy member on the card's own words.
 */
import { tellUnlessServed } from './card-evidence';
import type { Finding } from './types';

// Rules of another principle whose advice already asks to name the feeling first: the advice would say it twice.
const SAYS_IT_ALREADY = new Set<string>(['acknowledge-feelings']);

// A question to the customer is no bare fact handed to them ("Could you send the order number?").
const ASKS = /\?["”’)]?$/u;

/** The reply so far as the analyzer reads it: the card's sentence, and whether it or any before it acknowledges. */
export interface MetSoFar {
  /** The words of the card's sentence. */
  sentence: string;
  /** Does this sentence, or one before it, acknowledge the customer (a marker of acknowledgement)? */
  acknowledged: boolean;
}

/**
 * The card with `ruleId`'s advice after its own and that rule as an empathy member on the card's words, when the
 * customer is upset, nothing up to the card's sentence acknowledged them, the sentence is a statement, and no member
 * already serves empathy; else the card unchanged. The underline stays where it is.
 */
export function withEmpathyAdvice(card: Finding, text: string, upset: boolean, soFar: MetSoFar | undefined, ruleId: string, advice: string): Finding {
  // A greeting's or a sign-off's card ("Dear Customer", "The Claims Team") is no answer to the case.
  if (!upset || !soFar || soFar.acknowledged || card.principle === 'welcome' || ASKS.test(soFar.sentence.trimEnd())) return card;
  return tellUnlessServed(card, text, 'empathy', SAYS_IT_ALREADY, () => ({ start: card.start, end: card.end }), { ruleId, advice });
}

/** The card with `advice` as its advice, or none (a tell kept as a member while its advice is told on another card). */
export function withAdviceOf(card: Finding, advice: string | undefined): Finding {
  const { advice: _told, ...rest } = card;
  return advice === undefined ? rest : { ...rest, advice };
}
