import { defineRule } from '../define';

export default defineRule({
  id: 'nothing-we-can-do',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "There is nothing we can do" leaves the customer stranded; there is almost always a next step you can offer.',
  patterns: [
    '^there is (really|simply)? nothing (more|else|further)? (we|i) (can|could|are able to|am able to) do [<rest>.*]?',
    '^nothing (more|else|further)? can be done [<rest>.*]?',
    '^(we|i) can not do anything (more|else|further)? [<rest>.*]?',
    '^(we|i) (are|am) (unable|not able) to do anything (more|else|further)? [<rest>.*]?',
    '^(our|my) hands are tied [<rest>.*]?',
    '^(this|that|it) is (out of|beyond) (our|my) hands [<rest>.*]?',
  ],
  unless: ['(but|however|except|apart from|other than|instead|although)', 'what (i|we) can', 'you (need|have) to'],
  rewrites: [],
  advice: 'Say what you can do instead, even a small step: check again, escalate, refund the shipping, or keep them posted.',
  examples: {
    flag: [
      { text: 'There is nothing we can do.', becomes: null },
      { text: "There's nothing more I can do about the delivery date.", becomes: null },
      { text: 'Our hands are tied on this one.', becomes: null },
    ],
    pass: [
      "There's nothing you need to do, I've fixed it already.",
      "There's nothing more I can do about the courier's delay, but I've refunded your shipping.",
      'If there is anything else I can do, just reply here.',
    ],
  },
});
