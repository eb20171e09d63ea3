import { defineRule } from '../define';

/** Faults named as a kind of thing rather than as this customer's problem (two lists: pattern length). */
const FAULTS = [
  '(mistakes|errors|issues|problems|bugs|glitches)',
  '(faults|delays|accidents|hiccups|breakages|outages)',
  '(shrinkage|mix-ups|cancellations|breakdowns|mould|leaks)',
];
// Left from session 18 (issue #10): the failure shrugged off as something that happens now and then. A family of its own,
// by grammar: a class of things (not this customer's) with a frequency ("sometimes", "from time to time") and a failure
// verb, or said to be "sometimes unavoidable".
export default defineRule({
  id: 'happens-from-time-to-time',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'Shrugs a failure off as something that happens',
  description:
    'The customer\'s problem answered as a thing that happens now and then, with no one behind it: "Lessons are occasionally cancelled", "Parcels go missing from time to time", "Delays are sometimes unavoidable", "Cancellations happen sometimes".',
  message: 'Ownership: "it happens from time to time" shrugs the problem off; say what went wrong this time and what you are doing about it.',
  patterns: [
    // "Sailings are sometimes cancelled due to the weather": the one shape a rewording can own ("We sometimes have to cancel…").
    '^[<what>(#Adjective|#Noun)+] (are|is|get|gets) [<freq>(sometimes|occasionally)] [<verb>(cancelled|postponed|rescheduled|delayed)]',
    '(are|is|get) (sometimes|occasionally)? (cancelled|delayed|postponed|missed|lost|damaged) (from time to time|now and then)',
    '^#Adjective? #Plural (are|is|get|gets) (sometimes|occasionally) (missed|lost|damaged|mislaid|misdelivered)',
    // The failure as an event that occurs: "Cancellations happen sometimes", "Soil movement happens in transit".
    '^#Determiner? #Adjective? #Noun+ (do|can)? (happen|happens|occur|occurs) (sometimes|occasionally|from time to time|in transit|now and then)',
    '^#Determiner? #Adjective? #Noun+ (do|can)? (sometimes|occasionally) (happen|occur)',
    '(go|goes|went) (missing|astray) (sometimes|occasionally|from time to time|now and then)',
    // Session 29: a fault named as a kind, said to happen, with or without a frequency or a hedge ("Mistakes happen",
    // "Technical glitches do occasionally crop up", "Delays of this kind can arise in peak season"), at the start or
    // after a linking word ("…and unfortunately shrinkage can occur").
    ...FAULTS.map((faults) => `^#Adverb? #Adjective? ${faults} (do|can|may|will)? #Adverb? (happen|occur|arise|crop up)`),
    ...FAULTS.map((faults) => `(and|but|unfortunately|sadly) #Adjective? ${faults} (do|can|may|will)? #Adverb? (happen|occur|arise)`),
    '(delays|errors|issues|problems|mistakes|things) (of this nature|of this kind|like this|like these) (do|can|may|will)? #Adverb? (happen|occur|arise)',
    // Said to be unavoidable now and then: "Delays are sometimes unavoidable", "Instructors are occasionally unavailable at short notice".
    '(are|is) (sometimes|occasionally) (unavoidable|inevitable|necessary|unavailable)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|our fault|my fault|on us|our mistake)',
    "(i|we) (have|'ve|had|will|'ll) #Adverb? (rebooked|refunded|booked|sent|replaced|moved|arranged|credited|added|found|resent|reissued)",
    // The customer's own slip waved through kindly: "It happens to the best of us, no worries."
    '(no worries|to everyone|to the best of us|easily done)',
    // A cause explained, not a shrug: "Errors can occur if the card has expired."
    '(happen|happens|occur|occurs|arise|arises) (if|when|whenever) (the|your|you|it|a|an|there)',
  ],
  rewrites: ['we {freq} {verb|infinitive} {what|lower}'],
  advice: 'Say what went wrong this time and what you are doing about it ("Your lesson was cancelled because the coach was ill; I\'ve rebooked you for Tuesday at 5").',
  examples: {
    flag: [
      { text: 'Sailings are sometimes cancelled due to the weather.', becomes: 'We sometimes cancel sailings due to the weather.' },
      { text: 'Parcels go missing from time to time.', becomes: null },
      { text: 'Delays are sometimes unavoidable.', becomes: null },
    ],
    pass: [
      'Your sailing was cancelled because of the storm, so I have rebooked you on the 09:10.',
      'It happens to the best of us, no worries!',
    ],
    paraphrases: {
      flag: [
        'Matches are sometimes postponed because of pitch conditions.',
        'Viewings are occasionally rescheduled at short notice.',
        'Orders are delayed from time to time during the sale.',
        'Breakdowns happen sometimes on older coaches.',
        'Unfortunately, parcels go missing occasionally.',
        'Minor scratches occur from time to time in transit.',
        'Guides are occasionally unavailable at short notice.',
        'Faults do sometimes happen with new boilers.',
        'Technical glitches do occasionally crop up.',
        'Sadly, mistakes happen.',
        'Delays of this kind can arise during peak season.',
        "Errors can happen with large orders, I'm afraid.",
        'Our fabric is natural and unfortunately shrinkage can occur.',
        'Hiccups will happen with a new system.',
        'Problems like this do arise sometimes.',
      ],
      pass: [
        'Matches are sometimes postponed because of the weather, so I have moved your tickets to the new date.',
        'Parcels occasionally go missing, and I am sorry yours was one of them.',
        'It happens to everyone, no worries at all!',
        'Your lesson was cancelled because the coach was ill, and I have rebooked you for Tuesday.',
        'This happens when the cache is full, and clearing it fixes it.',
        'Sometimes the best plan is to wait for a sunny day.',
        'We sometimes run late on Saturdays, so I have booked you the first slot.',
        "If any problems arise, just reply here and I'll sort it.",
        "Errors can occur if the card has expired, so I've sent you a new link.",
        'No problems occurred during the install, so you are all set.',
        "Delays happen on that route, so I've booked you the earlier ferry.",
      ],
    },
  },
});
