import { defineRule } from '../define';

const FIRST =
  'I checked your account this morning. The first payment went through on Monday. The second one was a duplicate from the bank. I have refunded it today.';
const SECOND = 'It should reach your card within five days. Your plan stays the same. Your next bill is due next month. I also turned off the old card.';

export default defineRule({
  id: 'wall-of-text',
  kind: 'structure',
  check: 'wall-of-text',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: a long block of text is hard to read on a phone, and a paragraph break makes the reply easier to take in.',
  options: {
    maxWords: 110,
    maxSentences: 7,
    channels: { email: {}, chat: { maxWords: 90, maxSentences: 7 }, social: { maxWords: 60, maxSentences: 5, maxReplyWords: 120 } },
  },
  examples: {
    flag: [{ text: `${FIRST} ${SECOND}`, becomes: `${FIRST}\n\n${SECOND}` }],
    pass: [
      `${FIRST}\n\n${SECOND}`,
      "Hi Grace, I've approved your refund today, so you'll see it on your card by Thursday.",
    ],
  },
});
