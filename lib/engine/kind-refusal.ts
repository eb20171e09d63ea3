/**
 * The words that make a no kind without a stated reason (issue #10, session 42): the agent says sorry for the no, in
 * their own voice, and then does or offers something ("We can't hold the table past 8, sorry! Would 7:30 work?", "I'm
 * afraid we can't waive the fee. I've split it over three months"). answered-kindly.ts decides what a kind no excuses;
 * this module only reads the words. Every pattern is bounded and linear.
 *
 * What is no apology: "sorry for any inconvenience" (a formula that owns nothing), "sorry you feel…", "sorry, but that
 * is our policy" (the sorry that only softens a rule). What is no deed: a negated one ("I can't…", "we won't…"), one
 * that has to happen to the customer ("I'll have to close the ticket"), a deed done against them ("I've noted your
 * complaint", "I've cancelled it", "we'll charge…"), or only words ("I've explained", "as I said"). A line that itself says
 * no (refusal.ts, the reader the closing check shares: "I've checked, and we can't refund it") offers nothing. And a no
 * whose reason is the customer's own doing ("…as you broke it yourself") is never kind, sorry or not (session 43).
 */
import { refuses } from './refusal';

/**
 * The agent's own regret about the no: "I'm (so) sorry", "sorry!", "apologies", "I apologise", "I'm afraid", "I wish I
 * could". Not the formulas that regret nothing of ours ("sorry for any inconvenience", "sorry you feel", "sorry if").
 */
