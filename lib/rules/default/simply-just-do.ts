import { defineRule } from '../define';

export default defineRule({
  id: 'simply-just-do',
  kind: 'phrase',
  principle: 'respect',
  severity: 'hint',
  message: 'Respect: "Simply do X" makes a step sound trivial, which stings if it didn\'t work for them; a polite request works better.',
  patterns: [
    '^(simply|just) [<action>#Infinitive *]',
    '^you (simply|just) (need|have|got) to [<action>#Verb *]',
    '^all you (need|have) to do is [<action>#Verb *]',
  ],
  unless: [
    '^just (let|reply|ask|tell|give|drop|shout|write|message|ping|call|say|hit|holler|reach|get in touch|come|pop|wanted|checking|a|to|in case)',
    '^(just|simply) (#Pronoun|thank|thanks|put|so|reminder|fyi|curious|wondering|quick|one|another|be)',
    '(and|then) (it|this|that|everything|you|i|we) (should|will|can|ought|shall)',
  ],
  rewrites: ['Could you {action}?'],
  examples: {
    flag: [
      { text: 'Simply restart the app.', becomes: 'Could you restart the app?' },
      { text: 'Just clear your browser cache.', becomes: 'Could you clear your browser cache?' },
      { text: 'You just need to click the link in the email.', becomes: 'Could you click the link in the email?' },
    ],
    pass: ["Simply reply YES and I'll take care of the rest.", 'Just let me know if the new code works.', 'If anything else comes up, just reply here.', 'I just checked, and your parcel is out for delivery.'],
  },
});
