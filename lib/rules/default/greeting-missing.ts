import { defineRule } from '../define';

export default defineRule({
  id: 'greeting-missing',
  kind: 'structure',
  check: 'greeting',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: a warm hello, with their name if you know it, makes a good first impression.',
  options: { minWords: 12, channels: { email: { when: 'always', minWords: 6 }, chat: { when: 'first-message' }, social: { when: 'never' } } },
  examples: {
    flag: [
      {
        text: 'Your refund was approved today and will reach your card within five working days.',
        becomes: 'Hi there,\n\nYour refund was approved today and will reach your card within five working days.',
      },
      {
        customerMessage: 'My parcel never arrived and it was a birthday present.\n\nThanks,\nMaria',
        text: 'Your replacement parcel left our warehouse today and should arrive by Friday.',
        becomes: 'Hi Maria,\n\nYour replacement parcel left our warehouse today and should arrive by Friday.',
      },
    ],
    pass: [
      'Hi Anna, your refund was approved today and will reach your card within five working days.',
      'Done, see you soon.',
      'Thanks for writing in! Your refund was approved today and will reach your card within five working days.',
      {
        customerMessage: 'Thank you so much, the new part works perfectly!\n\nSven',
        text: "That's great to hear, Sven! Thanks for letting me know. Enjoy it, and we're here whenever you need us.",
      },
      'Hello. Your refund was approved today and will reach your card within five working days.',
    ],
  },
});
