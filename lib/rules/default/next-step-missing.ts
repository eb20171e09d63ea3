import { defineRule } from '../define';

export default defineRule({
  id: 'next-step-missing',
  kind: 'structure',
  check: 'closing',
  principle: 'follow-through',
  severity: 'hint',
  message: 'Follow-through: the reply ends without a next step or an open door, and a closing line tells the customer what happens now and where to turn.',
  options: { minWords: 8, lastSentences: 2, channels: { email: { when: 'always' }, chat: { when: 'always', minWords: 50, minWordsUpset: 4 }, social: { when: 'never' } } },
  examples: {
    flag: [
      {
        text: 'The bill is correct. Charges are calculated according to your tariff. Please review your contract.',
        becomes:
          "The bill is correct. Charges are calculated according to your tariff. Please review your contract. If anything else comes up, reply here and I'll be glad to help.",
      },
      {
        text: 'Hi Ben, the outage in your area was fixed. Your line has been working normally again since the engineer left.',
        becomes:
          "Hi Ben, the outage in your area was fixed. Your line has been working normally again since the engineer left. If anything else comes up, reply here and I'll be glad to help.",
      },
      // After a no or a closed matter, an open door would invite the customer to argue it again: advice only.
      {
        text: 'Dear Mr Cole,\n\nThe excess was applied under section 5 of your rental agreement. This matter is now closed.\n\nRegards,\nClaims Team',
        becomes: null,
      },
      { text: 'Hi Ravi,\n\nThe refund was calculated from the date you cancelled. The amount is final.', becomes: null },
    ],
    pass: [
      "Hi Lina, sorry you're locked out! I've sent you a reset email. Let me know if it doesn't arrive in a few minutes.",
      "Hi Grace, I've approved your refund today, so you'll see it on your card by Thursday.",
    ],
  },
});
