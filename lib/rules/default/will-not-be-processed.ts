import { defineRule } from '../define';

export default defineRule({
  id: 'will-not-be-processed',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "will not be processed" is a threat; say what you will do once you have what you need, e.g. "As soon as the form is complete, I\'ll process it."',
  patterns: [
    '(will not|can not|would not|may not) be (processed|accepted|considered|reviewed|honoured|honored|refunded|exchanged|replaced|handled|actioned)',
    '(will|would) be (rejected|refused|declined|disregarded|ignored|voided|cancelled|canceled) (automatically)?$',
  ],
  unless: [
    '(until|unless|once|as soon as|when|but|however|so|if you)',
    '(i|we) (will|would|can)',
    '^(your|the) (card|payment|transaction) (will|would|may) be declined',
  ],
  rewrites: [],
  examples: {
    flag: [
      { text: 'Incomplete forms will not be processed.', becomes: null },
      { text: 'Late claims will not be accepted.', becomes: null },
      { text: 'Requests without a receipt will be rejected.', becomes: null },
    ],
    pass: [
      "Your refund can't be processed until the item reaches us, and I'll email you the moment it does.",
      'Your order will be processed today.',
      "If the card is declined, I'll send you a new payment link.",
    ],
    paraphrases: {
      flag: [
        "Applications received after the deadline will not be considered.",
        "Claims without photos can't be accepted.",
        "Unsigned forms would not be processed.",
        "Your request will be disregarded automatically.",
        "Vouchers may not be exchanged for cash.",
        "Late returns will not be refunded.",
      ],
      pass: [
        "Your refund can't be processed until the item reaches us, and I'll email you the moment it does.",
        "Your order will be processed today.",
        "If the card is declined, I'll send you a new payment link.",
        "Your claim will be considered by Friday, and I will call you with the answer.",
        "Your application was accepted yesterday.",
        "Returns will be refunded within 5 days of arriving.",
      ],
    },
  },
});
