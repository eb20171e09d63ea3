import { defineRule } from '../define';

export default defineRule({
  id: 'mistake-was-made',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "a mistake was made" avoids saying whose; "we made a mistake" owns it, and customers forgive an owned mistake faster.',
  patterns: [
    '[<what>(a|an|some)? #Adjective? (mistake|mistakes|error|errors)] (was|were|has been|have been) made',
    '[<what>(a|an|some)? #Adjective? (mistake|mistakes|error|errors)] (may|might|must) have been made',
    '(was|were|been) #Adverb? (processed|charged|sent|applied|billed|cancelled|issued) (to you)? (incorrectly|wrongly|in error|by mistake)',
    '(a|an) (mistake|error|oversight) (occurred|happened|took place)',
  ],
  rewrites: ['we made {what|lower}'],
  examples: {
    flag: [
      { text: 'A mistake was made with your order.', becomes: 'We made a mistake with your order.' },
      {
        text: "I'm sorry, an error was made when your refund was processed.",
        becomes: "I'm sorry, we made an error when your refund was processed.",
      },
    ],
    pass: ["We made a mistake with your order, and I've sent the right size today.", 'That was my mistake, and I have fixed it.'],
    paraphrases: {
      flag: [
        'Unfortunately, an error has been made on your invoice.',
        'Mistakes were made during the booking.',
        'It appears that a mistake may have been made.',
        'Your order was processed incorrectly.',
        'The wrong item was sent to you in error.',
        'An oversight occurred when your address was updated.',
      ],
      pass: [
        "We made a mistake with your order, and I've fixed it.",
        "I made an error on your invoice, and I'm sorry.",
        'No mistakes were found in the meter reading, and I have attached the photo.',
        'If you think I made an error, just reply.',
        'The error message was caused by an old browser.',
        'I sent the wrong item, so a replacement is on its way.',
      ],
    },
  },
});
