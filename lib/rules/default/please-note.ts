import { defineRule } from '../define';

export default defineRule({
  id: 'please-note',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "Please note that" adds a formal drumroll; the fact on its own is clearer.',
  phrases: ['please note that', 'please note', 'it should be noted that', 'it is important to note that', 'it must be noted that', 'it is worth noting that'],
  patterns: ['^note that', '(kindly|please kindly) note that?'],
  unless: [
    'note the following',
    '(note|notes) (down|of)',
    '(your|the|a|this|that|my) note',
    'please note (it|them|this|that) down',
    // A note that hands the customer good news reads as care, not as a memo: "…so there's no rush".
    '(no rush|no hurry|no need to|free of charge|at no extra cost|at no cost|you can still|you will still)',
    // The same in other words: what they will not pay or lose, what is theirs at no cost, what we will still do.
    // ("included in the price" is a plain fact, the memo's own: it still flags.)
    '(is|are) #Adverb? (both|all)? #Adverb? (free|covered) (under|by|with)',
    'you will not be (asked|charged|billed) to? pay?',
    '(will|does|would) #Adverb? not (affect|change|harm|hurt) your',
    'so (this|it|that) (should|will) #Adverb? not happen again',
    '(our|we|i) #Noun? will still (!apply && !charge && !be && !need && !require)',
    // The note carries the agent's own promise: "…, and I will write to you and your solicitor as soon as it is done".
    // The institution's "we will process your refund within 14 days" is the memo itself and still flags.
    'i will #Adverb? (#Verb && !not && !be && !close && !cancel && !charge && !deduct && !apply && !suspend && !remove)',
    // …or says which of our people the step helps do what for them: "…rather than online, so our team can check the
    // documents". The institution's own "…, so we can process your claim" is the memo's reason and still flags.
    '@hasComma so that? our #Noun (can|will) #Verb',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'Please note that the store closes at 6pm on Saturdays.', becomes: 'The store closes at 6pm on Saturdays.' },
      { text: 'Please note, the code expires after 24 hours.', becomes: 'The code expires after 24 hours.' },
      { text: 'Note that the venue opens at 7pm.', becomes: 'The venue opens at 7pm.' },
    ],
    pass: ['I note that you asked about delivery too, so I have booked Friday.', 'Thanks for the lovely note about our team!', 'I have added a note to your account so nobody asks again.', 'Could you note down this reference number: 48213?'],
    paraphrases: {
      flag: [
        "Please note that the service charge is included in the bill.",
        "Please note that we will still need your signature.",
        "Please note that claims must be sent within 30 days, so we can process them in time.",
        "Please note that we will process your refund within 14 days.",
        "Please note that the fee will still apply.",
        "Please note that we will close your ticket after 48 hours.",
        "Please note that accessories are not covered.",
        "Please note that we will not refund opened items.",
        'Please note: the parcel needs a signature.',
        'It is important to note that the code expires after 24 hours.',
        'Kindly note that the venue opens at 7pm.',
        'Please kindly note, the price includes VAT.',
        'It should be noted that the warranty covers parts only.',
        'Note that refunds take 5 working days.',
      ],
      pass: [
        "Please note that the new battery is covered under your warranty, so there is nothing to pay.",
        "Please note the switch won't affect your no-claims discount.",
        "Please note we've changed couriers from Monday, so this shouldn't happen again.",
        "Please note that boarding closes at 10:40, but our crew will still wait for you at the gate.",
        "Please note that the office is shut on Friday, and I will ring you on Monday with the result.",
        "Please note that you'll need to bring the original, so our team can stamp it.",
        'I note that you asked about delivery too, so I have booked Friday.',
        'Thanks for the lovely note about our team!',
        'I have added a note to your account so nobody asks again.',
        'Could you note down this reference number: 48213?',
        'About your claim, please note the following:',
        'Worth noting: the code also works in the app.',
        "Please note that the quote is held until 20 June, so there's no rush to decide.",
      ],
    },
  },
});
