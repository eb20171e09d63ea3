import { defineRule } from '../define';

export default defineRule({
  id: 'no-exceptions',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "under any circumstances" and "no exceptions" sound like a slammed door; the rule reads fairer stated plainly.',
  phrases: ['under any circumstances', 'in any circumstances', 'under any circumstance'],
  patterns: [
    '(under|in) no circumstances$',
    '(no|without) exceptions$',
    'without (any)? exception$',
    '(and|or) no exceptions (will|can) be made$',
    '[<kept>(prohibited|forbidden)] (without exception|at all times)',
    'strictly [<kept>(prohibited|forbidden|not permitted|not allowed|enforced)]',
  ],
  rewrites: ['{kept}'],
  examples: {
    flag: [
      { text: 'Trial extensions are not permitted under any circumstances.', becomes: 'Trial extensions are not permitted.' },
      { text: 'All sales are final, no exceptions.', becomes: 'All sales are final.' },
      { text: 'Smoking is strictly prohibited in the rooms.', becomes: 'Smoking is prohibited in the rooms.' },
    ],
    pass: ['There is no charge whatsoever.', 'I made an exception and refunded the fee.', 'If the circumstances change, just let me know.', 'Please keep your PIN private.'],
  },
});
