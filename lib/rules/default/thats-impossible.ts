import { defineRule } from '../define';

export default defineRule({
  id: 'thats-impossible',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: a flat "that\'s impossible" closes the door; lead with the options you do have.',
  patterns: [
    '^(that|this) is (simply|just)? (impossible|not possible|not an option|out of the question|not going to happen|not happening) [<rest>.*]?',
    '^(that|this) (can not|will not) (be done|happen) [<rest>.*]?',
    '^(that|this) (is not|isn\'t) something (we|i) can do [<rest>.*]?',
  ],
  unless: ['(but|however|instead|alternatively|until|unless|once|without)', 'what (i|we) can'],
  rewrites: [],
  advice: 'Lead with the options you do have: what you can do instead, and when.',
  examples: {
    flag: [
      { text: "That's impossible.", becomes: null },
      { text: 'That is not possible at the moment.', becomes: null },
      { text: "That can't be done.", becomes: null },
    ],
    pass: [
      "That's not possible online, but I can change it for you by phone today.",
      "That shouldn't happen, and I'm sorry it did.",
      'This is possible, and I have set it up for you.',
    ],
  },
});
