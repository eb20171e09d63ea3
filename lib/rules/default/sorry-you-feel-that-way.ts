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
    // Other ways to regret the feeling, not the situation: "we regret that you see it that way", "a shame you feel that way".
    '(i|we) #Adverb? (regret|apologise|apologize) (that|if)? you (feel|felt|see it|saw it|view it) (that|this) way',
    '(shame|pity) (that|if)? you (feel|felt|see it|saw it|view it) (that|this) way',
    'sorry (that|if)? (you have|you are|you were|you\'ve|you\'re)? #Adverb? (left|come away|been left)? feeling (that|this) way',
    // Sorry to hear the feeling, not the cause: "We're sorry to hear you feel this way."
    '(i am|we are|i|we)? #Adverb? (sorry|sad) to (hear|learn|read|see) (that)? you (feel|felt|see it|saw it|view it) (that|this) way',
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
    paraphrases: {
      flag: [
        "Honestly, we're very sorry that you feel that way.",
        'Sorry if you felt that way.',
        'We regret that you see it that way.',
        "It's a shame you feel that way about our service.",
        "I'm sorry you feel like that, but the fee stands.",
        "We're sorry you've been left feeling this way after the visit.",
        'I am truly sorry that you view it that way.',
        "We're sorry to hear you feel this way.",
        'I am sorry to read that you feel that way about the course.',
      ],
      pass: [
        "I'm sorry the engineer didn't turn up, that's on us.",
        'I understand why you feel that way, and I have refunded the fee.',
        "If you feel that way after trying it, I'll take it back.",
        'Sorry for the wait, I was checking with the warehouse.',
        'That way you will get the parcel on Saturday.',
        "I'm sorry you had to chase us twice.",
        "I'm sorry to hear you've been feeling unwell.",
        'Sorry to hear the parcel arrived late; I have sent a new one.',
      ],
    },
  },
});
