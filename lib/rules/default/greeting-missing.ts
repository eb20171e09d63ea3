import { defineRule } from '../define';

export default defineRule({
  id: 'greeting-missing',
  kind: 'structure',
  check: 'greeting',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: a warm hello, with their name if you know it, makes a good first impression.',
  options: { minWords: 12 },
  examples: {
    flag: [
      {
        text: 'Your refund was approved today and will reach your card within five working days.',
        becomes: 'Hi there,\n\nYour refund was approved today and will reach your card within five working days.',
      },
    ],
    pass: ['Hi Anna, your refund was approved today and will reach your card within five working days.', 'Done, see you soon.'],
  },
});
