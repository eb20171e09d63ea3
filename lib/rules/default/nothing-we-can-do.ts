import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'nothing-we-can-do',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "There is nothing we can do" leaves the customer stranded; there is almost always a next step you can offer.',
  patterns: [
    'there #Adverb? is #Adverb? (nothing|not much|little) (more|else|further)? (we|i) (can|could|are able to|am able to) do',
    'there is #Adverb? not (a lot|anything) (more|else|further)? (we|i) (can|could) do',
    'nothing (more|else|further)? can be done',
    '(we|i) #Adverb? (can not|could not) do (anything|much) (more|else|further)?',
    '(we|i) (are|am) #Adverb? (unable|not able) to do (anything|much) (more|else|further)?',
    '(our|my) hands are #Adverb? tied',
    '(is|are|was|were) #Adverb? (out of|outside of|beyond|outside) (our|my) (hands|control)',
    'there #Adverb? is #Adverb? (nothing|not much|little) (more|else|further)? (we|i) (can|could) #Adverb? (change|offer|fix|add) (at|on|from) (our|my) (end|side)',
    // Passive and hedged: "there is not much that can be done from our side".
    '(nothing|not much|little|not a lot) (more|else|further)? (that)? (can|could) be done',
    // The same wall with "action": "No further action can be taken until this period has elapsed."
    '^no (further|other|more)? (action|steps) (can|could|will) #Adverb? be (taken|done)',
    // Clipped, with an adverb inside: "Nothing we can really do over the weekend, sorry."
    '^(nothing|not much) (more|else|further)? (that)? (we|i) (can|could) #Adverb? do',
    // Anyone's control: "which is outside the airline's control".
    '(is|are|was|were) #Adverb? (out of|outside of|beyond|outside) (the|its|their)? #Possessive (hands|control)',
    // "Staff at the counter have no discretion on this."
    '(have|has) #Adverb? no (discretion|authority|power|say) (on|over|in|to|about)',
    // The same wall as a lack of means: "We have no ability to override this", "we have no access to billing".
    '(we|i) #Adverb? (have|has) #Adverb? no (ability|access|means|way|control|facility|option) (to|over) #Verb?',
  ],
  unless: ['(but|however|except|apart from|other than|instead|although|so i|so we|and i have|and i will)', 'what (i|we) can', 'you (need|have) to', 'anything else (i|we) can do'],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Say what you can do instead, even a small step: check again, escalate, refund the shipping, or keep them posted.',
  examples: {
    flag: [
      { text: 'There is nothing we can do.', becomes: null },
      { text: "There's nothing more I can do about the delivery date.", becomes: null },
      { text: 'Our hands are tied on this one.', becomes: null },
    ],
    pass: [
      "There's nothing you need to do, I've fixed it already.",
      "There's nothing more I can do about the courier's delay, but I've refunded your shipping.",
      'If there is anything else I can do, just reply here.',
    ],
    paraphrases: {
      flag: [
        "No further action can be taken until this period has elapsed.",
        "No other steps can be taken on this claim.",
        "No further steps could be taken after the deadline.",
        "There is nothing we can do. Sorry.",
        "There's nothing more I can do about the delivery date. The warehouse won't change it.",
        "If it still doesn't work after this, there's not much more we can do.",
        "I'm afraid there really is nothing else I can do.",
        'Sadly our hands are tied here.',
        'The delay is outside of our control.',
        'At this point nothing further can be done.',
        "We honestly can't do anything more about the fare.",
        "There's nothing we can change at our end.",
        'There is not much that can be done from our side.',
        'Little else could be done at that stage.',
        'Nothing we can really do over the weekend sorry.',
        'Not much we can do about that one.',
        "The flight was cancelled due to weather, which is outside the airline's control.",
        'Staff at the counter have no discretion on this.',
        'I have no authority to change the fare.',
        'We have no ability to override this.',
        'Unfortunately we have no access to billing.',
        'I have no way to change the seat from here.',
        'We have absolutely no control over the exchange rate.',
      ],
      pass: [
        "No further action is needed from you.",
        "No one can take this slot from you now: it's booked.",
        "No further steps are needed, the refund is on its way.",
        "There's nothing I can do about the delivery date. What I can do is refund the express shipping fee.",
        "There is nothing we can do to speed up the bank transfer. Instead, I've sent you a £20 voucher to use today.",
        'If there is anything else I can do, just reply here.',
        "There's nothing more I can do about the courier's delay, but I've refunded your shipping.",
        "There's nothing you need to do, I've fixed it already.",
        'Nothing more is needed from you, the refund is on its way.',
        "I've done everything I can on my side and also asked the warehouse to check.",
        "The weather was outside anyone's control, so I have rebooked you for free.",
        "There's nothing you need to change at your end, I fixed it here.",
        "There's a lot that can be done, and I've started on it.",
        'Nothing we can do about the snow, but I have rebooked your slot for Monday.',
        'Is there anything else we can do for you today?',
        "The weather was outside the airline's control, so I have booked you a hotel tonight.",
        'I have no doubt the counter staff can help you tomorrow.',
        'Our drivers have no say in the route, so I have asked the depot to change it.',
        "We have no way to see your card number, so I can't change it, but here's what I can do: block it right now.",
        'You have no need to override the setting, it updates itself.',
        'We had no problem with access to the building.',
      ],
    },
  },
});
