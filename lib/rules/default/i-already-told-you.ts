import { defineRule } from '../define';

export default defineRule({
  id: 'i-already-told-you',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "I already told you" makes the customer feel scolded; a short recap says the same thing kindly.',
  patterns: [
    '^(i|we) have? already (told|explained to|said to|informed|advised) you that [<rest>.+]',
    '^(i|we) have? (told|explained to|informed) you (already|before|twice|several times|many times) that [<rest>.+]',
  ],
  rewrites: ['To recap, {rest}', 'Just to recap, {rest}'],
  examples: {
    flag: [
      { text: 'I already told you that the refund takes five days.', becomes: 'To recap, the refund takes five days.' },
      { text: "I've already explained to you that the plan renews monthly.", becomes: 'To recap, the plan renews monthly.' },
      { text: 'We have told you twice that the store is closed on Sundays.', becomes: 'To recap, the store is closed on Sundays.' },
    ],
    pass: ["I've already sent you a new label, so you're all set.", 'I told the courier to ring the bell this time.', 'I already refunded the fee this morning.'],
  },
});
