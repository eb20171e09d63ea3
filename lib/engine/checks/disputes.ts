/**
 * What a reply says when it pushes back: it sends the customer elsewhere ("Please contact the seller directly", "This
 * falls outside our remit") or disputes the customer's account ("Our staff do not give guaranteed dates",
 * "Lifetime plans never included…", "maintenance is the fleet's responsibility, not ours", "isn't covered").
 * Whole-reply checks read these to keep their lines from contradicting the reply: no concession or promise before
 * it, no cheerful "glad to help" after it.
 */
/** The customer is sent elsewhere, or the matter is said to be someone else's. */
export const DEFLECTS =
  /\b(?:(?:please |you (?:will |would )?(?:need|have|want) to |you (?:should|must|can) )(?:contact|call|email|e-mail|speak to|talk to|reach out to|get in touch with|raise (?:it|this) with|take (?:it|this) up with|go to) (?:the|your|their|an?) (?:seller|merchant|retailer|bank|card issuer|courier|carrier|airline|hotel|landlord|provider|manufacturer|vendor|shop|store|supplier|insurer|agent|dealer|host)|(?:is|are) (?:a matter|something) for (?:the|your)|(?:we are|we['’]re|i am|i['’]m) not (?:responsible|liable|able to comment)|(?:falls|is) outside (?:our|my) (?:remit|control|scope)|nothing to do with us)\b/i;

/** The reply denies what the customer says was promised, or disclaims the fault. */
export const DISCLAIMS =
  /\b(?:does not|doesn['’]t|did not|didn['’]t) (?:constitute|count as|qualify as) (?:a )?(?:fault|defect|complaint|breach|claim)\b|\b(?:(?:do|does|did) not|don['’]t|doesn['’]t|didn['’]t|never) (?:give|make|offer|promise|guarantee|include|included|say|said|quote|provide|cover|attend)\b|\bnot (?:liable|ours|our (?:fault|responsibility|doing)|covered|eligible|included|guaranteed|refundable)\b|\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:covered|eligible|included|guaranteed|refundable|our)\b|\b(?:their|its|the (?:\w+ ){0,2}(?:seller|host|fleet|owner|contractor|courier|carrier|manufacturer|provider)['’]?s?) responsibility\b|\bthe responsibility of\b|\boutside (?:of )?(?:our|my) control\b|\b(?:we|i) (?:only|just) (?:supply|sell|provide|host|list)\b|\b(?:was|is) (?:in|on) (?:the|our) (?:faq|terms|t&cs|small print|website|confirmation)\b/i;
