import { defineRule } from '../define';

export default defineRule({
  id: 'stacked-negatives',
  kind: 'structure',
  check: 'negatives',
  principle: 'positivity',
  severity: 'hint',
  message: 'Positivity: three or more negatives in one sentence read as a wall of no, so lead with what you can do.',
  options: { perSentence: 3 },
  examples: {
    flag: [
      { text: "We can't refund it, we don't offer credit and we won't replace it.", becomes: null },
      { text: 'Unfortunately there is nothing we can do, as the item was not returned within 30 days.', becomes: null },
    ],
    pass: [
      "I can't extend the trial itself, but I've added a 30-day money-back guarantee to your account.",
      "You don't need to fill anything in: I've sent a replacement today.",
    ],
  },
});
