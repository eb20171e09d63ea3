/**
 * Shapes of a warm reply that rules reading one sentence at a time take for cold (issue #10, session 41): a requirement
 * told with its reason beside the agent's own part, a "you should have…" that owns our fault, a move to private
 * messages after the agent said what they will do there. answered-kindly.ts decides what each excuses; this module
 * only reads the words. Every pattern is bounded and linear.
 */

/**
 * Rules that catch a requirement laid on the customer ("You must keep…", "Damage must be reported within 48 hours",
 * "It is your responsibility to…"). With its reason and the agent's own part nearby it is the customer's share of a
 * plan, not an order.
 */
export const REQUIREMENT_RULES: ReadonlySet<string> = new Set(['you-need-to', 'duty-with-a-deadline', 'its-your-responsibility']);

/**
 * A consequence that follows from the thing itself, told as the reason: "…, or the follow-up can't work", "…,
 * otherwise the seal won't hold". Not a sanction we impose (see SANCTION).
 */
const CONSEQUENCE =
  /[,;—–-] (?:or|otherwise) (?:else )?(?:the|it|this|that|they|these|those|your|our|its|he|she) (?:[\w'’-]+ ){0,4}?(?:can(?:no|')t|won(?:'|’)t|will not|would(?:n't| not)|does(?:n't| not)|do(?:n't| not)|may not|might not) (?:\w+ )?(?:work|help|hold|stick|last|fit|arrive|reach|show|match|heal|settle|take|start|run|open|load|connect|recognise|recognize|read|find|see|know)\b/i;

/**
 * What we would do to the customer if they do not comply: a threat, not a reason. A requirement carrying one keeps
 * its flag ("…, or your account will be closed", "…by Friday to avoid a late fee").
 */
const SANCTION =
  /\b(?:cancel(?:led|ed|s|ling|ing)?|cancellation|charged?|charges|charging|fees?|fined?|fines|penalt(?:y|ies)|suspend(?:ed|s)?|suspension|terminat(?:e|ed|es|ion)|closed?|closure|withdrawn?|forfeit(?:ed|s)?|void(?:ed)?|lose|losing|lost|refused?|rejected?|removed?|deleted?|no longer|legal action|debt collect(?:ion|ors?)|bailiffs?|invalid(?:ated)?|disqualif(?:y|ied))\b/i;

/** Does the sentence give the requirement its reason (a reason clause, or a consequence of the thing itself) and no sanction? */
export function requirementReasoned(said: string, gaveReason: boolean): boolean {
  if (SANCTION.test(said)) return false;
  return gaveReason || CONSEQUENCE.test(said);
}

/**
 * Rules that read a past duty or a reproach ("you should have…", "…properly this time"): beside the agent owning our
 * own fault, the duty named is what the customer was owed ("you should have had a visit within 20 days; we let you down").
 */
export const FAULT_RULES: ReadonlySet<string> = new Set(['you-should-have', 'talking-down-aside']);

/**
 * We own the fault, in the first person: "we let you down", "that's our mistake", "the delay is on us", "we should have
 * told you", "I got this wrong". A bare apology ("We apologise for any inconvenience") owns nothing.
 */
const OWNS_FAULT =
  /\b(?:(?:we|i)(?:'ve| have)? (?:really )?(?:let you down|failed you|got (?:it|this|that) wrong|dropped the ball|made (?:a|an|the) (?:\w+ )?(?:mistake|error|mess))|(?:that(?:'s| is| was)|it(?:'s| is| was)|this (?:is|was)) (?:entirely |completely |all )?(?:our|my) (?:own )?(?:mistake|fault|error|delay|oversight|doing)|(?:our|my) (?:own )?(?:mistake|fault|error|delay|oversight)(?:,| and| not yours)|(?:is|was|'s) (?:entirely |completely |all )?on (?:us|me)\b|(?:we|i) (?:really )?(?:should|ought to) have (?!you\b)\w+)/i;

/** Does this sentence own a fault of ours, in the first person? */
export function ownsFault(said: string): boolean {
  return OWNS_FAULT.test(said);
}

/**
 * Rules that send the customer to another channel ("Just DM us", "Please use the form"). After the agent has said
 * what they will do ("I can add it today and refund the days charged. Just DM us!") the move is where the help
 * happens, not a hand-off: the rule's own message asks for exactly that.
 */
export const HANDOFF_RULES: ReadonlySet<string> = new Set(['sent-to-a-channel']);

/**
 * The agent's own promise, in the first person, with a deed ("I can add it…", "I'll find out where it is", "we'll
 * refund"). Negated promises ("I can't…", "I cannot…", "we won't…") are not deeds.
 */
const OWN_DEED =
  /\b(?:i|we)(?:'ll| will| can| could|'d| would)? (?!(?:\w+ ){0,3}?(?:not|cannot|never|nothing|no (?:more|further|longer))\b)(?:\w+ )?(?:add|refund|credit|find|fix|sort|check|look|arrange|book|send|set up|switch|swap|replace|reset|restore|cancel|unlock|unblock|release|chase|waive|move|upgrade|review|help|call|ring|get)\b/i;

export function promisesOwnDeed(said: string): boolean {
  return OWN_DEED.test(said);
}

/**
 * Rules that read "this is normal" as waving the trouble away. Turned in the same sentence toward taking it seriously
 * ("Headaches are common in the first days, but after a week it's worth checking", "…, but it shouldn't last this
 * long, and I'll book you in") it is the reason we act, not a brush-off.
 */
export const NORMAL_RULES: ReadonlySet<string> = new Set(['waved-away-as-normal', 'thats-expected']);

/**
 * The turn: "but / however / though", then it matters now or the agent acts. "…, but you'll have to wait" and "…, but we
 * can't do anything" are no turn.
 */
const TURNED_SERIOUS =
  /\b(?:but|however|though|although)\b[^.!?]{0,80}?\b(?:(?:it(?:'s| is)|that(?:'s| is)) (?:\w+ )?worth (?:a |an )?(?:\w+ )?(?:check|look|test|call|visit)\w*|(?:i|we)(?:'ll| will| can(?!not\b|'t\b)|'d like to| would like to| want to)\b(?! not\b| never\b)|let(?:'s| us| me)\b|should(?:n't| not) (?:be|happen|last|take|still)|(?:isn't|is not|aren't|are not|wasn't|was not) (?:right|normal|ok|okay|acceptable|expected|something you should)|(?:not|never) (?:right|normal|acceptable) (?:for|after|to))/i;

/** Is the normalising line turned, after it, toward taking the trouble seriously? */
export function turnedSerious(afterFinding: string): boolean {
  return TURNED_SERIOUS.test(afterFinding);
}
