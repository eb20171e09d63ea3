import { defineRule } from '../define';

export default defineRule({
  id: 'unfortunately-we-cannot',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "Unfortunately we can\'t…" leads with the no; pair it with what you can do so the customer has somewhere to go.',
  patterns: [
    '^unfortunately (we|i) (will not be able to|are not able to|am not able to|are unable to|am unable to|can not) [<action>#Verb *]',
    '^unfortunately (we|i) (do not|will not|are not going to) [<action>(offer|provide|accept|allow|refund|replace|ship|exchange|extend) *]',
  ],
  unless: [
    '(can not|able to) (see|find|locate|tell|access|reach|open|load)',
    '(but|however|instead|alternatively)', 'what (i|we) can', '(i|we) (can|will|have) (also|instead|still)'],
  rewrites: ["I can't {action}, but here's what I can do: …", "I'm not able to {action}, but here's what I can do: …"],
  examples: {
    flag: [
      { text: "Unfortunately, we can't refund this order.", becomes: "I can't refund this order, but here's what I can do: …" },
      { text: 'Unfortunately we are unable to change the delivery date.', becomes: "I can't change the delivery date, but here's what I can do: …" },
      { text: "Unfortunately we won't be able to ship it today.", becomes: "I can't ship it today, but here's what I can do: …" },
    ],
    pass: [
      "Unfortunately we can't refund this order, but I can offer a free exchange.",
      'Unfortunately the courier lost the parcel, so I have sent a new one today.',
      "I can't wait to hear how the new bike rides!",
    ],
  },
});
