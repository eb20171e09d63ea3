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
    '(this|which) (concludes|ends|closes) (our|this|the) (correspondence|conversation|discussion|communication|exchange|matter)',
    '(we|i) #Adverb? consider (this|the) (matter|issue|case|complaint) (to be)? #Adverb? (closed|resolved|concluded|settled)',
    '(this|the) (matter|complaint) is #Adverb? (closed|concluded|settled)$',
    'our (position|decision) is (final|not going to change)',
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
    paraphrases: {
      flag: [
        'As far as we are concerned, this concludes the matter.',
        'We consider this complaint closed.',
        'I now consider the matter to be closed.',
        'No further correspondence will be entered into.',
        'We will not respond to further emails on this subject.',
        'Our decision is final, and this ends our discussion.',
        'The matter is closed.',
      ],
      pass: [
        'This concludes the setup, and your router is ready to use.',
        "I'll keep your case open until the refund lands.",
        'The store closes at 6pm today.',
        'This ends your free trial on Friday, so I have added a discount for next month.',
        'I consider it my job to get this sorted for you.',
        'Once you confirm, I will close the ticket and you can reopen it any time.',
      ],
    },
  },
});
