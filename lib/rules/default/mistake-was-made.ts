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
    // Session 29: the same by grammar, in any verb or hedge. The mistake guessed at ("An error may have occurred",
    // "A glitch seems to have happened"), and whatever was done wrong, in the passive with no one doing it ("The address
    // was typed in wrongly by the depot", "Your refund wasn't set up correctly").
    '#Adjective? (mistake|error|oversight|mix-up|glitch|fault) (may|might|must|could|seems to|appears to) have? (occurred|happened|arisen|taken place)',
    '(was|were|been) #Adverb? (#PastTense|#Participle|set|put|cut|keyed) (in|up|out)? (incorrectly|wrongly|in error|by mistake|wrong|erroneously)',
    '(was|were|been) not #Adverb? (#PastTense|#Participle|#Adjective|set|put|cut|keyed) (in|up|out)? (correctly|properly|right)',
  ],
  // A slip the customer may find, offered to be put right: "If anything was filled in wrong, just tell me".
  unless: ['(if|in case|should) (anything|something|any|it|the|your|a|an) #Noun?', "(i|we) (have|'ve) #Adverb? (removed|refunded|moved|fixed|corrected|reversed|cancelled)"],
  // The slip named and the fix already under way in the next sentence: "The line was disconnected by mistake during an
  // exchange upgrade. An engineer is reconnecting it now…"
  unlessNext: ["(is|are|am|'m|'re) #Adverb? #Gerund .{0,3} (now|right now|as we speak|right away)", "^(i|we) (have|'ve|are|'re|am|'m) #Adverb? (#PastTense|#Gerund)"],
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
        'Some sort of error might have occurred during checkout.',
        'A glitch seems to have happened when your card was saved.',
        'The address was typed in wrongly by the depot.',
        'Your parcel was labelled incorrectly.',
        "Your refund wasn't set up correctly at the time.",
        'It looks like the tiles were cut wrong.',
        'Your cancellation was not processed correctly.',
      ],
      pass: [
        "We made a mistake with your order, and I've fixed it.",
        "I made an error on your invoice, and I'm sorry.",
        'No mistakes were found in the meter reading, and I have attached the photo.',
        'If you think I made an error, just reply.',
        'The error message was caused by an old browser.',
        'I sent the wrong item, so a replacement is on its way.',
        'Your payment was taken correctly and the receipt is attached.',
        "I entered your address wrongly, so I've fixed it now.",
        "If anything was filled in wrong, just tell me and I'll change it.",
        'No error occurred on our side; the bank declined the card.',
      ],
    },
  },
});
