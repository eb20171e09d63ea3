import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'not-possible-to',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: "It is not possible to…" leads with the wall; say it in your own voice and add what you can do.',
  patterns: [
    '^#Adverb? it is #Adverb? (not possible|impossible) (for us|for me)? to [<action>(#Verb|#Noun) *]',
    '^it is not (currently)? (possible|an option) (for us|for me)? to [<action>(#Verb|#Noun) *]',
    '^there is no way (to|for us to|for me to|we can|i can|we could) [<action>#Verb *]',
    '^#Adverb? it is (therefore|thus|hence|consequently) (not possible|impossible) (for us|for me)? to [<action>(#Verb|#Noun) *]',
    // Anywhere in the sentence: "…, and there is no way to speed this up."
    'there is #Adverb? no way (to|for us to|for me to|we can|i can|we could) [<action>#Verb *]',
    // "There's no option to change the date."
    'there is #Adverb? no (option|possibility|facility) (to|for us to|for me to) [<action>#Verb *]',
  ],
  unless: ['(but|however|instead|alternatively|until|unless|once)', 'what (i|we) can'],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: ["I can't {action}.", "I'm not able to {action}."],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  examples: {
    flag: [
      { text: "It's not possible to change the date.", becomes: "I can't change the date." },
      { text: 'It is impossible for us to recover deleted files.', becomes: "I can't recover deleted files." },
      { text: "There's no way to cancel an order after it has shipped.", becomes: "I can't cancel an order after it has shipped." },
    ],
    pass: [
      "It's not possible to change the date online, but I can do it for you right now.",
      'I will make it possible for you to pay in two parts.',
      'We will ship it as soon as possible.',
    ],
    paraphrases: {
      flag: [
        "It's not possible to change the date. Sorry.",
        "It is impossible for us to recover deleted files. We do not keep backups.",
        "Unfortunately it is not possible to refund the deposit.",
        "It is currently not possible to book online.",
        "There is no way for us to recover the file.",
        "It's impossible for me to move the date.",
        "It is not an option to change the name on the ticket.",
        "There is no way we can deliver on Sunday.",
        'It is therefore not possible to proceed with this claim.',
        'Honestly, there is no way to speed this up.',
        'The bank is closed and there is no way to reverse it today.',
        "There's no option to change the date.",
        'Sadly there is no possibility to extend the booking.',
        'It is not possible to change class after the course has commenced.',
      ],
      pass: [
        "It's not possible to change the date online. What I can do is change it for you over the phone today.",
        "It is impossible for us to recover deleted files. Instead, I've restored last Friday's copy of the folder.",
        "It's not possible to change the date online, but I can do it for you right now.",
        "I will make it possible for you to pay in two parts.",
        "We will ship it as soon as possible.",
        "There is no way I would let that happen again, so I have added a note.",
        "It is possible to change the date until Friday.",
        "It's not possible to book online until Monday, so I have booked it for you.",
        'It is therefore possible to proceed with your claim today.',
        'There is no way I would let that happen again, and I have refunded you.',
        'Is there a way to speed this up?',
        'There is no option I like more than this one.',
        "There's an option to change the date in the app.",
        'It is not possible to change class online, but I have moved you myself.',
      ],
    },
  },
});
