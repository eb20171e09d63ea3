import { defineRule } from '../define';

export default defineRule({
  id: 'we-will-look-into-it',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'hint',
  message: 'Ownership: "we will look into it" spreads the promise across a team; "I\'ll look into it" tells the customer who is on it.',
  patterns: [
    'we (will|shall) #Adverb? [<action>(look into|investigate|review|check|get back to|be in touch|contact|follow up|update|look at)]',
  ],
  unless: [
    'we (will|shall) #Adverb? (check|look into|look at|review) (for|with) you',
    '(together|with you)$',
    'with you (on|at|over|by)',
  ],
  rewrites: ["I'll {action}"],
  examples: {
    flag: [
      { text: 'We will look into it.', becomes: "I'll look into it." },
      { text: "Thanks, we'll get back to you soon.", becomes: "Thanks, I'll get back to you soon." },
    ],
    pass: ["We'll ship the new pair today.", "I'll look into it this afternoon and write back by 5pm."],
    paraphrases: {
      flag: [
        "Thanks, we'll investigate.",
        'We will certainly review your account.',
        'We shall follow up with the courier.',
        'Rest assured, we will check the order.',
        'We will be in touch.',
        'We will get back to you with an answer.',
      ],
      pass: [
        "I'll look into it this afternoon and write back by 5pm.",
        "We'll ship the new pair today.",
        'Could we look into it together on a call?',
        'We looked into it and the refund went out today.',
        'I will check the order tonight.',
        'We will refund the fee today.',
        "Pop in and ask for Dev and we'll look at the options together.",
      ],
    },
  },
});
