import { defineRule } from '../define';

/** What a charge, a refusal or a deduction rests on: cut, the decision would lose its basis. */
const DOCUMENT = 'terms|conditions|contract|agreement|scheme|wording|rules|tariff|handbook|licence|SLA';

export default defineRule({
  id: 'as-per',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "as per" is office jargon; drop it, or say "as you asked" or "under our returns policy".',
  patterns: [
    // A document the decision rests on keeps its place, said plainly: "as per your contract terms" → "under your contract terms".
    `as per [<doc>(the|your|our|this|that|these|my) (${DOCUMENT})]`,
    `as per [<doc>(the|your|our|this|that|these|my) . (${DOCUMENT})]`,
    `as per [<doc>(the|your|our|this|my) . . (${DOCUMENT})]`,
    `^per [<doc>(the|your|our|this|that|these|my) (${DOCUMENT})]`,
    `^per [<doc>(the|your|our|this|that|these|my) . (${DOCUMENT})]`,
    'as per (the|your|our|this|that|these|my)? #Adjective? (#Singular|#Plural)+ (of|for|in) (the|your|our|this|that)? #Adjective? (#Singular|#Plural)+',
    'as per (the|your|our|this|that|these|my)? #Adjective? (#Singular|#Plural)+',
    // A capitalised document name reads as a proper noun: "as per our Terms of Service".
    'as per (the|your|our|this|that|these|my) #ProperNoun+ (of #ProperNoun+)?',
    '^per (the|your|this|that|these) #Adjective? (#Singular|#Plural)+ (of|for|in) (the|your|our|this|that)? #Adjective? (#Singular|#Plural)+',
    '^per (the|your|this|that|these) #Adjective? (#Singular|#Plural)+',
  ],
  unless: ['per (our|my|company) (policy|records|last|previous|earlier)', 'as per (usual|normal)'],
  // A request or a conversation goes ("As per your request, I've cancelled…"); a document stays as "under" (the cut
  // of it is refused by the safety net where it grounds a charge or a no).
  rewrites: ['under {doc}', ''],
  examples: {
    flag: [
      { text: 'Return the item within 30 days as per the returns policy.', becomes: 'Return the item within 30 days.' },
      { text: "As per your request, I've cancelled the second order.", becomes: "I've cancelled the second order." },
      { text: 'Per the terms, the deposit is refundable.', becomes: 'Under the terms, the deposit is refundable.' },
    ],
    pass: ['The plan costs 9 euros per month.', 'As you asked, I cancelled the second order.', 'That works out at two per person.'],
    paraphrases: {
      flag: [
        "Accounts are suspended as per our Terms of Service.",
        "As per the Conditions of Carriage, check-in closes at noon.",
        "Check-in closes at noon as per our Conditions of Carriage.",
        'Per the terms of the offer, the discount was for new customers.',
        'As per the contract, the notice period is one month.',
        'The engineer will visit on Monday as per your request.',
        'The refund went out on Monday, as per the agreement.',
        'Per the conditions of sale, returns close after 30 days.',
        'As per our conversation, I have booked the van.',
      ],
      pass: [
        "Our Terms of Service say you can cancel any time, so I have cancelled it.",
        "It costs £4 per Terms and Conditions printout.",
        'The plan costs 9 euros per month.',
        'As you asked, I cancelled the second order.',
        'That works out at two per person.',
        'The courier charges per parcel, so I combined them.',
        'Per person, the tour costs 40 euros.',
        'We charge 5 pounds per delivery, and yours is free this time.',
      ],
    },
  },
});
