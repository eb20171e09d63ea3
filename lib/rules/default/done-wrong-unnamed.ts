import { defineRule } from '../define';

/**
 * Session 40 (issue #10, cause a/b): the customer's slip told in the passive, with no doer named, so it reads as a
 * verdict on them: "Your form was completed incorrectly", "it's usually because the reg was entered wrong", "the item
 * was stored improperly after delivery", "Jams occur when the bobbin is inserted incorrectly", "it was not submitted
 * correctly". A slip owned by our side ("…by our courier", "on our end") or put right in the same sentence passes.
 */
export default defineRule({
  id: 'done-wrong-unnamed',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Says it was done wrong',
  description:
    'The customer\'s slip told in the passive as a verdict: "Your form was completed incorrectly", "the reg was entered wrong", "it was not fitted properly".',
  message: 'Respect: "it was entered wrong" is a verdict on the customer; say what you found, plainly, and how you will put it right together.',
  patterns: [
    // Done wrong: "was entered wrong", "is inserted incorrectly", "had been stored improperly", "were filled in wrongly".
    '(is|are|was|were|been|being) #Adverb? (#Participle|#PastTense) (in|up|out|on|off)? #Adverb? (incorrectly|improperly|wrongly|wrong)',
    // Not done right: "was not submitted correctly", "weren't being measured properly", "hasn't been fitted right".
    '(is|are|was|were|been|being) #Adverb? not #Adverb? (being|been)? (#Participle|#PastTense) (in|up|out|on|off)? #Adverb? (correctly|properly|right)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|our fault|my fault|our mistake|my mistake|our error|on us|not your fault|my bad|our bad)',
    // Our own step named as when it happened: "…typed in wrong when I set up the account".
    '(when|while) (i|we) #Adverb? (set|entered|typed|keyed|booked|processed|packed|fitted|installed|registered|updated|created|added|filled)',
    // Our side did it: "…by our courier", "…at the warehouse", "…on our end", "…by us".
    '(by|at|on|from|in) (us|me|our|my|the) (side|end|team|staff|system|systems|warehouse|depot|courier|driver|engineer|app|website|site|office|factory|store)',
    'by (us|me|our #Noun|the courier|the driver|the engineer|the warehouse|the shop|the store|the technician|the fitter)',
    "(i|we) (have|had|'ve|just)? #Adverb? (fixed|corrected|refunded|changed|updated|resent|reissued|amended|replaced|credited|swapped|sorted)",
    "(i|we) (will|'ll|can) #Adverb? (fix|correct|refund|change|update|resend|reissue|amend|replace|credit|swap|sort)",
    // A check offered, not a verdict: "If anything was packed wrong, tell me".
    '(if|in case|whether) (anything|something|any #Noun|any of)',
  ],
  rewrites: [],
  advice: 'Say what you found as a fact you looked up ("the registration on the booking reads AB12 CDF"), then what you will do to put it right.',
  examples: {
    flag: [
      { text: 'Your form was completed incorrectly.', becomes: null },
      { text: "It's usually because the reg was entered wrong on the booking.", becomes: null },
      { text: 'The claim was not submitted correctly.', becomes: null },
    ],
    pass: [
      'Your address was entered incorrectly by our team, and I have fixed it.',
      'Please check the code is entered correctly.',
    ],
    paraphrases: {
      flag: [
        'The seal had been fitted incorrectly, which is why it leaked.',
        'Jams like this happen when the bobbin is inserted incorrectly.',
        'It is possible the cake was stored improperly after collection.',
        'the portions were not being measured properly',
        'The unit was obviously not installed properly.',
        'The form was completed incorrectly, as we told you on the phone.',
        "The panel wasn't installed correctly, so the warranty doesn't apply.",
        'Looks like the postcode was typed in wrong.',
      ],
      pass: [
        'The label was printed wrongly at the warehouse, so a new one is on its way.',
        'Sorry, the charge was applied wrongly and the refund is already out.',
        'If anything was packed wrong, just tell me and I will swap it.',
        'Make sure the filter clicks in properly and you are all set.',
        'Your booking is correct and confirmed for Friday.',
        'The blind was fitted wrong by our fitter, and he is back on Tuesday to redo it.',
        'Ah, the postcode was typed in wrong when I set up the account, my bad, it is fixed now.',
      ],
    },
  },
});
