import { defineRule } from '../define';

export default defineRule({
  id: 'simply-just-do',
  kind: 'phrase',
  principle: 'respect',
  severity: 'hint',
  // Said without naming a rewording: where the step is a telling-off ("Just try again next time") no request is offered.
  message: 'Respect: "Simply do X" makes a step sound trivial, which stings if it didn\'t work for them; give the step without making it sound easy.',
  patterns: [
    '^(simply|just) [<action>#Infinitive *]',
    '^you (simply|just) (need|have|got) to [<action>#Verb *]',
    '^all you (need|have) to do is [<action>#Verb *]',
    // How easy it should be, advice only (deleting it would drop the negation): "it really isn't complicated".
    '(it|this|that) #Adverb? (is|was) #Adverb? (not|hardly) (complicated|difficult|hard|rocket science|brain surgery)$',
    // The past form: "All you had to do was press the button."
    'all you (had|needed) to do (was|is)',
    // "It's really not that hard to reset a password", "It's a simple process."
    '(it|this|that) is #Adverb? not (that|so|very)? (hard|difficult|complicated) to',
    '(it|this|that) is (a|an) #Adverb? (simple|easy|straightforward) (process|fix|task|procedure)$',
  ],
  unless: [
    '^just (let|reply|ask|tell|give|drop|shout|write|message|ping|call|say|hit|holler|reach|get in touch|come|pop|wanted|checking|a|to|in case)',
    // Getting back to us in any words is an invitation, not a fix: "Just ring me when you know the times", "just text us
    // a photo". Phoning or e-mailing someone else ("Just phone your bank") is still a chore handed over.
    '^just (ring|phone|text|email|whatsapp|buzz) (me|us)',
    '^(just|simply) (#Pronoun|thank|thanks|put|so|reminder|fyi|curious|wondering|quick|one|another|be)',
    '(and|then) (it|this|that|everything|you|i|we) (should|will|can|ought|shall)',
    '(i will|i can|i have|let me|happy to|together|walk you|do not worry)',
    // "Just" as "only": what to take along or show, not a fix that may have failed ("Just show this email at the desk",
    // "Just bring a towel"), and care ("Just focus on getting better").
    '^(just|simply) (show|bring|mention|quote|present|hand|pack|wear|focus|enjoy|relax|rest)',
    // What follows once it's done: "…and she'll have a lovely trip", "…and a host will bring you on", "…and they're all set".
    '(and|then) (she|he|they) (will|should|can|would) #Verb',
    '(and|then) (a|an|the|our|your) #Noun+ (will|should|can|would) #Adverb? #Verb',
    '(and|then) (you|they|she|he|it|everything) (are|is|will be) #Adverb? (all set|set|sorted|done|good to go|covered)',
  ],
  // "It's an easy fix." followed by the agent doing the job ("I can collect it on Wednesday") is reassurance, not a
  // brush-off. Only a verb of doing the job itself: "Simply restart the app. I'll pass your note to billing." still
  // leaves the fix to the customer.
  unlessNext: ['^(i|we) (can|will) #Adverb? (fix|sort|do|handle|collect|arrange|book|reset|change|update|set|repair|replace|swap|install|take|pick|come|pop|drop|walk)'],
  rewrites: ['Could you {action}?'],
  examples: {
    flag: [
      { text: 'Simply restart the app.', becomes: 'Could you restart the app?' },
      { text: 'Just clear your browser cache.', becomes: 'Could you clear your browser cache?' },
      { text: 'You just need to click the link in the email.', becomes: 'Could you click the link in the email?' },
    ],
    pass: ["Simply reply YES and I'll take care of the rest.", 'Just let me know if the new code works.', 'If anything else comes up, just reply here.', 'I just checked, and your parcel is out for delivery.'],
    paraphrases: {
      flag: [
        'Just reinstall the app.',
        'Simply clear the cache and log in again.',
        'Just restart the router and then try again.',

        'Simply restart the router.',
        'You just need to clear your cache.',
        'All you have to do is log out and back in.',
        'You simply have to enter the code.',
        'Simply click the link in the email.',
        'All you need to do is restart the app.',
        "Try moving the router closer, it really isn't complicated.",
        'It is not rocket science.',
        'All you had to do was press the button.',
        "It's really not that hard to reset a password.",
        "It's a simple process.",
        'Just phone your bank and cancel the card.',
        'Just email the form to the council.',
      ],
      pass: [
        'Just show this email at the desk.',
        'Just bring a towel and clothes that can get wet.',
        'Just focus on getting better, and ring me when you are home.',
        "Just keep her off the beds and she'll have a lovely trip.",
        "Just add their name on the sign-in sheet and they're all set.",
        'Simply scan the pass at the gate and a host will bring you straight on.',

        "That's a loose joint, so it's an easy fix. I can collect the chair on Wednesday and bring it back on Friday.",
        "It's an easy fix, honestly. We'll swap the cable for you when the engineer calls on Monday.",
        'Just let me know if you need anything else.',
        'Just to confirm, your order ships today.',
        'I simply want to make this right for you.',
        'It just arrived at our depot.',
        'Just reply here and I will sort it.',
        'I have just sent you a new link.',
        "Don't worry, it's not complicated, and I'll walk you through it.",
        'That was hardly your fault.',
        'All you need to do now is relax, I have booked everything.',
        "It's a simple process, and I'll walk you through it.",
        "It's not hard to fix, and I can do it for you now.",
        'Just ring me on 0161 555 0142 when you know the times.',
        'Just text us a photo of the label.',
        'Just buzz us from the gate when you arrive.',
        'Just email me the form once it is signed.',
      ],
    },
  },
});
