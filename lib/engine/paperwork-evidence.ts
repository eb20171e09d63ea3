/**
 * Respect on another principle's card, beyond an order and a duty (respect-evidence.ts; issue #10, session 51). A
 * sentence that holds the rulebook or a notice up at the customer ("As per our terms…", "Per our policy…", "…as posted
 * at the entrance", "Roaming rates are stated clearly in the plan brochure", "it says so in the listing") tells them
 * they should have read it. It is often caught by a rule of another principle (the "as per" jargon, a policy voice, a
 * faceless passive), whose card then says nothing of the talking down. Like the order and duty tells, no new card: a
 * sentence's card whose region points at the paperwork, in a sentence with no question, no reason and no step of the
 * agent's own, carries `paperwork-told-you`'s advice (give the point again simply, and what you can still do), with that
 * rule as a merged respect member on the pointer's words.
 */
import { earliestMatch, matchedWords } from './card-evidence';

// The papers and notices a rule or a fact is held up from. One word each (or a fixed pair), so the words before them
// ("our cancellation", "the plan") never overlap them.
const PAPERS = String.raw`(?:terms|t\s?&\s?cs?|t&c['’]?s|conditions|policy|policies|lease|contract|agreement|rules|guidelines|regulations|small\s+print|brochure|handbook|manual|leaflet|booklet|listing|notice|notices|signs?|signage|receipt|invoice|confirmation|statement|paperwork|documentation|website|faqs?)`;
// Up to three words naming the paper ("our booking", "the plan", "our store"); lazy, each ends at a space.
const NAMING = String.raw`(?:[\w'’&-]+\s+){0,3}?`;

const POINTERS: readonly RegExp[] = [
  // The rulebook cited as the reason: "As per our terms", "per our store policy", "according to the lease", "in line with
  // our T&Cs". Not "as per your request": the customer's own ask is no rulebook.
  new RegExp(String.raw`\b(?:as\s+per|per|according\s+to|in\s+(?:line|accordance)\s+with)\s+(?:the|our|its|this|these|my|your)\s+${NAMING}${PAPERS}(?![\w'’])`, 'iu'),
  // Where they were told, as an aside: "as posted at the entrance", "as stated", "as mentioned in store", "as clearly set out".
  /\bas\s+(?:was\s+|is\s+)?(?:\w+ly\s+)?(?:stated|posted|mentioned|outlined|explained|displayed|advertised|specified|detailed|printed|signposted|set\s+out|communicated|advised)\b/iu,
  // The fact said to be on the paper, in the passive: "Roaming rates are stated clearly in the plan brochure", "This is
  // signposted at the entrance", "both of which are addressed in the owner's manual".
  new RegExp(
    String.raw`\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:stated|outlined|displayed|signposted|printed|detailed|specified|set\s+out|addressed|explained|listed|posted)\s+(?:\w+ly\s+)?(?:in|on|at)\s+(?:the|our|your|each|every|its)\s+${NAMING}(?:${PAPERS}|entrance|door|gate|counter|desk|page|box|packaging|label)(?![\w'’])`,
    'iu',
  ),
  // Said to be clear: "baggage allowances are clearly outlined", "is plainly stated".
  /\b(?:is|are|was|were|been)\s+(?:clearly|plainly|explicitly|always)\s+(?:stated|outlined|displayed|signposted|printed|detailed|specified|set\s+out|explained|listed|posted|marked|labelled|labeled|shown)\b/iu,
  // The paper said to say it: "it says so in the listing", "like it says on the card".
  /\b(?:(?:it|this|that)\s+says\s+(?:so\s+)?(?:in|on)|(?:as|like)\s+it\s+says)\b/iu,
  // Told before, by whoever: "the same was intimated to you via email", "which you received by email".
  /\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:intimated|communicated|notified|made\s+clear|pointed\s+out)\s+to\s+you\b|\bwhich\s+you\s+(?:received|were\s+(?:sent|given|shown|told))\b/iu,
];

// A question asks; a reason or the agent's own step turns the pointer into an explanation or a plan ("As per our terms
// the fee covers the courier, so I've waived half of it"): no talking down. "as" alone is a pointer here, not a reason.
const ASKS_OR_EXPLAINS =
  /\?|\b(?:because|since|so\s+that|in\s+order\s+to|to\s+(?:help|protect|keep|make\s+sure)|which\s+(?:lets|helps|means)|(?:i|we)(?:['’](?:ll|ve|d)|\s+(?:will|can|could|have|would|am|are))\s+(?!not\b|never\b)\w+|happy\s+to|glad\s+to|if\s+you(?:['’]d|\s+would)?\s+(?:like|want|wish|prefer))\b/iu;
// The customer's own word or the agent's own slip pointed at: "as per your request", "as you asked", "sorry, as stated
// in my email I got the date wrong".
const NOT_AT_THEM = /\b(?:your\s+(?:request|instructions|wishes|email|message|note|call|order)|as\s+you\s+(?:asked|requested|wanted)|sorry|apologi[sz]e|apologies|my\s+(?:mistake|fault|error)|our\s+(?:mistake|fault|error))\b/iu;

/**
 * The first words in start..end of the text that hold the paperwork up at the customer, as offsets into the text; none
 * where `sentence` (the words of the sentence that holds it) asks, gives a reason or the agent's own step, or points at
 * the customer's own words or the agent's own slip.
 */
export function paperworkIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (ASKS_OR_EXPLAINS.test(sentence) || NOT_AT_THEM.test(sentence)) return null;
  const region = text.slice(start, end);
  const found = earliestMatch(POINTERS, region);
  return found ? matchedWords(found, start) : null;
}
