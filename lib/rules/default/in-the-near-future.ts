import { defineRule } from '../define';

export default defineRule({
  id: 'in-the-near-future',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'hint',
  message: 'Urgency: "in the near future" is a promise with no date; a concrete day is easier to trust.',
  phrases: [
    'in the near future',
    'in the not too distant future',
    'in the not-too-distant future',
    'in the foreseeable future',
    'in the coming period',
    'over the coming period',
    'before too long',
    'before long',
    'in a timely manner',
    'in a timely fashion',
    'in the coming weeks',
    'over the coming weeks',
    'in the coming months',
  ],
  unless: ['#Date', '(today|tonight|tomorrow|within)', '(not|no) (planned|expected|likely|available) (in the near future|in the foreseeable future)'],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'We will update the app in the near future.', becomes: 'We will update the app.' },
      { text: 'Your case will be handled in a timely manner.', becomes: 'Your case will be handled.' },
      { text: 'Before long, the new plans will be available.', becomes: 'The new plans will be available.' },
    ],
    pass: ["The update lands on Friday, and I'll message you the moment it's live.", 'I have booked the engineer for tomorrow at 10am.'],
    paraphrases: {
      flag: [
        'The feature should arrive in the not too distant future.',
        'In the foreseeable future, the store will reopen.',
        'Your refund will be issued before long.',
        'We hope to restock in the near future.',
        'Your complaint will be dealt with in a timely fashion.',
        'Over the coming period, we will contact every customer.',
      ],
      pass: [
        'The update lands on Friday, and I will message you the moment it is live.',
        'Price rises are not planned in the near future.',
        'I will call you tomorrow at 10am.',
        'Your parcel is near the depot now.',
        'The future of the product is bright, and your warranty stays valid.',
        'The engineer will arrive within two hours.',
      ],
    },
  },
});
