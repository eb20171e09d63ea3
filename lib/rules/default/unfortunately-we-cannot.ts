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
  rewrites: [],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  examples: {
    flag: [
      { text: "Unfortunately, we can't refund this order.", becomes: null },
      { text: 'Unfortunately we are unable to change the delivery date.', becomes: null },
      { text: "Unfortunately we won't be able to ship it today.", becomes: null },
    ],
    pass: [
      "Unfortunately we can't refund this order, but I can offer a free exchange.",
      'Unfortunately the courier lost the parcel, so I have sent a new one today.',
      "I can't wait to hear how the new bike rides!",
    ],
  },
});
