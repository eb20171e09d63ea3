import { defineRule } from '../define';

export default defineRule({
  id: 'at-this-point-in-time',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "at this point in time" is a long way to say "right now".',
  phrases: [
    'at this point in time',
    'at this moment in time',
    'at the present time',
    'at the present moment',
    'at this present time',
    'at the current time',
    'as of this moment',
    'at this juncture',
    'at this time',
  ],
  unless: ['at this time of (year|day|the year|night)', 'at this time (tomorrow|yesterday|next|last)'],
  rewrites: ['right now', 'at the moment'],
  examples: {
    flag: [
      { text: 'We have no stock at this point in time.', becomes: 'We have no stock right now.' },
      { text: 'At this time, the app is not available on tablets.', becomes: 'Right now, the app is not available on tablets.' },
    ],
    pass: ['Deliveries are slower at this time of year, so I have upgraded yours to express.', 'Right now, the app runs on phones only.'],
    paraphrases: {
      flag: [
        "At this point in time, we have no engineers free.",
        "We are unable to confirm a date at the present time.",
        "The feature is, at this moment in time, still in beta.",
        "As of this moment, your account is active.",
        "At this juncture I would suggest a reset.",
        "The store is closed at the current time.",
      ],
      pass: [
        "Deliveries are slower at this time of year, so I have upgraded yours to express.",
        "Right now, the app runs on phones only.",
        "Call me at this time tomorrow and I will have the results.",
        "At the moment the warehouse is packing your order.",
        "The last time you called, we fixed the router.",
        "This point on the map is where the courier waits.",
      ],
    },
  },
});
