import { defineRule } from '../define';

export default defineRule({
  id: 'no-time-given',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'hint',
  message: 'Urgency: "We will get back to you" is kinder with a time, e.g. "by tomorrow noon", so the customer knows when to look.',
  patterns: [
    // The time may be named by what it is for ("a completion date", "an exact fitting date", "any firm timeline").
    '(can not|cannot|unable to|not able to) (give|provide|offer|confirm) (you)? (an|a)? (exact|precise|firm|specific)? (time|date|timescale|timeframe|eta)',
    '(can not|cannot|unable to|not able to) (give|provide|offer|confirm) you? (an|a|any) #Adjective? (#Noun|#Gerund) (date|timescale|timeframe|timeline)',
    '(no|any) (visibility|idea|indication) (on|of|about|over) (timescales|timings|timeframes|how long)',
    '(we|i|someone|somebody) will (get back to you|be in touch|contact you|reply|respond|come back to you|follow up) (soon|shortly|again)?$',
    '(we|i) will (update|inform|notify) you (soon|shortly)?$',
    '(someone|somebody|an agent|a colleague|the team|our team) will (get back to you|be in touch|contact you|reach out|call you) (soon|shortly)?$',
    '^you will hear (back)? from (us|me|someone) (soon|shortly)?$',
    '(we|i|someone|somebody) (will|should) #Adverb? (get back to you|be in touch|contact you|reply|respond|come back to you|follow up|reach out)',
    '(the|our|a|an|one) (team|agent|colleague|advisor|engineer) (will|should) #Adverb? (get back to you|be in touch|contact you|reach out|call you|follow up)',
    '(the|our|a|an|one) (team|agent|colleague|advisor|adviser|specialist) (will|shall|should) #Adverb? (respond|reply|call you back|come back to you)',
    'someone from (the|our) #Noun+ will #Adverb? (get back to you|be in touch|contact you|reach out|call you)',
    '(we|i) will #Adverb? (update|inform|notify) you',
    // Anyone promising contact with no time: "They will be in touch", "The landlord's contractor will contact you".
    '(they|he|she|the #Noun|#Possessive #Noun|the #Noun #Noun) (will|should) #Adverb? (be in touch|contact you|get back to you|look into it|revert)',
  ],
  unless: [
    // A past day or a season is no time for the wait ("As mentioned yesterday, they will be in touch"): it does not excuse.
    '(#Date && !yesterday && !season && !seasons)', '(today|tonight|tomorrow|within|before|once|when|as soon as|the moment|after|if|until)'],
  rewrites: [],
  examples: {
    flag: [
      { text: 'We will get back to you.', becomes: null },
      { text: "We'll be in touch shortly.", becomes: null },
      { text: 'You will hear from us soon.', becomes: null },
    ],
    pass: [
      "I'll get back to you by 4pm today.",
      "I'll be in touch as soon as the courier replies, and by Friday at the latest.",
      'Once the part arrives, our team will contact you.',
    ],
    paraphrases: {
      flag: [
        "As I said yesterday, the installer will be in touch.",
        'Honestly, we cannot provide a firm date for the repair.',
        'We have no visibility on timescales from the manufacturer.',
        "We'll get back to you shortly, thanks for waiting.",
        'Someone from the team will be in touch.',
        'Our team will reach out to you with the results.',
        'We will respond to your email shortly.',
        'An agent will call you back soon.',
        'Thanks, we will certainly get back to you.',
        'A colleague will follow up with you.',
        'They will be in touch.',
        "The landlord's contractor will contact you.",
        'Honestly, the team will look into it.',
      ],
      pass: [
        "As I said yesterday, the engineer will be in touch on Monday.",
        'I cannot give you an exact time yet, so I will call you at 9am tomorrow with one.',
        'We confirmed your date: Monday 3 June at 10am.',
        'We will get back to you by Friday.',
        "I'll be in touch once I hear from the warehouse.",
        'I will call you back at 3pm today.',
        'Our team got back to me this morning with good news.',
        'If you reply, I will get back to you within the hour.',
        'Please get in touch whenever it suits you.',
        'They will be in touch by Friday at the latest.',
        'The contractor will contact you once the part arrives, and I will chase it on Monday.',
      ],
    },
  },
});
