import { defineRule } from '../define';

export default defineRule({
  id: 'you-should-have',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You should have…" blames the customer for the past; a tip for next time helps without pointing a finger.',
  patterns: ['^you (should|ought to) have [<action>(#PastTense|#Participle) *]'],
  unless: [
    'you should have (received|got|gotten|been|seen|heard|noticed|access|an|a|the|your|it|one)',
    'should have (been|received) (sent|given|told|notified|informed|emailed)',
    'you should (not|never) have (to|needed)',
  ],
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
  },
});
