import { defineRule } from '../define';

export default defineRule({
  id: 'kindly',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "Kindly…" sounds like a form letter; a simple question is friendlier.',
  patterns: [
    '^kindly [<action>#Verb *]',
    '^please kindly [<action>#Verb *]',
    '^(we|i) (would)? kindly (ask|request) (that you|you to) [<action>#Verb *]',
    '^(we|i) (would)? kindly (ask|request) you (to)? [<action>#Verb *]',
    '^you are (kindly)? (requested|asked) to [<action>#Verb *]',
    // The clipped form of outsourced-desk English: "Request you to kindly co-operate."
    '^(request|requesting) you to (kindly|please)? [<action>#Verb *]',
    '^kindly [<action>(cooperate|co operate|co-operate|revert|bear|adhere|comply|confirm|share|advise|ensure)]',
    '@hasComma kindly #Verb',
  ],
  unless: ['^kindly (note|be advised|be informed|find|see)', '^(please)? kindly (do not|never|refrain|avoid|stop)'],
  rewrites: ['Could you {action}?', 'Please {action}.'],
  examples: {
    flag: [
      { text: 'Kindly send a photo of the label.', becomes: 'Could you send a photo of the label?' },
      { text: 'We kindly ask you to confirm your address.', becomes: 'Could you confirm your address?' },
      { text: 'You are kindly requested to sign the attached form.', becomes: 'Could you sign the attached form?' },
    ],
    pass: ['Thank you for kindly sending the photos so quickly.', 'It was kind of you to write in.', 'Could you kindly check the serial number for me?'],
    paraphrases: {
      flag: [
        "Request you to kindly co-operate.",
        "Kindly revert with the details.",
        "Please kindly send the invoice again.",
        "We would kindly request that you update your address.",
        "You are requested to submit the form by Friday.",
        "I kindly ask you to call the branch.",
        'For the time being, kindly use the A2 materials.',
        'Once done, kindly send the receipt.',
      ],
      pass: [
        "Thank you for kindly sending the photos so quickly.",
        "It was kind of you to write in.",
        "Could you kindly check the serial number for me?",
        "Our driver was very kind to your dog.",
        "Kindness costs nothing, and the courier agreed.",
        "Kindly note that the office is closed on Monday.",
        'Thanks, you kindly sent the photos already.',
        'Again, thank you for kindly waiting.',
      ],
    },
  },
});
