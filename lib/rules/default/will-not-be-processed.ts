import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'will-not-be-processed',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "will not be processed" is a threat; say what you will do once you have what you need, e.g. "As soon as the form is complete, I\'ll process it."',
  patterns: [
    '(will not|can not|would not|may not) be (processed|accepted|considered|reviewed|honoured|honored|refunded|exchanged|replaced|handled|actioned)',
    '(will|would) be (rejected|refused|declined|disregarded|ignored|voided|cancelled|canceled) (automatically)?$',
    // The hoop before anything happens: "before any claim can be considered", "before a new date is given", "before access can be restored".
    '(before|until) (any|a|the|your) #Adjective? #Noun? (claim|refund|request|application|appeal|replacement|date) (can|will) be (considered|processed|given)',
    '(before|until) (access|service|your account|your service) (can|will|could) be (restored|reinstated|reactivated|reconnected|resumed)',
    // A condition said as a refusal, any verb: "will not be considered until a survey has been carried out",
    // "Funds will not be released until the review is complete", "The label cannot be reissued until…".
    '(will not|can not) be #Adverb? (#PastTense|#Participle|#Adjective) until',
    // The same no said by nobody with a negative quantifier: "No discounts are offered for length of ownership",
    // "No further updates can be given until…", "No refund is possible for a booking that was not collected".
    '^#Adverb? no (further|more|other)? #Noun #Noun? (can|will|may)? (be|is|are) #Adverb? (given|offered|issued|made|done|provided|granted)',
    '^#Adverb? no (further|more|other)? #Noun #Noun? (can|will|may)? (be|is|are) #Adverb? (accepted|allowed|permitted|possible|guaranteed|arranged)',
    '^#Adverb? no (further|more|other)? #Noun #Noun? (can|will|may)? (be|is|are) #Adverb? (considered|entertained|refunded|released|shared)',
    '^#Adverb? no (further|more|other)? #Noun #Noun? (can|will|may)? (be|is|are) #Adverb? (disclosed|extended|exchanged|processed|payable|available)',
    // …or hung on what the customer lacks: "Orders cannot be released without it".
    '#Noun (can not|will not|may not|could not) be #Adverb? (#PastTense|#Participle|#Adjective) without',
  ],
  unless: [
    // A condition with its way forward ("once", "as soon as") or an offer beside it; "until" alone is still the wall.
    '(unless|once|as soon as|when|but|however|so|if you)',
    // Time, not a condition: "won't be ready until Friday".
    'until (#Date|#WeekDay|#Month|#Time|tomorrow|today|tonight|next|the end|#Value)',
    '(i|we) (will|would|can)',
    '^(your|the) (card|payment|transaction) (will|would|may) be declined',
    // Sympathy for what is irreplaceable, not a refusal: "a clock that was your dad's can't be replaced by a refund".
    '(can not|cannot) be replaced (by|with) (a|an|any|money|anything)',
    // Good news in the same shape: "No charge will be made", "No worries, your refund is processed".
    '^#Adverb? no (charge|charges|fee|fees|cost|costs|penalty|interest|surcharge|deduction|excess|worries|problem|rush|hurry)',
    '(nothing|free|waive|waived|on us|no charge)',
    // Reassurance: "Your card can't be charged without your OK".
    '(your|you) (consent|permission|approval|ok|okay|agreement|say-so|authorisation|authorization|signature)',
  ],
  // A no followed at once by what still happens ("But rather than lose it, I've moved it to the end of your stay").
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  examples: {
    flag: [
      { text: 'Incomplete forms will not be processed.', becomes: null },
      { text: 'Late claims will not be accepted.', becomes: null },
      { text: 'Requests without a receipt will be rejected.', becomes: null },
    ],
    pass: [
      "Your refund can't be processed until the item reaches us, and I'll email you the moment it does.",
      'Your order will be processed today.',
      "If the card is declined, I'll send you a new payment link.",
    ],
    paraphrases: {
      flag: [
        "The deposit can't be refunded this late. Sorry.",
        "The claim will not be considered until a joint survey has been carried out.",
        "Funds will not be released until the review is complete.",
        "Your account won't be reactivated until the balance is cleared.",
        "Unfortunately the label cannot be reissued until the prescription has been re-verified.",
        "Your application will not be assessed until all documents are received.",
        "Applications received after the deadline will not be considered.",
        "Claims without photos can't be accepted.",
        "Unsigned forms would not be processed.",
        "Your request will be disregarded automatically.",
        "Vouchers may not be exchanged for cash.",
        "Late returns will not be refunded.",
        'Log files will need to be submitted for analysis before any claim can be considered.',
        'You will need to provide proof of cancellation before any refund can be considered.',
        'Payment must be made before access can be restored.',
        'Your rebooking will need to be paid in full before a new date can be given.',
        'No repairs can be done without a receipt.',
        'No further updates can be given until the sample reaches stage 4.',
        'Sadly no refund is possible for a booking that was not collected.',
        'No discounts are offered for length of ownership.',
        'Orders cannot be released without it.',
        'Parcels will not be released without photo ID.',
      ],
      pass: [
        "The deposit can't be refunded this late. But rather than lose it, I've moved your booking to June.",
        "The engineer won't be available until Monday.",
        "Your order will not be delivered until tomorrow.",
        "The replacement can't be dispatched until the unit is back, but I've sent you a loan one today.",
        "Please do not pay until you have the invoice.",
        "Your refund will be processed as soon as the item reaches our warehouse.",
        "Your grandmother's ring can't be replaced by a refund, I know, and I'm so sorry.",
        "Your refund can't be processed until the item reaches us, and I'll email you the moment it does.",
        "Your order will be processed today.",
        "If the card is declined, I'll send you a new payment link.",
        "Your claim will be considered by Friday, and I will call you with the answer.",
        "Your application was accepted yesterday.",
        "Returns will be refunded within 5 days of arriving.",
        'As soon as the form arrives, your refund will be processed the same day.',
        'I will send the photos to the insurer before the claim is decided, so nothing is missed.',
        'No charge will be made for the visit.',
        'No worries, your refund is processed.',
        "Your card can't be charged without your OK.",
        'No refund is possible for the booking, but I can move it to any date next month.',
        'No updates have come from the lab yet.',
        'No repairs were needed in the end.',
      ],
    },
  },
});
