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
  rewrites: [''],
  examples: {
    flag: [
      { text: 'With all due respect, the warranty has expired.', becomes: 'The warranty has expired.' },
      { text: 'The store closes at six, as you should know.', becomes: 'The store closes at six.' },
      { text: 'For the last time, the refund is on its way.', becomes: 'The refund is on its way.' },
    ],
    pass: ['With respect to your question about delivery, I have booked Friday.', 'I treat every customer with respect.', 'As you know your own schedule best, pick any slot that suits you.'],
  },
});
