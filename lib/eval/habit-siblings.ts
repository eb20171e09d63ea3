/**
 * Which rule counts as "aimed" at a must-flag phrase, by meaning rather than by label.
 *
 * Annotators name a phrase's principle, and a rule serves one principle; but some habits sit on the border of two,
 * and writers file the same habit under either ("Your case has been escalated" is faceless, an ownership problem, and
 * also a promise nobody will follow up, a follow-through one). A rule whose habit is the annotated habit under a
 * sibling name is aimed at it; a rule that catches a different habit in the same words is not (an order that also
 * passes the customer on, "You'd need to speak to the teacher", caught by `you-need-to`, stays a miss for ownership).
 *
 * The table lists, per rule, the other principles its OWN habit is filed under, decided from the rule's message and
 * patterns, never from which phrases it happens to overlap. Rules whose wording spans many habits (rulebook-voice,
 * per-our-policy, you-need-to, the bare refusals) have no entry. `npm run eval` prints the strict figure (the rule's
 * own principle only) beside it, so the difference stays visible.
 */
const FACELESS_PROMISE = ['follow-through'] as const; // nobody named, so nobody the customer can expect to follow up

export const SIBLING_PRINCIPLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // Disowning the problem, or handing it to the customer, is an ownership habit however sternly it is said.
  ['not-our-responsibility', ['ownership']],
  ['its-your-responsibility', ['ownership']],
  ['customers-are-responsible', ['ownership']],
  ['responsibility-is-yours', ['ownership']],
  // Insisting our records or staff were right is also refusing to own the fault.
  ['insisting-we-were-right', ['ownership']],
  ['records-say-otherwise', ['ownership']],
  // Faceless promises: a process with no person behind it.
  ['faceless-passive', FACELESS_PROMISE],
  ['you-will-be-informed', FACELESS_PROMISE],
  ['you-will-be-contacted', FACELESS_PROMISE],
  ['staff-will-contact', FACELESS_PROMISE],
  ['under-review', FACELESS_PROMISE],
  ['will-be-passed-on', FACELESS_PROMISE],
  ['has-been-passed-on', FACELESS_PROMISE],
  ['action-will-be-taken', FACELESS_PROMISE],
  ['we-will-look-into-it', FACELESS_PROMISE],
  // A wait tied to someone else's clock is also blaming a third party.
  ['waiting-on-others', ['ownership']],
  // "We're very busy" is the excuse for a wait with no time.
  ['busy-right-now', ['urgency']],
  // Dismissing or belittling an upset customer is as much disrespect as missing empathy.
  ['thats-expected', ['respect']],
  ['waved-away-as-normal', ['respect']],
  ['calm-down', ['respect']],
  ['not-a-big-deal', ['respect']],
  ['as-you-can-see', ['respect']],
  // A threat of what happens otherwise is the negative framing positivity is about.
  ['threat-of-consequences', ['positivity']],
  // Ending the conversation: a closed door (positivity) and no next step (follow-through) are one habit.
  ['this-concludes', ['positivity', 'interaction']],
  ['ticket-closed', ['follow-through']],
  ['curt-anything-else', ['interaction']],
  ['do-not-reply', ['interaction']],
  ['automated-message', ['interaction']],
  // Script lines: boilerplate is an empathy failure to the reader whatever the rule calls it.
  ['contacting-support-boilerplate', ['empathy']],
  ['we-value-you', ['empathy']],
  ['logged-and-noted', ['empathy']],
  ['bare-noted', ['empathy']],
  // Sending the customer to read a page: a brush-off (respect) and a deflection (interaction).
  ['read-the-docs', ['interaction']],
  ['see-our-guide', ['respect']],
  ['see-the-website', ['respect']],
  // Sending the customer to another team, company or channel: not owning it (ownership), a deflection (interaction).
  ['contact-them-directly', ['interaction']],
  ['sent-elsewhere', ['ownership']],
  ['not-my-department', ['interaction']],
  ['direct-enquiries-to', ['ownership', 'interaction']],
  ['someone-elses-job', ['interaction']],
  ['please-allow-time', ['follow-through']],
  // A promise with no when is also a follow-up with no when: "no who and no when" (vague-follow-up) and "we will get back
  // to you" with no time (no-time-given) are one habit filed under follow-through or urgency.
  ['vague-follow-up', ['urgency']],
  ['no-time-given', ['follow-through']],
  // Blaming the customer before anyone has looked ("usually caused by your router", "you must have entered it wrong") puts the
  // fault on them, so we need not own it: the same habit as disowning the problem, filed under ownership by many writers.
  ['blames-by-guess', ['ownership']],
  ['you-probably-did', ['ownership']],
  ['blames-the-customer', ['ownership']],
]);

/** Whether a rule (its own principle, or a sibling its habit is also filed under) serves the annotated principle. */
export function ruleServes(ruleId: string, ownPrinciple: string | undefined, principle: string): boolean {
  return ownPrinciple === principle || (SIBLING_PRINCIPLES.get(ruleId)?.includes(principle) ?? false);
}
