import { defineRule } from '../define';

export default defineRule({
  id: 'exclamation-overload',
  kind: 'structure',
  check: 'exclamations',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: warm is not gushing, and one or two exclamation marks carry more feeling than one in every sentence.',
  options: { maxPerReply: 2 },
  examples: {
    flag: [
      { text: 'Thanks so much for your patience!! I have sent the new part today.', becomes: 'Thanks so much for your patience! I have sent the new part today.' },
      {
        text: 'Great news! Your refund went through! It will reach your card by Friday! Have a lovely weekend!',
        becomes: 'Great news! Your refund went through! It will reach your card by Friday. Have a lovely weekend!',
      },
      { text: 'You were charged twice?! I have refunded the second payment.', becomes: 'You were charged twice? I have refunded the second payment.' },
      // Over the limit, the cold line loses its "!" and the friendly wish keeps its own.
      {
        text: 'Read the setup guide! Page 4 has the steps, with pictures! Enjoy the new router!',
        becomes: 'Read the setup guide. Page 4 has the steps, with pictures! Enjoy the new router!',
      },
    ],
    pass: [
      "Hi Nadia, sorry about that! I've activated the card from here, so it's ready to use now. Enjoy!",
      'Thanks for letting me know. I have sent the new part today.',
    ],
  },
});
