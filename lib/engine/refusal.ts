/**
 * Does a sentence say no to the customer? One reader for the checks that need to know (session 43, issue #10): the
 * closing check (no stock "just reply…" after a no, it invites the customer to argue again) and kind-refusal.ts (a
 * line that refuses is no way forward). A no comes in many grammatical forms: "we can't refund it", "we're not able
 * to", "it isn't possible", "this won't be covered", "the request was declined", "you're not eligible", "that model is
 * no longer available", "we've decided not to…". A no that turns to a yes in the same sentence ("…, but I can…") is no
 * refusal, nor are the negatives that spare or reassure ("no charge", "nothing to worry about", "not a problem",
 * "can't wait to…"). Every pattern is bounded and linear.
 */

/** What a customer asks for and a reply can withhold, as the verb after a negated modal ("we can't ___"). */
const WITHHELD =
  String.raw`(?:refund|replace|repair|fix|exchange|swap|return|accept|take (?:it |them |this )?back|reimburse|compensate|credit|cover|honou?r|waive|extend|offer|give|provide|issue|grant|approve|authori[sz]e|allow|permit|reverse|cancel|(?:change|amend|move) (?:it|them|this|that|the|your|our|a|an|any)|transfer|upgrade|reinstate|restore|reopen|reconsider|override|match|release|unlock|recover|hold(?! (?:you|it against|that against|this against)\b)|reserve|rebook|arrange|ship|deliver|send|sell|supply|take(?! (?:long|longer|more than|too long|a (?:moment|minute|second|few))\b)|process|help(?! (?:but|feeling|thinking|noticing|wondering|smiling)\b)|assist|discuss|disclose|reply|respond|comment|proceed|go ahead|guarantee|make (?:an? |any )?(?:exception|exemption|refund|payment|change|adjustment)s?|do (?:that|this|it|so|anything|any more|more|a refund|refunds|an exchange|exchanges)|take (?:any )?(?:further )?action)`;
/** The same withheld things, said of the thing in the passive ("it can't be refunded", "this won't be covered"). */
const WITHHELD_DONE =
  String.raw`(?:refunded|replaced|repaired|exchanged|returned|accepted|reimbursed|compensated|credited|covered|honou?red|waived|extended|offered|issued|granted|approved|authori[sz]ed|allowed|permitted|reversed|cancel+ed|changed|amended|transferred|upgraded|reinstated|restored|reopened|reconsidered|overridden|matched|released|unlocked|recovered|held|reserved|rebooked|processed|guaranteed)`;
/**
 * A negated modal said by us or of the thing: "we can't", "we're not able to", "we will not", "we have decided not to".
 * Not "couldn't": a report of what failed ("the courier could not deliver") is no refusal.
 */
const NEGATED_MODAL =
  String.raw`(?:can(?:no|['’])t|can not|(?:unable|not able|not in a position|(?:aren|isn)['’]t (?:able|in a position)) to|won['’]t|will not|shan['’]t|shall not|(?:have |has |['’]ve )?decided not to|(?:are|is|am|['’]re|['’]m) not going to)`;
/**
 * Said of our practice or the thing: "we don't ship to Norway", "the warranty doesn't cover…" (not "you don't need to",
 * "Don't worry", nor someone else's doing: "if they don't sell, you keep them").
 */
const DOES_NOT = String.raw`(?:\b(?:we|i|it|this|that|(?:the|our|your) [\w-]+(?: [\w-]+)?) (?:do|does)(?: not|n['’]t))`;

/** The withheld things in the progressive ("we are not refunding", "we won't be replacing"): not "giving up", "covering up". */
const WITHHOLDING =
  String.raw`(?:refunding|replacing|repairing|exchanging|swapping|accepting|reimbursing|compensating|crediting|covering(?! up)|honou?ring|waiving|extending|offering|issuing|granting|approving|authori[sz]ing|allowing|permitting|reversing|reinstating|restoring|reopening|reconsidering|overriding|matching|processing|providing|giving(?! up)|taking (?:[\w-]+ ){1,3}?back|making (?:an? |any )?(?:exception|exemption|refund|payment|adjustment)s?|doing (?:that|this|so|refunds|exchanges|returns))`;
