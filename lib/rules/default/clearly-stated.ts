import { defineRule } from '../define';

export default defineRule({
  id: 'clearly-stated',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: "It was clearly stated" implies the customer should have known; the plain fact is enough.',
  patterns: [
    '[<be>#Copula] (clearly|plainly|obviously|explicitly) [<done>(stated|explained|written|shown|displayed|marked|labelled|listed|mentioned|indicated)]',
  ],
  rewrites: ['{be} {done}'],
  examples: {
    flag: [
      { text: 'This is clearly stated in the terms and conditions.', becomes: 'This is stated in the terms and conditions.' },
      { text: 'The price was clearly displayed at checkout.', becomes: 'The price was displayed at checkout.' },
    ],
    pass: ["The sale items weren't clearly marked, which is our mistake.", "I'll make sure the label is printed clearly this time."],
  },
});
