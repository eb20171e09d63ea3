import { defineRule } from '../define';

export default defineRule({
  id: 'in-accordance-with',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "in accordance with" and "pursuant to" are contract words; "under" is plainer.',
  phrases: ['in accordance with', 'pursuant to', 'in compliance with', 'in conformity with', 'in conformance with', 'as stipulated in', 'as stipulated by', 'as set forth in'],
  unless: ['(your|the customer|their) (wishes|instructions|request|preferences)'],
  rewrites: ['under', 'following'],
  examples: {
    flag: [
      { text: 'Charges are calculated in accordance with your tariff.', becomes: 'Charges are calculated under your tariff.' },
      { text: 'Pursuant to section 4, the deposit is kept.', becomes: 'Under section 4, the deposit is kept.' },
      { text: 'The fee applies as stipulated in the contract.', becomes: 'The fee applies under the contract.' },
    ],
    pass: ['Your tariff sets the price for each unit you use.', "I've changed the delivery day, as you asked."],
  },
});
