import { defineRule } from '../define';

export default defineRule({
  id: 'final-say',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  title: 'Closes the door for good',
  description:
    'A decision stated as closed, with nothing offered: "The charge stands.", "Bans are final.", "This is the maximum I can offer.", "There isn\'t a workaround at the moment."',
  message: 'Positivity: a decision stated as final leaves the customer nowhere to go; lead with what you can still do.',
  patterns: [
    // "Bans are final.", "Decisions made by our team are final", "Our engineer's assessment is final"
    '(#Noun|decision|decisions|assessment|ruling|outcome|ban|bans) (is|are|remains|remain) #Adverb? (final|binding)',
    // "The charge stands.", "the fine still stands"
    '(the|this|that|our|your) #Value? #Noun? (charge|charges|fine|fee|fees|decision|penalty|ban) (#Adverb|still)? (stands|stand|remains|will stand)$',
    '(the|this|that|our|your) #Noun? (suspension|assessment|outcome|ruling|refusal) #Adverb? (stands|stand|remains|will stand)$',
    '(the|this|that|our|your) #Noun? (charge|fine|fee|decision|penalty|ban|suspension) #Adverb? (stands|will stand) (as|and|so)',
    // "This is the maximum I can offer."
    '(this|that|it|which) is #Adverb? (the|our|my) (maximum|most|best|highest|limit) (i|we) (can|could) #Adverb? (offer|do|give|go)',
    '(i|we) (can not|are unable to|am unable to) (offer|go|give) (anything|any) (more|higher|further) than',
    // "There isn't a workaround at the moment."
    'there (is|are) #Adverb? (no|not a|not any) (workaround|work around|alternative|other option|other options|fix|solution)$',
    'there (is|are) #Adverb? (no|not a|not any) (workaround|work around|alternative|other option|fix) (at the moment|currently|for now|yet|available)$',
    // "Unlinked accounts cannot be recovered." (read as an adjective by the tagger)
    '#Noun (can not|will not) be #Adverb? (recovered|retrieved|undone|reopened|reinstated|restored|overturned|appealed)',
    '#Noun (are|is|will be|can be) #Adverb? only (accepted|considered|permitted|allowed|granted|approved|refunded|issued|replaced) (if|for|when|in|after|where|with)',
    '#Noun (will|can|may) only be (accepted|considered|permitted|allowed|granted|approved|refunded|issued|replaced) (if|for|when|in|after|where|with)',
    '^only #Adjective? #Noun+ (will|can|are|is) (be)? #Adverb? (considered|accepted|covered|refunded|permitted|allowed|reimbursed)',
    'there (is|are) #Adverb? (no|not a|not any) (workaround|work around|alternative|fix) (at the moment|currently|for now|yet)? (sorry|i am afraid)$',
    '#Noun (is|are) #Adverb? not (reimbursable|refundable|claimable|recoverable|transferable)',
    '(this|that|it) (would|will) #Adverb? not be (covered|refunded|included|reimbursed|accepted|eligible)',
    '(fee|fees|charge|charges|penalty|fine) (is|are) (therefore|still) (payable|due|valid|owed)',
  ],
  unless: [
    '(but|however|instead|alternatively|meanwhile|in the meantime|although|though|until)',
    "(i|we) (can|will|have|'ve|'ll|could|am|are) #Adverb? (also|still|instead|happily|gladly)",
    "(i|we) (have|'ve) #Adverb? (added|sent|refunded|credited|booked|arranged|waived|reversed|raised|offered)",
    "(i|we) (will|'ll|can) #Adverb? (send|refund|credit|book|arrange|waive|reverse|raise|add|help)",
    'what (i|we) can',
    '(no|any) (fees|charges|fee|charge) (stand|remain|apply)',
    '(is|are) final (fantasy|round|stop|step|check|day|version|score|call|payment|instalment|installment|bill|reading)',
    '(if|whether|once|when|unless) .{0,6} (final|stands)',
  ],
  rewrites: [],
  advice: 'Keep the decision, then add the nearest thing you can do ("The charge stays, but I\'ve added a £10 credit towards your next rental.").',
  examples: {
    flag: [
      { text: 'The charge stands.', becomes: null },
      { text: 'Bans are final.', becomes: null },
      { text: 'This is the maximum I can offer.', becomes: null },
    ],
    pass: ['The charge stands corrected: I have refunded it in full.', 'Your final bill is attached.'],
    paraphrases: {
      flag: [
        'Decisions made by our review team are final.',
        "Our engineer's assessment is final and binding.",
        'The £40 fine still stands.',
        'There isn\'t a workaround at the moment.',
        'There is no alternative available.',
        'Deleted photos cannot be recovered.',
        "That's the best we can do.",
        'I am unable to offer anything more than a £5 voucher.',
        'Returns will only be accepted if the cartridges are unopened.',
        'Only essential items will be considered.',
        "There isn't a workaround at the moment, sorry.",
        'Taxi costs are not reimbursable.',
        'This would not be covered by our workmanship guarantee.',
        'The missed appointment fee is therefore payable.',
      ],
      pass: [
        'The charge stands, but I have added a £10 credit to your account.',
        'Your final payment goes out on the 3rd.',
        'There is no charge for the replacement.',
        "There's a workaround: sign out and back in, and it reappears.",
        'Deleted photos can be recovered from the bin for 30 days.',
        'The decision is final, but you can still reapply in June and I will help with the form.',
        'That is the best news I have had all week!',
        'No fees remain on your account.',
        "Returns are accepted for 60 days, and I've emailed you the label.",
        'Only you can see the code, so it stays private.',
        'Your deposit is refundable until Friday.',
        'That would be covered by the warranty, so I have booked the repair.',
      ],
    },
  },
});
