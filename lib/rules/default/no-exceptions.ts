import { defineRule } from '../define';

export default defineRule({
  id: 'no-exceptions',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "under any circumstances" and "no exceptions" sound like a slammed door; the rule reads fairer stated plainly.',
  phrases: ['under any circumstances', 'in any circumstances', 'under any circumstance'],
  patterns: [
    '(under|in) no circumstances',
    '(no|without) exceptions',
    'without (any)? exception',
    '(and|or) no exceptions (will|can) be made',
    'no exceptions (will|can) be made',
    '[<kept>(prohibited|forbidden)] (without exception|at all times)',
    'strictly [<kept>(prohibited|forbidden|not permitted|not allowed|enforced)]',
  ],
  unless: [
    '^(under|in) no circumstances (can|will|may|should|must|would|could|do|does|is|are|shall)',
    // Deleting "no exceptions" from "There are no exceptions to this rule" would leave "There are to this rule":
    // that form is thats-impossible's, as advice.
    'there (are|is|will be|can be) no (exception|exceptions)',
  ],
  rewrites: ['{kept}'],
  examples: {
    flag: [
      { text: 'Trial extensions are not permitted under any circumstances.', becomes: 'Trial extensions are not permitted.' },
      { text: 'All sales are final, no exceptions.', becomes: 'All sales are final.' },
      { text: 'Smoking is strictly prohibited in the rooms.', becomes: 'Smoking is prohibited in the rooms.' },
    ],
    pass: ['There is no charge whatsoever.', 'I made an exception and refunded the fee.', 'If the circumstances change, just let me know.', 'Please keep your PIN private.'],
    paraphrases: {
      flag: [
        'Refunds will not be issued under any circumstances.',
        'Deposits are not refundable in any circumstances.',
        'The rule applies to everyone without exception.',
        'You must check in by 6pm, no exceptions.',
        'Pets are forbidden at all times in the cabins.',
        'Late entries are strictly not allowed.',
      ],
      pass: [
        'There is no charge whatsoever.',
        'I made an exception and refunded the fee.',
        'If the circumstances change, just let me know.',
        "The final decision is yours, and I'm happy to hold the room until Friday.",
        'Your booking is final once you pay, and I have sent the receipt.',
        'Exceptional weather delayed the flight, so I have booked you a hotel.',
        'There are no exceptions to this rule.',
      ],
    },
  },
});