const OWN_REGRET =
  /(?:^|[\s,;:(—–-])(?:(?:(?:i|we)(?:'m|'re| am| are) )?(?:so |really |very |truly |terribly |genuinely )?sorry(?! (?:for any|for the inconvenience|if|that you feel|you feel|to hear you feel))|(?:my|our) (?:sincere )?apologies(?! for any)|apologies(?! for any)|(?:i|we) (?:do |sincerely |really )?apologi[sz]e(?! for any)|(?:i|we)(?:'m|'re| am| are) afraid|(?:i|we) (?:really )?wish (?:i|we) (?:could|had)|(?:i|we) hate (?:to|that)|(?:i|we)(?:'m|'re| am| are) (?:so |really |very )?(?:gutted|sad) (?:to|that))\b/i;

/** Does the line carry the agent's own regret about the no (not a stock formula)? */
export function regretsTheNo(said: string): boolean {
  return OWN_REGRET.test(said);
}

/**
 * Deeds done to the customer or their case, not for them (review42): "I've locked this thread", "I've marked this as
 * resolved", "we'll deduct the fee", "we will terminate your account". The open "any verb" reading below would count them
 * as a way forward.
 */
const AGAINST_DONE = String.raw`(?:locked|marked (?:\w+ ){0,3}?as|deactivated|disabled|flagged|archived|reported|terminated|deleted|withdrawn|withdrew|ended|deducted|pursued|invoiced|billed|fined|penali[sz]ed|revoked|dismissed|resolved|forfeited|retained|withheld|kept (?:the|your|this|that) (?:deposit|fee|money|payment|funds|refund|balance))`;
const AGAINST_DO = String.raw`(?:lock|mark (?:\w+ ){0,3}?as|deactivate|disable|flag|archive|report|terminate|delete|withdraw|deduct|pursue|invoice|bill|fine|penali[sz]e|revoke|dismiss|forfeit|retain|withhold|ban|bar|let you go|leave (?:it|this|things|the matter) (?:there|at that)|keep (?:the|your|this|that) (?:deposit|fee|money|payment|funds|refund|balance))`;
/** Whatever the verb, a case sent on to the people who act against the customer: "I've passed it to our collections team". */
const SENT_AGAINST = /\bto (?:our |the |a )?(?:legal|fraud|collections?|debt|recovery|police|bailiffs?|solicitors?|lawyers?|attorneys?|court|enforcement)\b/i;
/** The rules handed over as the "deed": "I've attached our returns policy", "Would you like a copy of our terms?", "the venue's terms". */
const POINTS_AT_RULES =
  /\b(?:attach(?:ed)?|includ(?:ed?)|sen[dt]|e-?mail(?:ed)?|shared?|link(?:ed)?|forward(?:ed)?|enclos(?:ed?)|past(?:ed?)|cop(?:y|ied)|a copy of|a link to) (?:you )?(?:(?:a |the )?copy of |(?:a |the )?link to )?(?:our|the) (?:[\w&'-]+ ){0,2}?(?:policy|policies|terms|t&cs|faqs?|conditions|rules|small print)\b(?! (?:number|no\b|reference|ref\b|id\b|document for))/i;
/** Verbs that do nothing for the customer: only words, or a deed done against them. */
const NOT_A_FAVOUR = String.raw`(?:told|said|explained|mentioned|stated|repeated|reminded|noted|closed|cancel+ed|charged|removed|suspended|blocked|banned|declined|refused|rejected|decided|concluded|determined|confirmed|been|had|got to|${AGAINST_DONE})`;
/** The same in the present: words, a view, or a deed against the customer ("I can see why…", "we'll close it"). */
const NOT_A_VERB_OF_FAVOUR = String.raw`(?:close|cancel|charge|remove|suspend|block|remind|repeat|explain|note|refer|end|stop|tell|say|be|only|just|see|hear|understand|imagine|appreciate|assure|confirm|promise|guarantee|decline|refuse|reject|lose|have|need|must|${AGAINST_DO})`;
/** An adverb before the promised verb; never read as the verb itself, or "I will now end…" would pass on "now". */
const DEED_ADVERB = '(?:also|still|happily|gladly|definitely|personally|then|instead|now|soon|shortly|immediately|today)';
/**
 * The agent's own deed, done or promised, in the first person and any verb (the enumerated forms in answered-kindly's
 * WAY_FORWARD miss "I've split it", "I'll keep your seats"): "I've <done>", "I('ll| will| can) <do>", not negated, not
 * "have to / need to", not a deed against the customer.
 */
const ANY_OWN_DEED = new RegExp(
  String.raw`\b(?:i|we)(?:'ve| have) (?!(?:\w+ )?(?:not|never|no)\b)(?:just |also |already |now |since |gone ahead and |quickly )?(?!${NOT_A_FAVOUR}\b)(?:[a-z]+ed|sent|put|set|got|made|left|kept|held|found|paid|given|split|lent|built|bought|brought|taken|run|spoken|written|rung|spread|done|shown)\b` +
    String.raw`|\b(?:i|we)(?:'ll| will| can| could)(?! (?:\w+ ){0,2}?(?:not|never|nothing|only|no (?:further|longer|more)|have to|need to|be (?:unable|closing|charging))\b)(?: ${DEED_ADVERB})? (?!(?:${NOT_A_VERB_OF_FAVOUR}|${DEED_ADVERB})\b)[a-z]+`,
  'i',
);
/**
 * An alternative put to the customer as a question: "Would 7:30 work?", "Would you like me to…?", "Shall I…?", "Do you
 * want me to…?", "How about…?". A question that only asks for their details is no alternative ("Could you send…?").
 */
const OFFERED_CHOICE =
  /\b(?:would (?:\w+ ){1,4}?(?:work|suit|help|do)(?: (?:for )?you)?\?|(?:would|do) you (?:like|want) (?:me|us) to|would you like (?:a|an|the|to|one|some)\b|shall (?:i|we) (?!(?:close|cancel|end|mark|lock|archive|remove|delete)\b)|how about (?!(?:re-?)?reading\b)|what about (?:a|an|the|trying|if)\b|(?:want|like) me to (?!\w+ (?:your|the) (?:details|number|reference|order number))\w+)/i;

/** "I have, however, arranged…": an aside between a subject and its verb, lifted out before reading the deed. */
const INSERTED_ASIDE = /,\s*(?:however|though|instead|in the meantime|meanwhile|for now|on the bright side|happily|thankfully)\s*,\s*/gi;

/**
 * Deeds that only look at the case or pass it on: "I've checked, and we can't refund it", "I'll look into it, but we
 * can't…" is a no after a look, not something done for the customer. Beside a no only a deed for them counts.
 */
const ONLY_LOOKED = /(?:^|\s)(?:(?:double-)?check(?:ed)?|look(?:ed)?|review(?:ed)?|investigat(?:e|ed)|examin(?:e|ed)|inspect(?:ed)?|assess(?:ed)?|consider(?:ed)?|gone|read|spoken|speak|talk(?:ed)?|ask(?:ed)?|consult(?:ed)?|discuss(?:ed)?|research(?:ed)?|quer(?:y|ied)|verif(?:y|ied)|tr(?:y|ied)|passed|raised|escalated|forwarded)$/i;
const ANY_OWN_DEED_ALL = new RegExp(ANY_OWN_DEED.source, 'gi');
/** A negation a word or two before the deed ("not something we can…", "nothing more I can…") makes it the no itself. */
const NEGATED_JUST_BEFORE = /\b(?:not|nothing|no|never|none)(?: [\w']+){0,2} $/i;

/**
 * A deed done or promised for the customer in a line that also says no: "I've sent you a new strap, but we can't replace
 * the watch", "We won't be refunding the fee. I'll waive next month's instead." (a paragraph). Not a look at the case.
 */
function doesSomethingBesideTheNo(read: string): boolean {
  for (const m of read.matchAll(ANY_OWN_DEED_ALL)) {
    // "…is not something we can amend", "there's nothing I can change": the deed is the thing refused.
    if (ONLY_LOOKED.test(m[0]) || NEGATED_JUST_BEFORE.test(read.slice(Math.max(0, m.index - 30), m.index))) continue;
    return true;
  }
  return false;
}

/**
 * Did the words before a no do something for the customer ("I've sent you a new strap, but…")? Read as beside a no: a
 * look at the case ("I've checked, and…") or a deed against them ("I've closed your account, and…") is none.
 */
export function didSomethingBeforeTheNo(before: string): boolean {
  const read = before.slice(0, 600).replace(/[\u2018\u2019]/g, "'").replace(INSERTED_ASIDE, ' ');
  return !againstTheCustomer(read) && doesSomethingBesideTheNo(read);
}

/**
 * Does the line (a sentence or a paragraph) do or offer something for the customer: the agent's own deed, or an
 * alternative put as a question? Beside a no in the same line, only a deed done for them counts (session 44).
 */
export function offersSomething(said: string): boolean {
  const read = said.slice(0, 600).replace(/[\u2018\u2019]/g, "'").replace(INSERTED_ASIDE, ' ');
  if (againstTheCustomer(read)) return false;
  if (refuses(read)) return doesSomethingBesideTheNo(read);
  return ANY_OWN_DEED.test(read) || OFFERED_CHOICE.test(read);
}

/**
 * The "way forward" that sends the case against the customer or hands them the rules ("I've passed it to our
 * solicitors", "I've attached our returns policy"): no way forward, whichever reader found the deed.
 */
export function againstTheCustomer(said: string): boolean {
  const read = said.slice(0, 600).replace(/[\u2018\u2019]/g, "'");
  return SENT_AGAINST.test(read) || POINTS_AT_RULES.test(read);
}

/** The aside-lifted line, for readers that enumerate what counts as a way forward. */
export function withoutAsides(said: string): string {
  return said.replace(INSERTED_ASIDE, ' ');
}

/**
 * The reason for the no is the customer's own doing: "as you broke it yourself", "since you didn't read the
 * instructions", "because you ignored our email", "as you chose the wrong plan", "due to your own mistake". Not a fact
 * about the item or the order ("as it was opened", "since the warranty ended") nor their own request ("as you asked us
 * to cancel it"). The blamed-for-the-no rule flags the same words; this reading holds even where that rule is dismissed.
 */
const BLAMING_REASON = new RegExp(
  String.raw`\b(?:as|since|because|given that|seeing as) you(?:'ve| have| had)? (?:\w+ly )?(?:` +
    String.raw`(?:broke|broken|damaged|dropped|misused|mishandled|ignored|neglected|ruined|scratched|cracked|bent|smashed|spil+ed|spilt|overloaded|tampered|forgot|forgotten|missed|lost|overlooked)\b` +
    String.raw`|(?:did not|didn't|have not|haven't|had not|hadn't|never|failed to|chose not to|refused to|neglected to) (?:\w+ly )?(?:read|follow|check|keep|register|activate|contact|tell|inform|notify|reply|respond|return|pay|attend|update|report|sign|submit|include|attach|provide|cancel|store|clean|service|maintain|charge|back up|save)(?:ed|d|led)?\b` +
    String.raw`|(?:chose|picked|selected|ordered|entered|booked|bought|typed|gave|used|put|sent) (?:the|a|an|your) (?:\w+ly )?(?:wrong|incorrect|invalid)\b)` +
    String.raw`|\b(?:because of|due to|owing to|as a result of|(?:as|since|because) (?:it|this|that) (?:was|is)(?: \w+ly)?) your (?:own )?(?:mistake|error|negligence|carelessness|misuse|fault|oversight)\b` +
    String.raw`|\b(?:as|since|because) (?:it|this|the [\w-]+) (?:was|were|has been|had been) (?:\w+ly )?(?:broken|damaged|dropped|misused|mishandled|opened|ruined|scratched|cracked|bent) by (?:you|yourself)\b`,
  'i',
);
/** Our own fault owned beside it is no blame: "…, which was our mistake". */
const OWNS_OUR_FAULT = /\b(?:our|my) (?:own )?(?:mistake|fault|error)\b/i;

/** A step not taken yet is where things stand, no blame: "as you haven't returned the item yet". */
const NOT_YET = /\byou (?:have not|haven't|had not|hadn't) (?:\w+ly )?\w+(?: \w+){0,4} yet\b/i;
/** Our deed for them: "I've sent a reset link", "we've rebooked it". */
const HELPS = /\b(?:i|we)(?:'ve| have|'ll| will)? (?:\w+ly )?(?:sent|resent|emailed|texted|posted|blocked|reset|arranged|booked|rebooked|added|attached|forwarded|unlocked|restored|reactivated|extended|credited|refunded|replaced|fixed|cancell?ed|looked|set)\b/i;

/** Does the line give the customer's own doing as the reason for the no? */
export function blamesTheCustomer(said: string): boolean {
  const read = said.slice(0, 600).replace(/[\u2018\u2019]/g, "'");
  if (!BLAMING_REASON.test(read) || OWNS_OUR_FAULT.test(read) || NOT_YET.test(read)) return false;
  // A line that says no to nothing and does something for them explains the help ("As you forgot your password, I've
  // sent a reset link"); it blames no no, even in the sentence before one.
  return refuses(read) || !HELPS.test(read);
}
