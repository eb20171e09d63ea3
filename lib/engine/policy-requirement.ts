/**
 * Is a requirement a policy, claim or eligibility condition ("For a claim you need to…", "To be covered you
 * must…", "You need to cancel at least 5 days before billing")? Such a requirement stays a requirement said
 * kindly ("We'll need you to…"); only a plain step ("You need to restart the router") may become a favour
 * ("Could you restart the router?"). Shared by the rewording engine and the rewording safety check.
 */

import { gatedAlternation } from './gated-alternation';

/** Words of a policy, a claim, eligibility, money owed, identity or safety, and deadlines. */
const POLICY = gatedAlternation(
  [
    {
      needles: ['claim', 'cover', 'eligib', 'qualif', 'refund', 'reimburs', 'compensation', 'warranty', 'guarantee', 'polic', 'terms', 'conditions', 'agreement', 'contract', 'licen', 'law', 'legal', 'regulation', 'rules', 'security', 'verif', 'identity', 'id', 'passport', 'compliance', 'deadline', 'excess', 'fee', 'deposit', 'dispute', 'appeal', 'mark', 'cancel', 'billing', 'invoice', 'payment plan', 'instalment', 'entry', 'admission', 'safety', 'insur', 'proof of', 'debt', 'scholarship', 'application'],
      source: String.raw`\b(?:claims?|covered|coverage|eligib\w*|qualif\w*|refunds?|reimburs\w*|compensation|warranty|guarantee|polic(?:y|ies)|terms|conditions|agreement|contract|licen[cs]e|law|legal(?:ly)?|regulations?|rules|security|verif\w*|identity|ID|passport|compliance|deadline|excess|fees?|deposit|dispute|appeal|re-?mark|cancel\w*|billing|invoice|payment plan|instalments?|entry|admission|safety|insurance|insurer|proof of|debt|scholarship|application)\b`,
    },
    { needles: ['before use'], source: String.raw`\bbefore use\b` },
    { needles: ['hour', 'day', 'week'], source: String.raw`\b(?:at least )?\d+ (?:working )?(?:hours?|days?|weeks?) (?:before|in advance|notice|of)\b` },
    { needles: ['within '], source: String.raw`\bwithin \d` },
    { needles: ['to be '], source: String.raw`\bto be (?:covered|eligible|considered|refunded|accepted|processed|approved|reimbursed|registered|cancell?ed)\b` },
    { needles: [' to be'], source: String.raw`\bfor (?:a|an|the|your|any) [\p{L}-]+ to be\b` },
    { needles: ['if your'], source: String.raw`\bif your\b[^,.?!]{0,40}\b(?:does not|doesn['’]t|do not|don['’]t|fails?)\b` },
    { needles: ['if you '], source: String.raw`\bif you (?:can['’]t|cannot|are unable|won['’]t be able|no longer)\b` },
    { needles: ['resal', 'resell'], source: String.raw`\bresal[ea]\b|\bresell\b` },
  ],
  'iu',
);

/** A statement with its own subject and verb before a comma: "We cannot refund purchases made through Apple,". */
export const STATEMENT = /\b(?:we|i|it|they|this|that|he|she|there)\s+(?:(?:really|also|just|still|currently)\s+)?(?:are|is|was|were|can|cannot|can['’]t|could|will|won['’]t|would|do|don['’]t|does|doesn['’]t|did|didn['’]t|have|has|had|\w+ed)\b/i;

/**
 * The requirement's own clause: the sentence from the comma after a separate statement ("We cannot refund
 * purchases made through Apple, you need to contact Apple") to its end; an introductory clause ("For a claim
 * against the insurance you need to…") belongs to the requirement.
 */
export function requirementClause(sentence: string, at: number): string {
  const lead = sentence.slice(0, Math.max(0, at));
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return sentence;
  return STATEMENT.test(lead.slice(0, comma)) ? sentence.slice(comma + 1) : sentence;
}

/**
 * An introductory purpose ("To exchange, you will need to…", "In order to transfer the licence you must…"): the
 * customer gets that only by doing it, so it is a condition. A purpose that is the fix itself ("To fix this, you
 * need to clear the cache") leaves a plain step.
 */
const PURPOSE_OPENER = /^\s*(?:in order )?to ([\p{L}-]+)/iu;
const FIX_AIMS = new Set(['fix', 'resolve', 'solve', 'sort', 'troubleshoot', 'repair', 'speed', 'stop', 'see', 'view', 'find', 'check', 'test', 'make', 'get', 'try', 'clear', 'free', 'improve', 'avoid', 'prevent']);

/** A cost the customer bears: "at your own expense", "at your cost", "pay the balance". */
const CUSTOMER_COST = /\bat (?:your|their|his|her) (?:own )?(?:expense|cost)\b|\b(?:pay|paid|charged?|costs?|expenses?|surcharge)\b/i;

/** Does the clause state or hang on a policy, claim, eligibility, money, identity, safety, a deadline or a purpose? */
export function isPolicyRequirement(clause: string): boolean {
  if (POLICY.test(clause) || CUSTOMER_COST.test(clause)) return true;
  const aim = PURPOSE_OPENER.exec(clause)?.[1]?.toLowerCase();
  return aim !== undefined && !FIX_AIMS.has(aim);
}
