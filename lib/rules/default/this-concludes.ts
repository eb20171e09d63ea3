import { defineRule } from '../define';

export default defineRule({
  id: 'this-concludes',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'warning',
  message: 'Follow-through: declaring the conversation over shuts the customer out; even a firm answer can end with where they can turn next.',
  patterns: [
    '^this (concludes|ends|closes) (our|this|the) (correspondence|conversation|discussion|communication|exchange)',
    '^this (concludes|ends|closes) the matter',
    '^(we|i) (now)? consider (this|the) (matter|issue|case|complaint) (to be)? (closed|resolved|concluded|settled)',
    '^(this|the) (matter|issue|complaint) is now (closed|concluded|settled)',
    '(we|i) will not (be entering|enter|be engaging|engage) into (any)? (further)? (correspondence|discussion|communication)',
    'no further (correspondence|discussion|communication) will be entered into',
    '(we|i) will not (respond|reply) to (any)? (further|more|future) (emails|messages|correspondence|enquiries|inquiries)',
  ],
  rewrites: [],
  examples: {
    flag: [
      { text: 'This concludes our correspondence on the matter.', becomes: null },
      { text: 'We consider this matter closed.', becomes: null },
      { text: 'We will not enter into any further correspondence.', becomes: null },
    ],
    pass: [
      "I know this isn't the answer you hoped for, but if anything changes, reply here and I'll look again.",
      'The matter of the missing invoice is sorted: I have emailed it to you.',
    ],
  },
});
