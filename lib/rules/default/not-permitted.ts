import { defineRule } from '../define';

export default defineRule({
  id: 'not-permitted',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'hint',
  message: 'Positivity: "not permitted" on its own is a dead end; pair the rule with the nearest thing the customer can do.',
  patterns: [
    '^#Noun+ (is|are) not (permitted|allowed|eligible|available) [<rest>*]',
    '^#Adjective #Noun+ (is|are) not (permitted|allowed|eligible|available) [<rest>*]',
    '^(refunds|returns|exchanges|extensions|cancellations|transfers|changes) (is|are) not (possible|an option) [<rest>*]',
  ],
  unless: ['(but|however|instead|alternatively|although|though|so|until|unless|once|yet)', 'what (i|we) can', '^(you|i|we|it|this|that)'],
  rewrites: [],
  advice: 'Pair the rule with the nearest thing the customer can do instead, in your next sentence.',
  examples: {
    flag: [
      { text: 'Trial extensions are not permitted.', becomes: null },
      { text: 'Refunds are not possible after 30 days.', becomes: null },
      { text: 'Sale items are not eligible for exchange.', becomes: null },
    ],
    pass: [
      "Exchanges aren't available online yet, but I can swap it for you by email.",
      'You are allowed two free returns a year.',
      'Pets are welcome in all our cottages.',
    ],
  },
});
