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
        'Please note: the parcel needs a signature.',
        'It is important to note that the code expires after 24 hours.',
        'Kindly note that the venue opens at 7pm.',
        'Please kindly note, the price includes VAT.',
        'It should be noted that the warranty covers parts only.',
        'Note that refunds take 5 working days.',
      ],
      pass: [
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
