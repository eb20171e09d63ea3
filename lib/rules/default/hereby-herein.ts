import { defineRule } from '../define';

export default defineRule({
  id: 'hereby-herein',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: legal words like "hereby" and "aforementioned" make a reply sound like a contract; the sentence works without them.',
  patterns: [
    '[<kept>(attached|enclosed|included|sent)] (herewith|hereto)',
    '(hereby|herein|hereinafter|heretofore|aforementioned|above-mentioned|abovementioned|undersigned)',
    '(above|afore) mentioned',
  ],
  unless: ['^herewith', '^(attached|enclosed) herewith (is|are|please)', 'the undersigned'],
  rewrites: ['{kept}'],
  examples: {
    flag: [
      { text: 'We hereby confirm your cancellation.', becomes: 'We confirm your cancellation.' },
      { text: 'The invoice is attached herewith.', becomes: 'The invoice is attached.' },
      { text: 'The aforementioned order has shipped.', becomes: 'The order has shipped.' },
    ],
    pass: ['Here is the invoice for your order.', 'I have attached the invoice to this email.', 'Thereby hangs a tale.'],
    paraphrases: {
      flag: [
        "I hereby confirm the refund.",
        "The terms set out herein apply to all bookings.",
        "The above-mentioned item was returned.",
        "Please sign the form enclosed herewith.",
        "The customer, hereinafter the Buyer, agrees to pay.",
        "As stated heretofore, the fee applies.",
      ],
      pass: [
        "Here is the invoice for your order.",
        "I have attached the invoice to this email.",
        "Thereby hangs a tale.",
        "The item I mentioned above is back in stock.",
        "Here in the shop we have your size.",
        "I confirm the refund went out today.",
      ],
    },
  },
});
