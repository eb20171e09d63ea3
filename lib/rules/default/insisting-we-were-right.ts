import { defineRule } from '../define';

export default defineRule({
  id: 'insisting-we-were-right',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Insisting the records were right',
  description:
    'Defending the company instead of listening: "our records are correct", "the system shows no booking", "staff followed the procedure", "you were notified on…", "three reminders were sent".',
  message: 'Respect: insisting the records or the staff were right tells the customer they are wrong; share what you found and what you can do next.',
  patterns: [
    '(our|the|my) (records|record|system|systems|logs|notes|files|data) (are|is|were|was) #Adverb? (correct|accurate|right|clear|up to date)',
    '(our|the) (records|system|systems|logs|notes|tracking|account) #Adverb? (show|shows|showed|indicate|indicates|indicated) (no|nothing|that no|that nothing)',
    '(courier|driver|carrier|engineer|staff|team|agent) (has|have|had)? #Adverb? (confirmed|verified) (delivery|the delivery|it was delivered)',
    '(followed|applied) (the|our) (correct|proper|standard|normal|right|usual)? (procedure|process|policy|protocol|rules)',
    'acted (in line with|according to) (the|our) #Adjective? (procedure|process|policy|protocol|rules)',
    '(acted|behaved) (correctly|appropriately|properly|professionally|within policy)',
    '(was|were|had been|has been) #Adverb? (communicated|announced|made clear) to (all|every|our)',
    '^you (were|have been|had been) #Adverb? (notified|informed|told|advised|warned|reminded|sent) (by|in|on|of|about|that|twice|several|#Value)',
    '#Value? (reminders|letters|notices|warnings|emails) (were|have been|had been) #Adverb? (sent|issued|posted)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|wrong|should not have|missed)',
    '(but|however|so|and) (i|we) (have|will|can|am|are) #Adverb? #Verb',
    '(i|we) (have|will|am|are) #Adverb? (reopened|refunded|reversed|opened|raised|booked|sent|asked|chased|arranged|refund|reverse|open|raise|book|chase|arrange)',
  ],
  rewrites: [],
  advice: 'Share what you checked as a fact you looked up for them ("I\'ve checked, and I can see…"), then say what you can do next.',
  examples: {
    flag: [
      { text: 'Our records are correct.', becomes: null },
      { text: 'The system shows no booking under that name.', becomes: null },
      { text: 'Our staff followed the correct procedure.', becomes: null },
      { text: 'You were notified of the change by email on 2 May.', becomes: null },
    ],
    pass: [
      "I've checked our records, and I can see the order went out on Monday.",
      'Our records were wrong, and I am sorry for the confusion.',
      'I followed the tracking myself and the parcel is at the Leeds depot.',
    ],
    paraphrases: {
      flag: [
        'Having checked, our records are accurate.',
        'The account shows no payment from you in March.',
        'The driver has confirmed delivery at 14:02.',
        'Our agent acted correctly at the gate.',
        'The price change was communicated to all members in January.',
        'You were told twice that the offer ended on Sunday.',
        'Two reminders were sent to your registered address.',
        'Our engineers followed the standard procedure during the visit.',
      ],
      pass: [
        'Our records show no payment yet, so I have opened a trace with the bank for you.',
        'The driver says it was delivered, but I have asked the depot to check the photo.',
        'You were right, and the system had the wrong address.',
        'I can see the reminders went to an old address, which is our mistake.',
        'You will be notified by text when the engineer is on the way.',
        'I have sent the new password to your email.',
        'The procedure is simple, and I will walk you through it.',
      ],
    },
  },
});
