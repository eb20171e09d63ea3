import { defineRule } from '../define';

export default defineRule({
  id: 'acknowledge-feelings',
  kind: 'structure',
  check: 'acknowledgement',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: the customer sounds upset, worried or pressed for time, and a line that names it before the fix shows you see it their way.',
  description:
    'Reads the customer message for frustration, worry and urgency. Confusion is left out on purpose: a clear answer is the acknowledgement a confused customer needs.',
  options: { moods: ['frustrated', 'worried', 'urgent'] },
  examples: {
    flag: [
      {
        customerMessage: "I've been waiting for my refund for three weeks. This is ridiculous.",
        text: 'Hi Grace, your refund was approved today and will reach your card by Thursday.',
        becomes:
          "Hi Grace, I'm really sorry about the trouble this has caused you. Your refund was approved today and will reach your card by Thursday.",
      },
      {
        customerMessage: "I'm worried someone has hacked my account, there are logins I don't recognise.",
        text: 'I have locked your account and reset your password.',
        becomes: 'I understand this is worrying, and I’m here to help. I have locked your account and reset your password.',
      },
      {
        customerMessage: 'I need the invoice today for my accountant, it is urgent.',
        text: 'The invoice is attached.',
        becomes: 'I know this is time-sensitive, so I’m on it right away. The invoice is attached.',
      },
    ],
    pass: [
      {
        customerMessage: 'Thank you so much, the new part works perfectly!',
        text: "That's great to hear, Sven! Thanks for letting me know. Enjoy it, and we're here whenever you need us.",
      },
      {
        customerMessage: "I've been waiting for my refund for three weeks.",
        text: "Hi Grace, three weeks is far too long to wait, and I'm sorry. I've approved it myself today, so you'll see it on your card by Thursday.",
      },
      {
        customerMessage: "I'm confused about which plan I should pick.",
        text: 'Hi Rosa, happy to help you choose! The Team plan fits three people best.',
      },
    ],
  },
});
