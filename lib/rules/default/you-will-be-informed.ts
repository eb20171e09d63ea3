import { defineRule } from '../define';

export default defineRule({
  id: 'you-will-be-informed',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'hint',
  message: 'Ownership: "you will be informed" sounds like a notice from nobody; "I\'ll let you know" is a promise from you.',
  patterns: [
    // "…informed of the outcome": the "of" goes too ("I'll let you know the outcome").
    '^you will be (informed|notified|advised|updated|told) of',
    '^you will be [<verb>(informed|notified|advised|updated|told)]',
    'you #Adverb? (will|shall) #Adverb? be #Adverb? (informed|notified|advised|updated|told|kept informed|kept updated)',
    'you (will|would|shall) (receive|get) (a|an)? (notification|update|confirmation) (in due course|when|once|as soon as|if)',
    '(an|a|further|more) #Adjective? (update|updates|reply|response|decision|confirmation) (will|shall) #Adverb? follow',
  ],
  unless: [
    'automatically',
    '(i|we) will (personally|also)',
    "(i|we) (will|'ll) (call|email|message|text|write to) you",
    'by (email|e-mail|text|sms|post|letter)',
  ],
  rewrites: ["I'll let you know", "I'll keep you posted"],
  examples: {
    flag: [
      { text: 'You will be informed in due course.', becomes: "I'll let you know in due course." },
      { text: "You'll be notified when the part arrives.", becomes: "I'll let you know when the part arrives." },
      { text: 'You will be informed of the outcome in due course.', becomes: "I'll let you know the outcome in due course." },
    ],
    pass: ["I'll let you know as soon as the part arrives.", 'You will be notified by email when it ships, usually the same day.'],
    paraphrases: {
      flag: [
        'Once a decision has been reached, you will be notified.',
        "You'll be notified when it ships.",
        'You will then be informed of the outcome.',
        'You will be kept updated as the claim progresses.',
        'If anything changes, you will be advised.',
        'You will receive a notification once the refund is approved.',
        'A ticket has been raised and an update will follow.',
      ],
      pass: [
        "I'll let you know as soon as the part arrives.",
        'You will be notified by email when it ships, usually the same day.',
        "I'll email you the outcome myself by Friday.",
        'You will love the new colour.',
        'I was informed by the courier this morning that the parcel is in Leeds.',
        'You will be charged nothing for the repair.',
        'I will send an update by 5pm today, and the refund will follow on Friday.',
      ],
    },
  },
});
