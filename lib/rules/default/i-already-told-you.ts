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
    '(i|we) have? already (told|explained to|said to|informed|advised) you that [<rest>.+]',
    '(i|we) have? #Adverb? (told|explained|said|informed|advised) (this|it|that)? (to)? you? (already|before|twice|several times|many times|repeatedly)',
    'you (have|were|had) #Adverb? been (told|informed|advised) (already|before|twice|several times|repeatedly|more than once)',
    'you (have|had) already been (told|informed|advised)',
    'as (i|we) have? already (told|informed|advised|explained to) you',
    'you were #Adverb? (told|informed|advised) (already|before|twice|several times|repeatedly|more than once)',
  ],
  unless: [
    '(sorry|apologise|apologize|mistake|wrong)',
  ],
  rewrites: ['To recap, {rest}', 'Just to recap, {rest}'],
  examples: {
    flag: [
      { text: 'I already told you that the refund takes five days.', becomes: 'To recap, the refund takes five days.' },
      { text: "I've already explained to you that the plan renews monthly.", becomes: 'To recap, the plan renews monthly.' },
      { text: 'We have told you twice that the store is closed on Sundays.', becomes: 'To recap, the store is closed on Sundays.' },
    ],
    pass: ["I've already sent you a new label, so you're all set.", 'I told the courier to ring the bell this time.', 'I already refunded the fee this morning.'],
    paraphrases: {
      flag: [
        'Honestly, I already told you that the store is closed on Sundays.',
        "We've explained this to you several times.",
        'You have already been told that the fee is non-refundable.',
        "I've told you twice now, the app only works on iOS.",
        'As we have already informed you, the order cannot be changed.',
        'You were told before that the offer had ended.',
      ],
      pass: [
        'I already told the courier to ring the bell.',
        "I've told the team you need it by Friday.",
        'You told me the size was wrong, so I sent a new one.',
        'I have already sent you the label.',
        "You have been told the wrong date, and I'm sorry.",
        'Thanks for telling us twice, it helped us find the fault.',
      ],
    },
  },
});
