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
    '(note|notes) (down|of|the following)',
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
    // …or, after a limit, the help we still give: "…is compulsory for every cat; we can't skip it, but we'll book her a
    // room with a window". The institution's plain "we will process…" with no contrast still flags.
    '(i|but we) will #Adverb? (#Verb && !not && !be && !close && !cancel && !charge && !deduct && !apply && !suspend && !remove)',
    // …or says which of our people the step helps do what for them: "…rather than online, so our team can check the
    // documents". The institution's own "…, so we can process your claim" is the memo's reason and still flags.
    '@hasComma so that? our #Noun (can|will) #Verb',
    // A note that hands over what is free, or says their case fits inside the limit: "Please note there's no extra
    // charge for the overnight shipping", "…only from the last 12 months, which covers all three of yours".
    '(no|without) (extra|additional|further|added) (charge|cost|fee|fees|costs|charges)',
    'which #Adverb? (covers|includes|takes in) (all|both|each|every|any) #Value? (of)? (yours|your #Noun)',
    // …or a practical tip, said for the customer's sake: "…, so bring boots", "…, so you'll have plenty of time for the
    // wig", "…, which is why it's worth including everything you have". The institution's "…, so we can process them"
    // and "…, which is why we cannot help" are the memo's own reasons and still flag.
    // …or someone being there for it: "…will come by 7am, so somebody should be at the venue to show them".
    '@hasComma so someone? should? (bring|wear|pack|dress|come|arrive|allow|leave|plan|budget|be) (#Adjective|#Determiner|#Noun|#Value|plenty|extra|some|at|home)',
    '@hasComma so you (will|would)? #Adverb? have (plenty|enough|lots|time|a chance)',
    "(which is why|so) (it is|it's) #Adverb? worth #Gerund",
    // …or a reassurance, a permission or an allowance that is theirs: "Please note that you do not need to do anything
    // else", "…so you might be able to stay for the whole season", "Please note that we do keep back issues for new
    // members". The memo's "you do not need to contact us again", "…you may be able to pay by card", "we do charge for
    // late returns" and "the terms allow us to cancel" still flag.
    'you (do not|will not|would not) (need|have) to (. && !contact && !call && !email && !write && !reply && !ring)',
    'you (might|may|could|would|will) #Adverb? be (able|eligible|entitled) to (#Verb && !pay && !contact && !call)',
    '(lets|allows|entitles) you to? (#Verb && !pay && !contact && !call)',
    '(we|i) do #Adverb? (keep|offer|hold|accept|cover|allow|refund|stock|waive|include|reserve|honour|honor)',
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
        // The memo's own limits and reasons, beside the warm forms above: still a drumroll.
        'Please note that we only accept returns within 30 days, which covers none of your items.',
        'Please note that an extra charge applies to express delivery.',
        "Please note that refunds are only given within 14 days, which is why we cannot help.",
        'Please note the office is closed on Friday, so do not call.',
        'Please note that you do not need to contact us again about this.',
        'Please note that we do charge a fee for late returns.',
        'Please note that the terms allow us to cancel the booking.',
        'Please note that you may be able to pay the fine online.',
        'Please note the health check is compulsory, and we will charge for it.',
        'Please note the office is closed on Friday, so someone should call back on Monday.',
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
        "Please note there's no extra charge for the express delivery.",
        "Please note that we can only reprint tickets from the last six months, which covers both of yours.",
        "Please note the tasting is outdoors, so bring warm boots.",
        "Please note the doors open at 6, so you'll have plenty of time to find a seat.",
        "Please note that the panel's decision is final, which is why it's worth sending every photo you have.",
        "Please note the carer's ticket comes without additional cost.",
        "Please note that you don't need to re-enter your card details.",
        "Please note that the council lets residents renew online too, so you might be able to skip the queue.",
        "Please note that you may be eligible to claim the fee back from your insurer.",
        "Please note that we do hold a few late-entry places for first-time runners.",
        "Please note the van comes at 7am, so someone should be at the hall to let the crew in.",
        "Please note the health check is compulsory; we can't skip it, but we'll book the vet for you.",
      ],
    },
  },
});
