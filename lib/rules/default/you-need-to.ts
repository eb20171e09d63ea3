import { defineRule } from '../define';

export default defineRule({
  id: 'you-need-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You need to…" reads as an order; asking politely keeps the customer on your side.',
  patterns: ['^you (need|have|will need) to [<action>#Verb .*]', '^you must [<action>#Verb .*]'],
  rewrites: ['Could you {action}?', 'Would you mind {action|gerund}?'],
  examples: {
    flag: [
      { text: 'You need to restart the router.', becomes: 'Could you restart the router?' },
      { text: 'You must reset your password using the link on the login page.', becomes: 'Could you reset your password using the link on the login page?' },
    ],
    pass: ["You don't need to do anything else.", 'If you need to reach me, reply here.'],
  },
});
