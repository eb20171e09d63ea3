import { defineRule } from '../define';

export default defineRule({
  id: 'talking-down-aside',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: asides like "with all due respect" or "as you should know" talk down to the customer; the sentence is stronger without them.',
  phrases: [
    'with all due respect',
    'no offence',
    'no offense',
    'no offence but',
    'no offense but',
    'as you should know',
    'as you should be aware',
    'as you should already know',
    'as you are well aware',
    'as you well know',
    'as you must know',
    'as you must be aware',
    'as anyone would know',
    'as everyone knows',
    'for the last time',
    'for the hundredth time',
  ],
  unless: [
    '(no offence|no offense) taken',
  ],
  patterns: [
    'which (is|are|was) all? (in|on|set out in|stated in) (the|our) .{1,3} you (agreed to|accepted|signed|read)',
    '(no offence|no offense) but',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'With all due respect, the warranty has expired.', becomes: 'The warranty has expired.' },
      { text: 'The store closes at six, as you should know.', becomes: 'The store closes at six.' },
      { text: 'For the last time, the refund is on its way.', becomes: 'The refund is on its way.' },
    ],
    pass: ['With respect to your question about delivery, I have booked Friday.', 'I treat every customer with respect.', 'As you know your own schedule best, pick any slot that suits you.'],
    paraphrases: {
      flag: [
        "Cancellations after the restaurant accepts aren't refundable, which is in the T&Cs you agreed to.",
        'The store closes at six, as you should already know.',
        'No offence, but we sent exactly what you ordered.',
        'As everyone knows, the sale ended on Sunday.',
        'With all due respect, you ordered the wrong size.',
        'For the hundredth time, the refund is processing.',
        'As you are well aware, the fee is non-refundable.',
        'The code expires after an hour, as anyone would know.',
      ],
      pass: [
        'The terms you agreed to let me refund it, so I have.',
        'With respect to your question about delivery, I have booked Friday.',
        'I treat every customer with respect.',
        'As you know your own schedule best, pick any slot that suits you.',
        'No offence taken at all, I would be frustrated too.',
        'For the first time, the parcel arrived early.',
        'Everyone knows you by name at the Leeds store.',
      ],
    },
  },
});
