import { defineRule } from '../define';

export default defineRule({
  id: 'faceless-sign-off',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'hint',
  message: 'Follow-through: signing off as a department gives the customer no one to come back to; your own name and an open door do.',
  patterns: [
    '^(regards|kind regards|best regards|sincerely|thanks|thank you|best) the? (customer|client)? (support|service|services|care|helpdesk) (team|department|desk)?$',
    '^(yours sincerely|yours faithfully|many thanks|warm regards|cheers) the? (customer|client)? (support|service|services|care|helpdesk) (team|department|desk)?$',
    '^(regards|kind regards|best regards|sincerely|yours sincerely|yours faithfully|best) the? (complaints|accounts|billing|sales) (team|department)$',
    '^(regards|kind regards|best regards|sincerely|yours sincerely|yours faithfully|best) the? (management|administration)$',
    '^the (customer|client)? (support|service|services|care|helpdesk|billing|complaints|accounts) (team|department)$',
    '^the #Noun? (team|department|helpdesk|desk)$',
    '^(customer|client) (care|services|service|support) (team|department)?$',
  ],
  rewrites: [],
  examples: {
    flag: [
      { text: 'Your refund was sent today.\n\nRegards, Support', becomes: null },
      { text: 'Your refund was sent today.\n\nRegards, Customer Service Team', becomes: null },
      { text: 'Your refund was sent today.\n\nKind regards,\nThe Billing Team', becomes: null },
    ],
    pass: ['Your refund was sent today.\n\nBest wishes,\nAnna\nCustomer Support Team', 'I asked our support team to check the logs.'],
    paraphrases: {
      flag: [
        'Your order is on its way.\n\nBest wishes,\nThe Support Team',
        'Thanks for your patience.\n\nMany thanks,\nCustomer Care',
        'The refund is done.\n\nWarm regards,\nThe Helpdesk',
        'Your booking is confirmed.\n\nSincerely,\nThe Reservations Team',
        'I hope this helps.\n\nAll the best,\nThe Accounts Department',
        'Your card has been sent.\n\nYours faithfully,\nCustomer Services',
      ],
      pass: [
        'Your order is on its way.\n\nBest wishes,\nPriya',
        'Your order is on its way.\n\nThanks,\nTom from the Support Team',
        'I asked our billing team to refund the fee.',
        'Kind regards,\nMaya Chen\nHelpdesk Team Lead',
        'The support team at our Leeds office has fixed the bug.',
        'Warm regards,\nJoe',
      ],
    },
  },
});
