import { defineRule } from '../define';

export default defineRule({
  id: 'you-should-have',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You should have…" blames the customer for the past; a tip for next time helps without pointing a finger.',
  patterns: [
    '^you (should|ought to) have [<action>(#PastTense|#Participle) *]',
    'you #Adverb? (should|ought to) #Adverb? have #Adverb? (#PastTense|#Participle)',
    '(issues|problems|claims|complaints|this|it|that|damage|faults) (should|ought to) have been (raised|reported|submitted|mentioned|flagged|noted|checked|booked)',
    '^next time please? (ensure|make sure|remember to|try to|check|read|use|double check)',
  ],
  unless: [
    'you should have (received|got|gotten|been|seen|heard|noticed|access|an|a|the|your|it|one)',
    'you #Adverb? (should|ought to) #Adverb? have #Adverb? (received|got|gotten|been|seen|heard|noticed)',
    'should have (been|received) (sent|given|told|notified|informed|emailed)',
    'you should (not|never) have (to|needed)',
  ],
  advice: 'Skip the past: say what happens now, and offer a tip for next time only if it truly helps.',
  rewrites: ['Next time, it can help to {action|infinitive}.', 'For next time, it may help to {action|infinitive}.'],
  examples: {
    flag: [
      { text: 'You should have read it before placing the order.', becomes: 'Next time, it can help to read it before placing the order.' },
      { text: 'You should have checked the size chart.', becomes: 'Next time, it can help to check the size chart.' },
      { text: 'You ought to have contacted us within 14 days.', becomes: 'Next time, it can help to contact us within 14 days.' },
    ],
    pass: [
      'You should have received a confirmation email by now.',
      "You shouldn't have to wait this long, and I'm sorry.",
      'We should have told you about the delay sooner.',
      'You should have access to the course now.',
    ],
    paraphrases: {
      flag: [
        'Honestly, you really should have checked the size chart.',
        "You should've read the terms before booking.",
        'If you ask me, you ought to have contacted us sooner.',
        'Any issues should have been raised on the inventory check-in.',
        'This should have been reported within 48 hours.',
        'Next time ensure a stable connection.',
        'You should probably have backed up the files first.',
      ],
      pass: [
        'You should have the replacement by Thursday.',
        'We should have caught this sooner, and I am sorry.',
        'You should now see the refund in your account.',
        'I should have mentioned the fee in my first email.',
        "You shouldn't have had to chase us for this.",
        'Next time you order, your discount applies automatically.',
      ],
    },
  },
});
