/**
 * What a reply says when it pushes back: it sends the customer elsewhere ("Please contact the seller directly", "This
 * falls outside our remit") or disputes the customer's account ("Our staff do not give guaranteed dates",
 * "Lifetime plans never included…", "maintenance is the fleet's responsibility, not ours", "isn't covered").
 * Whole-reply checks read these to keep their lines from contradicting the reply: no concession or promise before
 * it, no cheerful "glad to help" after it.
 *
 * Both are gated branch by branch (`gatedAlternation`): V8 compiles a regex on its first use, and these cost the
 * engine's first check tens of ms even on a reply no branch could match (issue #12). Each branch names words every
 * match of it contains; `test` and `exec` answer what the whole alternation would.
 */
import { gatedAlternation } from '../gated-alternation';

/** The customer is sent elsewhere, or the matter is said to be someone else's. */
export const DEFLECTS = gatedAlternation(
  [
    {
      needles: ['seller', 'merchant', 'retailer', 'bank', 'card issuer', 'courier', 'carrier', 'airline', 'hotel', 'landlord', 'provider', 'manufacturer', 'vendor', 'shop', 'store', 'supplier', 'insurer', 'agent', 'dealer', 'host'],
      source: String.raw`\b(?:(?:please |you (?:will |would )?(?:need|have|want) to |you (?:should|must|can) )(?:contact|call|email|e-mail|speak to|talk to|reach out to|get in touch with|raise (?:it|this) with|take (?:it|this) up with|go to) (?:the|your|their|an?) (?:seller|merchant|retailer|bank|card issuer|courier|carrier|airline|hotel|landlord|provider|manufacturer|vendor|shop|store|supplier|insurer|agent|dealer|host))\b`,
    },
    { needles: ['a matter for ', 'something for '], source: String.raw`\b(?:(?:is|are) (?:a matter|something) for (?:the|your))\b` },
    { needles: ['not responsible', 'not liable', 'not able to comment'], source: String.raw`\b(?:(?:we are|we['’]re|i am|i['’]m) not (?:responsible|liable|able to comment))\b` },
    { needles: ['outside our ', 'outside my '], source: String.raw`\b(?:(?:falls|is) outside (?:our|my) (?:remit|control|scope))\b` },
    { needles: ['nothing to do with us'], source: String.raw`\b(?:nothing to do with us)\b` },
  ],
  'i',
);

/** The reply denies what the customer says was promised, or disclaims the fault. */
export const DISCLAIMS = gatedAlternation(
  [
    { needles: [' constitute ', ' count as ', ' qualify as '], source: String.raw`\b(?:does not|doesn['’]t|did not|didn['’]t) (?:constitute|count as|qualify as) (?:a )?(?:fault|defect|complaint|breach|claim)\b` },
    { needles: ['not ', 't ', 'never '], source: String.raw`\b(?:(?:do|does|did) not|don['’]t|doesn['’]t|didn['’]t|never) (?:give|make|offer|promise|guarantee|include|included|say|said|quote|provide|cover|attend)\b` },
    { needles: ['not '], source: String.raw`\bnot (?:liable|ours|our (?:fault|responsibility|doing)|covered|eligible|included|guaranteed|refundable)\b` },
    { needles: ['t '], source: String.raw`\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:covered|eligible|included|guaranteed|refundable|our)\b` },
    { needles: [' responsibility'], source: String.raw`\b(?:their|its|the (?:\w+ ){0,2}(?:seller|host|fleet|owner|contractor|courier|carrier|manufacturer|provider)['’]?s?) responsibility\b` },
    { needles: ['the responsibility of'], source: String.raw`\bthe responsibility of\b` },
    { needles: [' control'], source: String.raw`\boutside (?:of )?(?:our|my) control\b` },
    { needles: [' only ', ' just '], source: String.raw`\b(?:we|i) (?:only|just) (?:supply|sell|provide|host|list)\b` },
    { needles: [' faq', ' terms', ' t&cs', ' small print', ' website', ' confirmation'], source: String.raw`\b(?:was|is) (?:in|on) (?:the|our) (?:faq|terms|t&cs|small print|website|confirmation)\b` },
  ],
  'i',
);
