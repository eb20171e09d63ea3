import { defineRule } from '../define';

export default defineRule({
  id: 'greetings-opener',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'hint',
  message: 'Welcome: "Greetings" sounds like a form letter or a robot; a simple "Hi" feels friendlier.',
  patterns: ['^(greetings|salutations)', '^greetings of the (day|season)'],
  unless: ['^greetings from'],
  rewrites: ['Hi'],
  examples: {
    flag: [
      { text: 'Greetings,\n\nYour new router ships today.', becomes: 'Hi,\n\nYour new router ships today.' },
      { text: 'Greetings Anna, your new router ships today.', becomes: 'Hi Anna, your new router ships today.' },
    ],
    pass: ['Hi Anna, your new router ships today.', 'Greetings from all of us in the Lisbon office, and thanks for the lovely postcard!'],
    paraphrases: {
      flag: [
        "Greetings of the day!",
        "Greetings, Mr Patel.",
        "Salutations,\n\nYour order is ready.",
        "Greetings dear customer.",
        "Greetings! Your ticket is attached.",
        "Greetings and thanks for your email.",
      ],
      pass: [
        "Hi Anna, your new router ships today.",
        "Greetings from all of us in the Lisbon office, and thanks for the lovely postcard!",
        "Season’s greetings card sent with your order.",
        "Hello Mr Patel, your order is ready.",
        "We sent your greetings to the team.",
        "Hi there, your ticket is attached.",
      ],
    },
  },
});
