import { defineRule } from '../define';

export default defineRule({
  id: 'all-sales-final',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "All purchases are final" answers a worried customer with a rule; add what you can still do for them.',
  patterns: [
    '^all (sales|purchases|orders|bookings|payments|transactions|reservations) are (non refundable|nonrefundable|final) [<rest>*]',
    '^(sales|purchases|orders|bookings|payments|tickets|deposits) are (non refundable|nonrefundable|final) [<rest>*]',
    '^(this|the|your) (item|ticket|booking|order|purchase|fee|deposit|payment|sale|reservation) (is|was) (non refundable|nonrefundable|final) [<rest>*]',
    '^no refunds (will be|can be|are)? (given|issued|made|offered|possible)? [<rest>*]',
  ],
  unless: ['(but|however|instead|alternatively|although|though|so|unless)', 'what (i|we) can'],
  rewrites: [],
  advice: 'Add what you can still do in the next sentence: an exchange, store credit, a repair or a goodwill gesture.',
  examples: {
    flag: [
      { text: 'All purchases are final.', becomes: null },
      { text: 'This ticket is non-refundable.', becomes: null },
      { text: 'No refunds will be given.', becomes: null },
    ],
    pass: [
      "Sale items are usually final, but I've made an exception and refunded yours.",
      'Your order is final and on its way, so expect it by Friday.',
      'I have refunded all three purchases.',
    ],
  },
});
