import { defineRule } from '../define';

export default defineRule({
  id: 'asap-no-date',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'hint',
  message: 'Urgency: "as soon as possible" with no time still leaves the customer guessing; add when they can expect it, e.g. "by Friday".',
  phrases: [
    'as soon as possible',
    'as soon as we can',
    'as soon as practicable',
    'as quickly as possible',
    'asap',
    'at the earliest opportunity',
    'at our earliest convenience',
    'at the earliest possible date',
    'when possible',
    'whenever possible',
  ],
  unless: ['#Date', '(today|tonight|tomorrow|within|before|morning|afternoon|evening|minutes|hours|am|pm|noon)', '(you|your) (can|could|reply|send|get|call)'],
  rewrites: [],
  examples: {
    flag: [
      { text: 'We will process your refund as soon as possible.', becomes: null },
      { text: 'Our team will contact you ASAP.', becomes: null },
      { text: 'We will reply at our earliest convenience.', becomes: null },
    ],
    pass: [
      "I'll ship it as soon as possible, and no later than Friday.",
      "I'm sending the replacement as soon as possible today, so it reaches you tomorrow.",
      'Please send the photos as soon as you can.',
    ],
  },
});
