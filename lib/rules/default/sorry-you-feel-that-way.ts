import { defineRule } from '../define';

export default defineRule({
  id: 'sorry-you-feel-that-way',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "sorry you feel that way" apologises for their feelings rather than the situation, which reads as a non-apology.',
  patterns: [
    '(i am|we are|i|we)? (very|so|truly|really)? sorry (that|if)? you (feel|felt|see it|saw it|view it) (that|this) way',
    '(i am|we are|i|we)? (very|so|truly|really)? sorry (that|if)? you (feel|felt) like that',
  ],
  rewrites: ["I'm sorry to hear you're unhappy"],
  examples: {
    flag: [
      { text: "I'm sorry you feel that way.", becomes: "I'm sorry to hear you're unhappy." },
      {
        text: 'We are sorry you feel that way about the new prices.',
        becomes: "I'm sorry to hear you're unhappy about the new prices.",
      },
    ],
    pass: ["I'm sorry you've been waiting since Monday.", 'I can see why you feel that way, and I want to put it right.'],
  },
});
