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
  rewrites: ["{match}, but here's what I can do: …"],
  examples: {
    flag: [
      { text: 'Trial extensions are not permitted.', becomes: "Trial extensions are not permitted, but here's what I can do: …" },
      { text: 'Refunds are not possible after 30 days.', becomes: "Refunds are not possible after 30 days, but here's what I can do: …" },
      { text: 'Sale items are not eligible for exchange.', becomes: "Sale items are not eligible for exchange, but here's what I can do: …" },
    ],
    pass: [
      "Exchanges aren't available online yet, but I can swap it for you by email.",
      'You are allowed two free returns a year.',
      'Pets are welcome in all our cottages.',
    ],
  },
});
