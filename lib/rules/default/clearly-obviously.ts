import { defineRule } from '../define';

export default defineRule({
  id: 'clearly-obviously',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "Clearly" and "obviously" suggest the customer missed something simple; the facts read kinder on their own.',
  patterns: [
    '^(clearly|obviously|evidently)',
    '^as anyone (can|could) see',
    'as is (clearly|plainly)? (obvious|evident|clear)',
    'it (is|should be) (obvious|evident|self-evident|common sense) that',
  ],
  unless: [
    '^(clearly|obviously) (i|we) (made|got|messed|dropped|should|owe|let|can|will|would|could|are|am|have|understand|want)',
    '^(clearly|obviously) (something|this|that) (went|is|was|has|had) (gone)? wrong',
    '^(clearly|obviously) (our|my) (mistake|fault|error|system|team)',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'Clearly, this is explained in the FAQ.', becomes: 'This is explained in the FAQ.' },
      { text: 'Obviously the discount only applies to new orders.', becomes: 'The discount only applies to new orders.' },
      { text: 'It is obvious that the item was used.', becomes: 'The item was used.' },
    ],
    pass: [
      'Of course I can help with that!',
      "Obviously, I'll fix this today.",
      "Clearly we got this wrong, and I'm sorry.",
      'I can clearly see why the bill was confusing.',
      "I'll explain the steps more clearly this time.",
    ],
  },
});