/** What a customer asks for, named as a category: "Refunds are not given…", "Exchanges aren't offered on sale goods". */
const ASKED_FOR = String.raw`(?:refunds?|exchanges?|returns?|replacements?|repairs?|credits?|cancellations?|transfers?|upgrades?|extensions?|discounts?|compensation|reimbursements?|exceptions?|substitutions?|deliveries|collections?)`;

const REFUSAL_FORMS: readonly RegExp[] = [
  // A no stated as a fact about the category: "Refunds are not given for opened items", "Exchanges aren't offered".
  new RegExp(
    String.raw`\b${ASKED_FOR} (?:(?:are|is) (?:not|never)|aren['’]t|isn['’]t|(?:can|will) not be|can['’]t be|cannot be|won['’]t be)(?: \w+ly)? (?:given|made|offered|done|provided|issued|accepted|allowed|permitted|granted|paid|processed|arranged|honou?red|carried out)\b`,
    'i',
  ),
  // In the progressive, by us: "We are not refunding this order", "We won't be replacing it", "I'm not offering…".
  new RegExp(
    String.raw`\b(?:we|i)(?:(?:['’]re|['’]m| are| am)(?: \w+ly)? not|(?:['’]ll| will)? (?:not|won['’]t|will not|shan['’]t|shall not)(?: \w+ly)? be)(?: \w+ly)? ${WITHHOLDING}\b`,
    'i',
  ),
  // "We can't refund…", "We're not able to replace…", "We will not be able to refund…", "We have decided not to refund…"
  new RegExp(String.raw`\b${NEGATED_MODAL}(?: be able to)?(?: \w+ly)? ${WITHHELD}\b`, 'i'),
  new RegExp(String.raw`${DOES_NOT}(?: \w+ly)? (?:cover|offer|ship|deliver|sell|stock|carry|accept|refund|exchange|provide|allow|permit|issue|give|grant|honou?r|qualify|do (?:refunds|exchanges|returns|that))\b`, 'i'),
  // "A refund cannot be issued", "This won't be covered", "Exchanges aren't accepted", "The date can't be changed now"
  new RegExp(
    String.raw`\b(?:can(?:no|['’])t|can not|won['’]t|will not|could(?: not|n['’]t)|(?:is|are|['’]s|['’]re)(?: not|n['’]t)|isn['’]t|aren['’]t)(?: be)?(?: \w+ly)? ${WITHHELD_DONE}\b`,
    'i',
  ),
  // "Your claim has not been approved", "Your appeal was not successful", "The request was declined", "…was turned down"
  /\b(?:(?:was|were|has|have|had)(?: not|n['’]t)(?: been)?(?: \w+ly)? (?:approved|accepted|granted|authori[sz]ed|successful|upheld)|(?:was|were|(?:has|have|had) been|is being)(?: \w+ly)? (?:declined|rejected|refused|denied|turned down|unsuccessful))\b/i,
  // "We have declined your request", "The team rejected the claim"
  /\b(?:we|i|they|the [\w-]+(?: team)?)(?: have| has|['’]ve)?(?: \w+ly)? (?:declined|rejected|refused|denied|turned down) (?:your|the|this|that|his|her|their)\b/i,
  // "It isn't possible", "That's not an option", "You aren't eligible", "The jacket is not covered", "no longer available"
  /\b(?:(?:is|are|['’]s|['’]re|was|were)(?: not|n['’]t)|isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:\w+ly )?(?:possible|an option|eligible|entitled|covered|refundable|exchangeable|transferable|available (?:to|for) (?:you|this|that|your))\b/i,
  /\bno longer (?:\w+ly )?(?:available|possible|offered|supported|sold|stocked|valid|accepted|eligible|covered|an option)\b/i,
  /\b(?:does|do|will|would)(?: not|n['’]t) (?:\w+ly )?(?:qualify|be eligible)\b/i,
  // "I'm afraid we can't.", "That's not something we can do", "the answer is no", "we must decline"
  /\b(?:we|i) (?:can(?:no|')t|can not|won't|will not|(?:are|am|'re|'m) (?:unable|not able))(?: do (?:that|this|it|so))?,?\s*(?:(?:sorry|i'm afraid)\s*)?(?:[.!]+(?=\s|$)|$)|\bnot something (?:we|i) (?:can|could|are able to|am able to|do|offer|provide|allow)\b|\bthe answer (?:is|has to be|will have to be) no\b|\b(?:must|have to|need to|will have to) (?:respectfully )?(?:decline|refuse|reject|say no)\b/i,
  // The earlier forms of the closing check: "we are unable to assist further", "no further correspondence".
  /\bno further (?:action(?! (?:is )?(?:needed|required) (?:from|by|on))|correspondence|assistance)\b/i,
];

/** "Please do not reply": an order not to write back is a no to further help. */
const NO_WRITING_BACK = /\b(?:do not|don['’]t) (?:reply|respond|contact|call)\b/gi;
/** A subject just before "don't reply": the seller, they, he — not an order to the customer nor our own no. */
const SOMEONE_ELSE = /\b(?:they|he|she|it|the (?:seller|courier|supplier|landlord|bank|airline|shop|store|host|driver|carrier|manufacturer|owner|agent|buyer))\s+$/i;
/** The no turns to what can be done in the same sentence: "I can't discuss her account, but I can make sure…". */
const TURN = /\b(?:but|however|instead|although|though|that said|what (?:i|we) can)\b/i;
/** The negatives that spare the customer something ("you won't be charged", "you can't lose it"), not a no to them. */
const SPARED = /\byou (?:won['’]t|will not|can(?:no|['’])t|can not|don['’]t|do not)(?: \w+ly)? (?:be (?:charged|billed|asked|affected|penali[sz]ed)|lose|need|have to|pay)\b/gi;

/**
 * Our promise not to do something to them, no no to what they asked: "we won't share your details", "we don't sell your
 * data", "we won't send any more marketing emails", "I won't cancel anything without your say". Not "can't": "we can't
 * disclose your details" withholds.
 */
// Review44: in the progressive too ("we're not sharing your details", "we won't be taking any further payments"), and a
// stop to what they pay ("we won't process any further payments") is a promise, not a no — unless it waits on them
// ("…until your card is verified").
const PROMISED =
  /\b(?:we|i)(?: (?:won't|will not|do not|don't|never|shall not)|(?:'re|'m| are| am) not|(?:'ll| will)? (?:not|won't) be)(?: \w+ly)? (?:(?:sell(?:ing)?|shar(?:e|ing)|pass(?:ing)? on|disclos(?:e|ing)|giv(?:e|ing) out|provid(?:e|ing)|hand(?:ing)? (?:on|over)) your (?:data|details|information|info|personal|email|address|number)|send(?:ing)? (?:you )?any (?:more|further) (?:marketing|newsletters?|emails?|messages?|texts?|reminders?|notifications?|offers?)|(?:process(?:ing)?|tak(?:e|ing)|collect(?:ing)?|charg(?:e|ing)|debit(?:ing)?|issu(?:e|ing)|rais(?:e|ing)) (?:you )?any (?:more|further) (?:payments?|charges?|invoices?|bills?|direct debits?|instalments?|fees?|money)(?![^.!?]{0,40}\b(?:until|unless|till)\b)|\w+(?: \w+){0,3} without your (?:say|consent|permission|ok|okay|approval|agreement|go-ahead))\b/gi;

/** What a customer disputes, which "stays the same" keeps from them: the decision, the charge, the amount. */
const DISPUTED = String.raw`(?:decision|position|answer|outcome|assessment|verdict|charge|fee|bill|amount|figure|balance|penalty|fine|excess|liability|debt|arrears|invoice|valuation|settlement|offer|rating|score|grade|result|mark)s?\b`;
/** A word of the thing's name, not the verb or the "and" of a clause after it ("your car stands and will not change"). */
const NAME_WORD = String.raw`(?!(?:and|or|but|stands?|holds?|remains?|stays?|is|are|was|were|has|have|will|does)\b)[\w-]+ `;
/**
 * Reassurance that something the customer has stays as it is (session 44): "This doesn't change your delivery date",
 * "The update won't change anything else for you", "Your booking won't change", "Your price remains the same". It says
 * no change, not no to them, so this reader and the closing check's final-word patterns read past it; "This won't
 * change our decision" and "The fee remains unchanged" still close the matter.
 */
const NOTHING_CHANGES = new RegExp(
  String.raw`\b(?:this|that|it|which|none of (?:this|that|it)|the (?:change|update|move|switch|swap|delay|upgrade|transfer|fix|correction|new [\w-]+)) (?:\w+ly )?(?:does not|doesn['’]t|will not|won['’]t|should not|shouldn['’]t|(?:is not|isn['’]t) going to) (?:\w+ly )?change (?:your (?!(?:[\w-]+ ){0,2}?${DISPUTED})|any of your|anything (?:else|for you|on your)|when|how|the (?:date|time|delivery|booking|plan|rate|cover|terms of your)\b)` +
    String.raw`|\byour (?!(?:[\w-]+ ){0,2}?${DISPUTED})(?:${NAME_WORD}){1,3}?(?:will not|won['’]t|does not|doesn['’]t|(?:is not|isn['’]t) going to) change\b` +
    String.raw`|\byour (?!(?:[\w-]+ ){0,2}?${DISPUTED})(?:${NAME_WORD}){1,3}?(?:remains?|stays?) (?:unchanged|the same|in place)\b`,
  'gi',
);
/** The sentence with its reassurance that nothing changes read past (the closing check's final words read it so too). */
export function withoutReassurance(text: string): string {
  return text.replace(NOTHING_CHANGES, ' ');
}

const plain = (text: string) => text.slice(0, 600).replace(/[\u2018\u2019]/g, "'").replace(SPARED, ' ').replace(PROMISED, ' ').replace(NOTHING_CHANGES, ' ');

/**
 * Someone outside the company: their doing is news to pass on ("The parcel was not accepted by the courier", "The bank
 * has declined the payment"), not our no. Not our own teams ("declined by the accounts team" is ours).
 */
const OUTSIDER = String.raw`(?:courier|carrier|bank|card issuer|issuer|airline|seller|supplier|manufacturer|maker|landlord|post office|postal service|sorting office|depot|driver|customs|recipient|venue|hotel|insurer|network|retailer|merchant|marketplace|payment provider|lender|vendor|distributor|dealer|council|employer|concierge)s?\b(?! (?:transfer|account|card|details|statement|holiday|fees?|charges?|app|payment|number|label|tracking|note|voucher|service|policy|policies|terms|rules)\b)`;
/** The outsider named as the subject just before the no ("The courier won't deliver…", "Your bank has declined…"). */
const OUTSIDER_BEFORE = new RegExp(String.raw`\b(?:the|your|their|his|her|its) (?:[\w-]+ )?${OUTSIDER}(?:['’]s)?(?: (?:has|have|had|is|are|was|were|does|do|did|just|also|then)){0,2}\s*$`, 'i');
/** …or opening the match itself (a form that reads its own subject: "the bank declined the payment"). */
const OUTSIDER_LEADS = new RegExp(String.raw`^(?:the|your|their) (?:[\w-]+ )?${OUTSIDER}`, 'i');
/** …or the agent of a passive after it: "…was not accepted by the courier", "…was declined by your card issuer". */
const BY_OUTSIDER = new RegExp(String.raw`^(?: [\w-]+){0,6}? by (?:the |your |their |his |her |its |a |an )?(?:[\w-]+ )?${OUTSIDER}`, 'i');
/** How far after a passive no its "by …" agent is looked for: a few words. */
const AGENT_WINDOW = 40;

/** Is the no someone else's doing, reported to the customer? */
function outsidersDoing(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const after = text.slice(end, end + AGENT_WINDOW).split(/[.;:!?,]/, 1)[0] ?? '';
  return OUTSIDER_LEADS.test(m[0]) || OUTSIDER_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) || BY_OUTSIDER.test(after);
}

/** The same forms, global, to walk past a no that is someone else's doing. */
const REFUSAL_FORMS_ALL = REFUSAL_FORMS.map((form) => new RegExp(form.source, 'gi'));

/**
 * Where the sentence says no, before any turn to a yes: the index just past the refusal, or -1. `orders`: an order not to
 * write back ("Please do not reply") counts as a no (a no to further help, for the closing check).
 */
function refusalEnd(text: string, orders = true): number {
  let end = -1;
  for (const form of REFUSAL_FORMS_ALL) {
    // Bounded: the text is at most 600 characters and each match moves past the last.
    for (const m of text.matchAll(form)) {
      if (outsidersDoing(text, m)) continue;
      if (end === -1 || m.index + m[0].length < end) end = m.index + m[0].length;
      break;
    }
  }
  // Bounded as above.
  for (const m of orders ? text.matchAll(NO_WRITING_BACK) : []) {
    // "…if they don't reply by Friday, I'll refund you": someone else not replying is a condition, not our refusal.
    if (SOMEONE_ELSE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (end === -1 || m.index + m[0].length < end) end = m.index + m[0].length;
    break;
  }
  return end;
}

/**
 * The same reading with every read-past span blanked to spaces of its length, so an index into it is an index into the
 * sentence (positivity-evidence.ts underlines the no it finds).
 */
const plainInPlace = (text: string) => {
  const blank = (m: string) => ' '.repeat(m.length);
  return text.slice(0, 600).replace(/[\u2018\u2019]/g, "'").replace(SPARED, blank).replace(PROMISED, blank).replace(NOTHING_CHANGES, blank);
};

/**
 * Where the sentence says no (refuses), as offsets into it: from the no's first words to the index just past it; else null.
 * An order not to write or call ("Please do not call the clinic") is not read: it directs the customer, often beside the
 * way forward ("…, as our nurse will ring you tomorrow"), and refuses nothing they asked for (review49).
 */
export function refusalAt(sentence: string): { start: number; end: number } | null {
  const text = plainInPlace(sentence);
  const end = refusalEnd(text, false);
  if (end === -1 || TURN.test(text.slice(end))) return null;
  // The no's own words: back from its end to the start of the clause it ends, at most a few words.
  const head = text.slice(0, end);
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const near = end - 60;
  // Cut at a word's start: past the first space after the 60-character mark when the clause is longer.
  const from = clauseStart >= near ? clauseStart : near + text.slice(near, end).indexOf(' ') + 1;
  const start = from + (/\S/.exec(text.slice(from, end))?.index ?? 0);
  return { start, end };
}

/** Does `rest` (the words after a no) turn to what can be done ("…, but I can…", "instead")? */
export function turnsAfter(rest: string): boolean {
  return TURN.test(rest);
}

/** Does the sentence say no to the customer, with no turn to what can be done after it in the same sentence? */
export function refuses(sentence: string): boolean {
  const text = plain(sentence);
  const end = refusalEnd(text);
  return end !== -1 && !TURN.test(text.slice(end));
}

/** A sentence that opens on the turn to a yes ("But I can…", "Instead, …", "The good news is…"): the no before it is turned. */
const OPENS_ON_TURN = /^\W*(?:but|however|instead|that said|what (?:i|we) can (?:do|offer)|the good news|on the (?:bright|plus) side|happily|thankfully)\b/i;

/** Does a sentence turn the no just before it toward what can be done? */
export function turnsTheNo(nextSentence: string | undefined): boolean {
  return nextSentence !== undefined && OPENS_ON_TURN.test(nextSentence);
}
