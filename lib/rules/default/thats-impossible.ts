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
  rewrites: ["Here's what I can do instead: …", "Let me tell you what I can do: …"],
  examples: {
    flag: [
      { text: "That's impossible.", becomes: "Here's what I can do instead: …" },
      { text: 'That is not possible at the moment.', becomes: "Here's what I can do instead: …" },
      { text: "That can't be done.", becomes: "Here's what I can do instead: …" },
    ],
    pass: [
      "That's not possible online, but I can change it for you by phone today.",
      "That shouldn't happen, and I'm sorry it did.",
      'This is possible, and I have set it up for you.',
    ],
  },
});
