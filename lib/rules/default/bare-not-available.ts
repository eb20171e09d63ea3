import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'bare-not-available',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "it has expired" or "that isn\'t covered" closes the door; saying what the customer can do instead keeps it open.',
  description: 'A closed door stated as a fact with nothing offered: the offer has expired, the promotion ended, that option is not available, this is not covered.',
  patterns: [
    '^#Adverb? (the|this|that|your) #Noun? (offer|promotion|promo|discount|sale|deal|voucher|code|coupon) (has|had)? #Adverb? (expired|ended|closed|lapsed)',
    '^#Adverb? (the|this|that|your) #Noun? (window|deadline|period|campaign) (has|had)? #Adverb? (expired|ended|closed|lapsed|passed)',
    '^#Adverb? (that|this|these|those) #Noun (is|are) #Adverb? not (available|possible|offered)',
    '^#Adverb? (this|that|it) (is|was|#Auxiliary) #Adverb? not (covered|included|refundable|eligible) (by|under|in|for)',
    '^#Adverb? (this|that|it) (is|was) #Adverb? (excluded|not covered) (from|by|under) (your|the|our)',
    // The remedy refused as a bare fact, even as a fragment: "Refund not possible.", "A replacement is not an option at this stage."
    '(refund|refunds|exchange|exchanges|replacement|cancellation|compensation|cashback|extension|transfer|upgrade) (is|are)? #Adverb? not (possible|an option)',
    // Said of a kind of case: "Refunds for casual swims are not available", "Credits on annual plans are not offered".
    '^(refunds|exchanges|replacements|credits|discounts|upgrades|extensions) (for|on) .{1,3} are #Adverb? not (available|offered|possible)',
  ],
  unless: [
    '(but|however|instead|alternatively|although|though|so i|so we|and i|and we)',
    "(i|we) (have|will|can|could|'ve|'ll)",
    'what (i|we) can',
    'you (can|could) (still|also)',
  ],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Add what they can do now: a similar offer, another option, a goodwill gesture or the next step you will take.',
  examples: {
    flag: [
      { text: 'The offer has expired.', becomes: null },
      { text: 'The promotion ended at midnight on 30 April and your order was placed at 00:14 on 1 May.', becomes: null },
      { text: 'This is not covered by your warranty.', becomes: null },
    ],
    pass: [
      "The sale ended on Sunday, but I've applied the discount anyway.",
      "Your voucher has expired, so I've sent you a new one.",
    ],
    paraphrases: {
      flag: [
        "Refunds for casual swims are not available.",
        "Credits on annual plans are not offered.",
        "Extensions for late essays are not possible.",
        "The offer has expired. Sorry.",
        "The offer has expired. We cannot extend it.",
        'Unfortunately the discount code has expired.',
        "That option isn't available.",
        'Your voucher expired last month.',
        'The claim window has closed.',
        "It's not included in your plan.",
        'This is excluded under your policy.',
        'These sizes are not available.',
        'Refund not possible.',
        'Exchange not possible on sale items.',
        'A replacement is not an option at this stage.',
        "Sorry, cashback isn't an option for this order.",
        'Full refunds are not possible after 30 days.',
        'An extension is simply not an option.',
      ],
      pass: [
        "Refunds for casual swims are not usually offered, but I have refunded yours.",
        "Discounts for students are available on every plan.",
        "Are refunds for unused days possible?",
        "The offer has expired. What I can do is apply this week's 15% discount to your order.",
        "The offer has expired. I have added a £10 credit to your account instead.",
        'The offer has been extended to Friday, so you still have time.',
        "That option isn't available on your plan, but I can move you to Plus for the same price.",
        'The window for returns is 30 days, and you are well within it.',
        'This is covered by your warranty, so the repair is free.',
        'If the code has expired, reply and I will send a fresh one.',
        'The sale ends on Sunday.',
        "A refund is not an option on this fare, but I've moved you to Friday's flight for free.",
        'Leaving you without heating is not an option, so an engineer is coming today.',
        'A refund is possible, and I have started it.',
        'Is an exchange possible instead?',
        'Exchanges are possible in any of our shops.',
        "Cancellation isn't an option online, so I've cancelled it for you.",
      ],
    },
  },
});
