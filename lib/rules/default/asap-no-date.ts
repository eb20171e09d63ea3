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
    'as quickly as we can',
    'as fast as we can',
    'as fast as possible',
    'as promptly as possible',
    'at the first opportunity',
  ],
  unless: ['#Date', '(today|tonight|tomorrow|within|before|morning|afternoon|evening|minutes|hours|am|pm|noon)', '(you|your) (can|could|reply|send|get|call)'],
  patterns: [
    '(at|by) (our|the|their) earliest (possible)? (opportunity|convenience|moment)',
  ],
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
    paraphrases: {
      flag: [
        'Your request will be handled at our earliest opportunity.',
        'The bank will answer at their earliest convenience.',
        "We'll get it to you as soon as possible.",
        'As soon as we can, we will ship the order.',
        'Someone will call you asap.',
        'We aim to reply as quickly as we can.',
        'The refund will be processed at the first opportunity.',
        'Our team is working to fix this as fast as possible.',
      ],
      pass: [
        'Could you reply at your earliest convenience?',
        "I'll ship it as soon as it arrives this afternoon.",
        'Please reply as soon as you can.',
        'As soon as the part lands tomorrow, I will fit it.',
        'The engineer will call you within two hours.',
        'I sent it as quickly as possible this morning and it is with the courier.',
        'Your parcel is out for delivery and arrives by 6pm.',
      ],
    },
  },
});
