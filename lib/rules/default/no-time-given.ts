import { defineRule } from '../define';

export default defineRule({
  id: 'no-time-given',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'hint',
  message: 'Urgency: "We will get back to you" is kinder with a time, e.g. "by tomorrow noon", so the customer knows when to look.',
  patterns: [
    '(we|i|someone|somebody) will (get back to you|be in touch|contact you|reply|respond|come back to you|follow up) (soon|shortly|again)?$',
    '(we|i) will (update|inform|notify) you (soon|shortly)?$',
    '(someone|somebody|an agent|a colleague|the team|our team) will (get back to you|be in touch|contact you|reach out|call you) (soon|shortly)?$',
    '^you will hear (back)? from (us|me|someone) (soon|shortly)?$',
  ],
  unless: ['#Date', '(today|tonight|tomorrow|within|before|once|when|as soon as|the moment|after|if|until)'],
  rewrites: [],
  examples: {
    flag: [
      { text: 'We will get back to you.', becomes: null },
      { text: "We'll be in touch shortly.", becomes: null },
      { text: 'You will hear from us soon.', becomes: null },
    ],
    pass: [
      "I'll get back to you by 4pm today.",
      "I'll be in touch as soon as the courier replies, and by Friday at the latest.",
      'Once the part arrives, our team will contact you.',
    ],
  },
});
