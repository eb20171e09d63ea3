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
  },
});
