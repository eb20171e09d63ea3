import { defineRule } from '../define';

export default defineRule({
  id: 'you-failed-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You failed to…" puts the blame on the customer; asking for what is missing gets it without the sting.',
  patterns: [
    '^you (have|had)? (failed|neglected|forgot|omitted) to [<action>#Verb *]',
    '^you (did not|have not|never) [<action>(provide|include|attach|enclose|enter|fill|complete|specify) *]',
    '^you (did not|have not|never) [<action>(submit|sign|follow|read|confirm|mention|upload|select|activate) *]',
  ],
  unless: ['(if|when|whether|unless|in case) you', "you (did not|have not) (do|make) (anything|a mistake)", 'you did not (need|have) to'],
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
  },
});
