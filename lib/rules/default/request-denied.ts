import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'request-denied',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "Your request has been denied" is a faceless no; say it yourself and add what you can do instead.',
  patterns: [
    '^[<what>your #Noun? (request|application|claim|appeal|dispute|refund|return)] (has been|was|is) (denied|rejected|declined|refused|not approved) [<rest>*]',
    '^[<what>your #Noun? (request|application|claim|appeal|dispute|refund|return)] (has been|was|is) unsuccessful [<rest>*]',
    // Reviewed first, or an adverb in front: "Your appeal has been reviewed and rejected.", "Unfortunately your claim was declined."
    '^[<what>your #Noun? (request|application|claim|appeal|dispute)] (has been|was) (reviewed|considered) and (denied|rejected|declined|refused) [<rest>*]',
    '^#Adverb [<what>your #Noun? (request|application|claim|appeal|dispute|refund)] (has been|was|is) (denied|rejected|declined|refused) [<rest>*]',
    '^[<what>your #Noun? (request|application|claim|appeal|complaint)] (has not been|was not|is not) (upheld|approved|accepted) [<rest>*]',
    // An upheld fine or charge: "Fine upheld, sorry."
    '^(the|your|this)? #Noun? (fine|charge|penalty|ban|suspension|fee|decision) (has been|was|is|remains)? upheld',
    // With an adverb first: "Unfortunately your claim was unsuccessful."
    '^#Adverb [<what>your #Noun? (request|application|claim|appeal|dispute|refund)] (has been|was|is) unsuccessful [<rest>*]',
  ],
  unless: ['(but|however|instead|alternatively)', 'what (i|we) can', 'by (your|the) (bank|card issuer|provider)'],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: ["I can't approve {what|lower} {rest}."],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  examples: {
    flag: [
      { text: 'Your refund request has been denied.', becomes: "I can't approve your refund request." },
      {
        text: 'Your warranty claim was rejected because the damage is not covered.',
        becomes: "I can't approve your warranty claim because the damage is not covered.",
      },
      { text: 'Your application is unsuccessful.', becomes: "I can't approve your application." },
    ],
    pass: [
      'Your refund request has been approved, and the money will reach you by Friday.',
      'Your card was declined by the bank, so I have held the order for you.',
      "Your claim was rejected at first, but I've reopened it and approved it today.",
    ],
    paraphrases: {
      flag: [
        "Your refund request has been denied. Sorry.",
        "Your application is unsuccessful. We cannot review it again.",
        "Unfortunately your claim has been declined.",
        "Your appeal has been reviewed and rejected.",
        "Your complaint has not been upheld.",
        "Your return request was refused.",
        "Your application has been unsuccessful on this occasion.",
        "Sadly, your dispute was rejected.",
        'Fine upheld, sorry.',
        'The parking charge has been upheld.',
        'Unfortunately your claim was unsuccessful.',
      ],
      pass: [
        "Your refund request has been denied. What we can do is move the booking to any date this year at no cost.",
        "Your application is unsuccessful this time. Alternatively, you can reapply in three months and I will flag it for review.",
        "Your refund request has been approved, and the money will reach you by Friday.",
        "Your card was declined by the bank, so I have held the order for you.",
        "Your claim was rejected at first, but I've reopened it and approved it today.",
        "The courier rejected the parcel, so I am sending a new one.",
        "If your claim is declined, I will go through the options with you.",
        "Your appeal has been reviewed and accepted.",
        'Your complaint was upheld and I have refunded the fine.',
        'We upheld your appeal, so the ban is lifted.',
        'Unfortunately your claim was unsuccessful at first, but I appealed it and it has now been approved.',
      ],
    },
  },
});
