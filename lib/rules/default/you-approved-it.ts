import { defineRule } from '../define';

// Session 36 (issue #10), by meaning: the customer's approval held up as the answer (you-agreed-to holds the terms they agreed to).
export default defineRule({
  id: 'you-approved-it',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: "Your approval held up",
  description:
    "The customer's own approval held up as the answer, in the passive or on the thing approved: \"approved by you before engraving\", \"signed off by the purchaser\", \"the proof you approved\", \"you chose to go ahead\".",
  message: "Respect: holding up what the customer approved makes the problem theirs; say what the record shows kindly, then what you can do now.",
  patterns: [
    '(was|were|been) #Adverb? (approved|signed off|signed|accepted|agreed|confirmed|authorised|waived|entered|chosen|selected) .{0,5} by (you|yourself)$',
    '(was|were|been) #Adverb? (approved|signed|accepted|agreed|confirmed|waived|chosen) off? .{0,4} by the (purchaser|planholder|customer|client|cardholder)$',
    '(was|were|been) #Adverb? (approved|signed off|signed|accepted|agreed|confirmed|authorised|waived|chosen|selected) .{0,5} by (you|yourself) (on|before|at|by|via)',
    '(the|a|an|your) #Adjective? (#Noun && !#Pronoun)+ (that|which)? you #Adverb? (approved|signed|accepted|executed|okayed|initialled)',
    '(the|a|an|your) #Adjective? (#Noun && !#Pronoun)+ (that|which)? you #Adverb? (chose|picked) and signed off',
    '(which|that) (the|a|an) #Noun+ #Adverb? (signed|approved|accepted|initialled|agreed to)$',
    '^you #Adverb? (approved|okayed|signed off|signed off on) (the|this|that|it|your|a) #Noun*',
    'you (chose|decided|opted|elected) to (go ahead|proceed|continue|carry on)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|should not have|on us|our error|wrongly)',
    '^(if|whether|once) you #Adverb? (have|had)? (approved|agreed|accepted|confirmed|signed)',
    "(i|we) (have|'ve|will|'ll) #Adverb? (waived|refunded|cancelled|reversed|credited|removed|added|sent|booked|reprinted|remade)",
    '(is|are) #Adverb? (attached|enclosed|linked) (again|here|below)?',
  ],
  rewrites: [],
  advice: "Say what the record shows as a shared fact (\"The proof shows the 12th\"), then what you can do now: a reprint, a discount, a call.",
  examples: {
    flag: [
      { text: "The proof was approved by you before engraving.", becomes: null },
      { text: "That colour was signed off by the purchaser.", becomes: null },
      { text: "The proof you approved had the same date.", becomes: null },
    ],
    pass: [
      "If you approved the proof before Friday, it will ship on Monday.",
      "Thanks, the photos you sent were really helpful.",
      "Once you have approved the proof, I will send it to print.",
    ],
    paraphrases: {
      flag: [
        "It says that on the quote you accepted.",
        "You approved the proof on Tuesday.",
        "Unfortunately you chose to go ahead anyway.",
        "The wording was entered on the order form by you.",
        "This was signed off by yourself on 3 March.",
        "The layout that you okayed shows the old logo.",
        "Sadly you elected to proceed without the survey.",
      ],
      pass: [
        "The quote you accepted is attached again here for your records.",
        "I have refunded the deposit, which was paid by you on Monday.",
        "Could you confirm which colour you chose?",
        "Thank you for choosing to go ahead with the repair.",
        "Once the proof is approved by you, we will send it to print.",
        "We are sorry the proof you approved still had our typo in it.",
        "Would you like us to go ahead with the print run now?",
      ],
    },
  },
});
