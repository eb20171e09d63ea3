import { defineRule } from '../define';

export default defineRule({
  id: 'acknowledge-feelings',
  kind: 'structure',
  check: 'acknowledgement',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: the customer sounds upset, worried, disappointed or pressed for time, and a line that names it before the fix shows you see it their way.',
  description:
    'Reads the customer message for frustration, worry, disappointment and urgency, and suggests a line that names the feeling and its reason. Confusion is left out on purpose: a clear answer is the acknowledgement a confused customer needs.',
  options: { moods: ['frustrated', 'worried', 'disappointed', 'urgent'] },
  examples: {
    flag: [
      {
        customerMessage: "I've been waiting for my refund for three weeks. This is ridiculous.",
        text: 'Hi Grace, your refund was approved today and will reach your card by Thursday.',
        becomes:
          "Hi Grace, I'm sorry you've been waiting three weeks — that's far too long. Your refund was approved today and will reach your card by Thursday.",
      },
      {
        customerMessage: "I'm worried someone has hacked my account, there are logins I don't recognise.",
        text: 'I have locked your account and reset your password.',
        becomes: "I understand how worrying it is to think someone got into your account — let's make it safe together. I have locked your account and reset your password.",
      },
      {
        customerMessage: 'I need the invoice today for my accountant, it is urgent.',
        text: 'The invoice is attached.',
        becomes: "I know you need this today, so I'm on it right away. The invoice is attached.",
      },
      {
        customerMessage: 'Hi, the lamp arrived broken - the glass shade was in pieces inside the box.',
        text: 'A new lamp is on its way and will arrive on Friday.',
        becomes: "I'm sorry the lamp arrived broken — that's a frustrating start. A new lamp is on its way and will arrive on Friday.",
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
        customerMessage: 'I picked the wrong colour, thanks for the help!',
        text: 'Good news — you do not need a new ticket, the swap is already booked.',
      },
      {
        customerMessage: "I'm confused about which plan I should pick.",
        text: 'Hi Rosa, happy to help you choose! The Team plan fits three people best.',
      },
    ],
  },
});
