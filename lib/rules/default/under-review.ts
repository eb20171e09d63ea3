import { defineRule } from '../define';

export default defineRule({
  id: 'under-review',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "the matter is under review" hides who is working on it; "I\'m looking into this" tells the customer someone is.',
  patterns: [
    '^[<thing>(the|your|this|that|our) #Adjective? #Noun+] (is|are) #Adverb? (under|pending) (review|investigation|consideration|assessment)',
    '^(it|this|that) (is|are) #Adverb? (under|pending) (review|investigation|consideration|assessment)',
    '^[<thing>(the|your|this|that|our) #Adjective? #Noun+] (is|are) #Adverb? being (looked into|investigated|reviewed|considered|assessed)',
    '^[<thing>(the|your|this|that|our) #Adjective? #Noun+] (is|are) #Adverb? being (examined|checked|dealt with|handled|addressed)',
    '^(it|this|that) (is|are) #Adverb? being (looked into|investigated|reviewed|considered|assessed|examined|checked|dealt with|handled)',
    '(is|are) #Adverb? (under|pending) (review|investigation|consideration|assessment)',
    '(is|are) #Adverb? being (looked into|investigated|reviewed|considered|assessed|processed|handled|dealt with)',
    '(is|are) #Adverb? in (the|our|a) #Noun? queue',
    '(has|have) been (received|logged|noted) and (is|are|will be) #Adverb? being? (processed|reviewed|considered|assessed)',
  ],
  unless: [
    'being #Verb (with|into)? by (the|a|an|our|their|its|his|her|one) #Noun',
    "(i|we) (am|are|have|will|'m|'ll) #Adverb? (looking|checking|chasing|personally|handling|reviewing|now)",
    '(i|we) will (update|email|call|write|let)',
  ],
  rewrites: ["I'm looking into {thing|lower} for you"],
  examples: {
    flag: [
      { text: 'The matter is under review.', becomes: "I'm looking into the matter for you." },
      {
        text: 'Your refund request is currently being investigated.',
        becomes: "I'm looking into your refund request for you.",
      },
      { text: "It's being looked into and you'll hear back soon.", becomes: null },
    ],
    pass: [
      "I'm looking into your refund now, and I'll write back by 5pm today.",
      'Your claim is being reviewed by the airline, and I will chase them on Friday.',
      'The under-floor heating is covered by your warranty.',
    ],
    paraphrases: {
      flag: [
        'Your claim has been received and is being processed.',
        'Your application is in the queue.',
        'Your device is in the repair queue.',
        'At the moment the complaint is still under investigation.',
        'Unfortunately your request is currently pending review.',
        'The matter is being dealt with.',
      ],
      pass: [
        "I'm looking into your refund now, and I'll write back by 5pm today.",
        'Your claim is being reviewed by the airline, and I will chase them on Friday.',
        'The under-floor heating is covered by your warranty.',
        'I am reviewing your account now and will call you by noon.',
        'Your payment was processed on Monday and reaches you by Thursday.',
        'We queue orders by date, and yours ships first thing tomorrow.',
      ],
    },
  },
});
