import { defineRule } from '../define';

export default defineRule({
  id: 'you-failed-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You failed to…" puts the blame on the customer; asking for what is missing gets it without the sting.',
  patterns: [
    'you (have|had)? #Adverb? (failed|neglected|forgot|omitted) to [<action>#Verb *]',
    'you #Adverb? (did not|have not|never) [<action>(provide|include|attach|enclose|enter|fill|complete|specify) *]',
    'you #Adverb? (did not|have not|never) [<action>(submit|sign|follow|read|confirm|mention|upload|select|activate) *]',
    'you #Adverb? (did not|have not|never) [<action>(raise|report|tell|inform|notify|contact|check|return|cancel|register|link|present|request) *]',
    'you #Adverb? never [<action>(provided|included|attached|submitted|signed|confirmed|completed|followed|uploaded|selected|activated) *]',
    'you #Adverb? never [<action>(reported|raised|told|returned|cancelled|canceled|registered|requested|contacted) *]',
    'did you #Adverb? (check|read|look at|search|follow|try) .{0,4} properly',
    '(check|look at|read|search|go through) (your|the) #Noun+ properly',
  ],
  unless: [
    '(if|when|whether|unless|in case) you', "you (did not|have not) (do|make) (anything|a mistake)", 'you did not (need|have) to',
    "(do not|don't) worry",
  ],
  rewrites: [],
  advice: 'Say what is still missing and ask for it, e.g. "Could you send the receipt when you have a moment?"',
  examples: {
    flag: [
      { text: 'You failed to include your order number.', becomes: null },
      { text: "You didn't attach the receipt.", becomes: null },
      { text: 'You forgot to sign the form.', becomes: null },
    ],
    pass: [
      "You didn't do anything wrong, the payment failed on our side.",
      "If you didn't receive the email, I can send it again.",
      "You didn't need to send the photos, but thank you for them.",
    ],
    paraphrases: {
      flag: [
        'Unfortunately, you failed to attach the receipt.',
        'It seems you neglected to sign the form.',
        "You didn't include your order number.",
        'Sadly you never confirmed the booking.',
        'The claim was rejected because you did not provide a photo.',
        'You have failed to follow the instructions on the page.',
        'You forgot to select a delivery slot.',
        'As you did not raise the issue with the duty manager at the time, we cannot help.',
        "You never reported the fault, so it isn't covered.",
        'Did you check the bag properly?',
        'Have a look at your bank statement properly.',
      ],
      pass: [
        "If you didn't get the email, I can resend it.",
        'You did not do anything wrong.',
        "You didn't need to send a photo, I found the order.",
        'I forgot to attach the label, so here it is.',
        "Don't worry if you forgot to include the number.",
        "We failed to send the label, and I'm sorry.",
        "You didn't need to report it, the driver told us.",
        "If you did not request this code, let me know and I'll lock the account.",
        'I checked the bag properly and the charger is not there, so I am sending one.',
        'Did you manage to check the bag?',
      ],
    },
  },
});
