import { defineRule } from '../define';

export default defineRule({
  id: 'you-are-wrong',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You are wrong" starts an argument; explaining the facts lets the customer save face.',
  patterns: [
    '^(you are|you have been) (completely|totally|simply)? (wrong|mistaken|incorrect|misinformed|confused) (about|regarding) [<topic>.+]',
    '^(you are|you have been) (completely|totally|simply)? (wrong|mistaken|incorrect|misinformed|confused)',
    '^you have? (got|gotten) (it|this|that) (all)? wrong',
    '^you have? (clearly)? (misunderstood|misread|misinterpreted|confused) [<topic>.+]?',
  ],
  unless: ['if you (are|have)', '(not|never) (wrong|mistaken)'],
  rewrites: ['Let me explain {topic}', 'I may not have explained {topic} clearly'],
  examples: {
    flag: [
      { text: 'You are wrong about the fee.', becomes: 'Let me explain the fee.' },
      { text: "You're mistaken, the discount ended in May.", becomes: 'Let me explain, the discount ended in May.' },
      { text: 'You misunderstood the offer.', becomes: 'Let me explain the offer.' },
    ],
    pass: ["You're right, and I'm sorry for the mix-up.", "You weren't wrong to ask, the page is confusing.", 'If you are unsure which plan fits, I can help you choose.'],
  },
});
