/**
 * One card on a one-line redirect. "Please DM us your order number and we'll look into it." sent to an upset customer
 * owes two things at once: the feeling met (acknowledge-feelings) and help here rather than an errand elsewhere
 * (sent-to-a-channel). Both cards sat on the one short line, each asking for a rewrite of the same words. They merge:
 * the acknowledgement stays the card (the line it inserts is the first thing the customer should read, and its catch is
 * kept), the redirect's message and advice ride on it, and its rule is named among the card's members (`alsoRuleIds`,
 * `merged`).
 * The acknowledgement does not wait for the redirect to be fixed: a redirect dismissed or kept would otherwise leave an
 * upset customer unmet, and the rewrite the two ask for is one sentence. After the acknowledgement is applied the reply
 * has two sentences, and the redirect's own card comes back on its own sentence.
 * Display only: the reply's warmth was scored on every finding before this.
 */
import type { Finding, Severity } from './types';

const ACKNOWLEDGE = 'acknowledge-feelings';
const REDIRECT = 'sent-to-a-channel';
/** A line this long or shorter is one short line; a longer reply has room for each card on its own words. */
const SHORT_LINE_WORDS = 30;
const RANK: Record<Severity, number> = { hint: 0, suggestion: 1, warning: 2 };

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;

/**
 * The findings with an acknowledgement card and a redirect card on the reply's one short line merged into one card.
 * `sentences` are the reply's sentences; a line is the reply's only one when every other sentence is a handle, a
 * greeting or an initialled sign-off of three words or fewer ("@sam_k", "Hi Sam,", "^JS").
 */
export function oneCardOnARedirect(findings: Finding[], sentences: readonly { start: number; end: number; text: string }[]): Finding[] {
  const ack = findings.find((f) => f.ruleId === ACKNOWLEDGE);
  if (!ack) return findings;
  const redirect = findings.find((f) => f !== ack && (f.ruleId === REDIRECT || f.alsoRuleIds?.includes(REDIRECT)) && ack.start <= f.start && f.end <= ack.end);
  if (!redirect) return findings;
  const others = sentences.filter((s) => !(s.start < ack.end && ack.start < s.end));
  if (wordsIn(ack.text) > SHORT_LINE_WORDS || others.some((s) => wordsIn(s.text) > 3)) return findings;
  const advice = [ack.advice, redirect.advice ?? redirect.message].filter(Boolean).join(' ');
  const members = [...(ack.merged ?? [{ ruleId: ack.ruleId, principle: ack.principle, start: ack.start, end: ack.end }]), ...(redirect.merged ?? [{ ruleId: redirect.ruleId, principle: redirect.principle, start: redirect.start, end: redirect.end }])];
  const card: Finding = {
    ...ack,
    severity: RANK[redirect.severity] > RANK[ack.severity] ? redirect.severity : ack.severity,
    // The card says both: the feeling to meet, then the errand handed back ("Interaction: sending them to another channel…").
    message: `${ack.message} ${redirect.message}`,
    advice,
    alsoRuleIds: [...new Set([...(ack.alsoRuleIds ?? []), redirect.ruleId, ...(redirect.alsoRuleIds ?? [])])].filter((id) => id !== ACKNOWLEDGE),
    merged: members,
  };
  return findings.flatMap((f) => (f === ack ? [card] : f === redirect ? [] : [f]));
}
