import { defineRule } from '../define';

export default defineRule({
  id: 'you-need-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You need to…" reads as an order; asking politely keeps the customer on your side.',
  patterns: [
    '^you will? (need|have) to [<action>#Verb *]',
    '^you must [<action>#Verb *]',
    '(so|then|now|first) you (need to|have to|must|will need to|will have to) [<action>#Verb *]',
  ],
  rewrites: ['Could you {action}?', 'Would you mind {action|gerund}?'],
  examples: {
    flag: [
      { text: 'You need to restart the router.', becomes: 'Could you restart the router?' },
      { text: 'You must reset your password using the link on the login page.', becomes: 'Could you reset your password using the link on the login page?' },
      { text: "You'll have to send the item back first.", becomes: 'Could you send the item back first?' },
      { text: 'The link has expired, so you need to request a new one.', becomes: 'The link has expired, could you request a new one?' },
    ],
    pass: ["You don't need to do anything else.", 'If you need to reach me, reply here.', 'So you never have to wait again, I have turned on priority shipping.'],
  },
});
