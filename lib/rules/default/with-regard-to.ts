import { defineRule } from '../define';

export default defineRule({
  id: 'with-regard-to',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "with regard to" is stiff; "about" says the same in one word.',
  phrases: [
    'with regard to',
    'with regards to',
    'in regard to',
    'in regards to',
    'with respect to',
    'in respect of',
    'in relation to',
    'with reference to',
    'in reference to',
    'pertaining to',
  ],
  rewrites: ['about'],
  examples: {
    flag: [
      { text: 'With regard to your question, the shop opens at nine.', becomes: 'About your question, the shop opens at nine.' },
      { text: 'I am writing in relation to your recent order.', becomes: 'I am writing about your recent order.' },
    ],
    pass: ['Thanks for asking about your recent order.', 'Kind regards, Maria', 'I have the greatest respect for your patience.'],
    paraphrases: {
      flag: [
        "I am writing with regards to your claim.",
        "In respect of your refund, it was sent today.",
        "Your query pertaining to the invoice has been answered.",
        "We have news in relation to the repair.",
        "With reference to your email of 2 May, the fee still applies.",
        "Your question in regard to billing is a good one.",
      ],
      pass: [
        "Thanks for asking about your recent order.",
        "Kind regards, Maria",
        "I have the greatest respect for your patience.",
        "Please give my regards to the team.",
        "Your reference number is on the label.",
        "The relation between the two charges is explained below.",
      ],
    },
  },
});
