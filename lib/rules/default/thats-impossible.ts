import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'thats-impossible',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: a flat "that\'s impossible" closes the door; lead with the options you do have.',
  patterns: [
    '(that|this|it) is #Adverb? (impossible|not possible|not an option|out of the question|not going to happen|not happening)',
    '(that|this) #Adverb? (can not|will not) #Adverb? (be done|happen)',
    'is not something (we|i) #Adverb? (can|could|are able to|will) (do|help with|change|fix|offer|support|arrange)',
    '(that|this|it) (will not|would not|is not going to) be #Adverb? (possible|doable|an option)',
    '^#Adverb? (nothing|not much) (more|else|further)? (we|i) (can|could) do',
    '(theres|thats) #Adverb? (nothing|not much) (more|else|further)? (we|i) (can|could) do',
    '(that|this) (is|will be) #Adverb? not (doable|feasible|achievable)',
    // "No can do." and any subject: "A refund won't be possible."
    '^no can do',
    '(a|the|any) #Noun (will not|would not|is not going to) be #Adverb? (possible|doable|an option)',
    // "That's against our policy", "There's no way around it", a bare "Unfortunately not."
    '(that|this|it) is #Adverb? against (our|the|company) (policy|rules|terms)',
    'there is #Adverb? no way (around|round) (it|this|that)',
    '^#Adverb? (unfortunately|sadly|regrettably) not$',
  ],
  unless: ['(but|however|instead|alternatively|until|unless|once|without|although)', 'what (i|we) can', '(if|whether|when) (that|this|it) is', 'it is (not possible|impossible) to', 'so (that|this|it) (can not|will not)'],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Lead with the options you do have: what you can do instead, and when.',
  examples: {
    flag: [
      { text: "That's impossible.", becomes: null },
      { text: 'That is not possible at the moment.', becomes: null },
      { text: "That can't be done.", becomes: null },
    ],
    pass: [
      "That's not possible online, but I can change it for you by phone today.",
      "That shouldn't happen, and I'm sorry it did.",
      'This is possible, and I have set it up for you.',
    ],
    paraphrases: {
      flag: [
        "That's impossible. Sorry.",
        "That is not possible at the moment. We do not make exceptions.",
        "I'm afraid that's simply not possible.",
        "Honestly, that's out of the question.",
        'Changing the name on the ticket is not something we can do.',
        "That really can't be done this late.",
        'Sorry, this is not an option for annual plans.',
        'That is not going to happen, I am afraid.',
        'No can do.',
        "A refund won't be possible.",
        'The swap would not be possible this late.',
        "That's against our policy.",
        "There's no way around it, I'm afraid.",
        'Unfortunately not.',
      ],
      pass: [
        "That's not possible with this tariff. But I can move you to the flexible plan today at the same price.",
        "That is not possible at the moment. What I can do is reserve the next one that comes in for you.",
        "That's not possible online, but I can change it for you by phone today.",
        "That shouldn't happen, and I'm sorry it did.",
        'This is possible, and I have set it up for you.',
        'If that is not possible for you, just reply and I will find another time.',
        'That can be done today, and I have booked it.',
        'It is possible to pause the plan for up to three months.',
        'I can do that for you, no problem.',
        'A refund will be possible once the item is back.',
        "The swap won't be possible today, but I can do it first thing tomorrow.",
        "That's against our policy, but I've made an exception this once.",
        'Unfortunately not yet, but it ships on Monday.',
        'Is there a way around it?',
      ],
    },
  },
});
