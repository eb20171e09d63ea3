import { defineRule } from '../define';

export default defineRule({
  id: 'its-your-responsibility',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "It is your responsibility" sounds like a telling-off; a polite request gets the same thing done.',
  patterns: [
    '^it is your (own|sole)? (responsibility|duty|obligation|job) to [<action>#Verb *]',
    '^(you are|you\'re) (solely|fully|entirely)? (responsible|liable|accountable) for [<action>#Gerund *]',
    '^(you are|you\'re) (obliged|obligated|required|expected) to [<action>#Verb *]',
    '^(you will|you\'ll) be (required|expected|obliged) to [<action>#Verb *]',
  ],
  unless: ['not (responsible|liable|required|expected|obliged)'],
  rewrites: ['Could you {action|infinitive}?', 'Would you mind {action|gerund}?'],
  examples: {
    flag: [
      { text: "It's your responsibility to keep your password safe.", becomes: 'Could you keep your password safe?' },
      { text: 'You are responsible for returning the item within 30 days.', becomes: 'Could you return the item within 30 days?' },
      { text: 'You are required to show ID at the desk.', becomes: 'Could you show ID at the desk?' },
    ],
    pass: [
      "You're not responsible for the return postage, we'll cover it.",
      "I'm responsible for your account from now on, so write to me directly.",
      "You aren't required to do anything else.",
    ],
  },
});
