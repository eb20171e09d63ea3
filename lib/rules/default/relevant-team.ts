import { defineRule } from '../define';

export default defineRule({
  id: 'relevant-team',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "the relevant team" is faceless; name the team, or say who handles it, so the customer knows where their case went.',
  patterns: [
    'the (relevant|appropriate|concerned|responsible|competent|respective|designated) (team|department|dept|division|staff|personnel)',
    'the (relevant|appropriate|concerned|responsible|competent|respective|designated) (party|parties|people|persons|person|authority|authorities)',
    'the (team|department|party|parties|person) concerned',
  ],
  unless: [
    '(i|we) (would|will|have)? #Adverb? (like to)? (share|pass|forward|send) (your|this|the|what) #Adjective? (feedback|comments|suggestions|ideas|happened)',
  ],
  // "the colleagues who handle this" read stilted beside a formula ("endorsed to the colleagues who handle this for further checking").
  rewrites: ['the team that handles this', 'the right team'],
  examples: {
    flag: [
      { text: 'Your feedback has been forwarded to the relevant team.', becomes: 'Your feedback has been forwarded to the team that handles this.' },
      { text: 'I have passed this to the appropriate department.', becomes: 'I have passed this to the team that handles this.' },
      { text: 'The department concerned will review it.', becomes: 'The team that handles this will review it.' },
    ],
    pass: ['I have passed your photos to our billing team, and Maria will call you today.', 'Our delivery team is on it.'],
    paraphrases: {
      flag: [
        "Your query has been forwarded to the relevant department.",
        "I will pass it on to the appropriate team.",
        "The responsible department will be in touch.",
        "We have informed the relevant parties.",
        "This was escalated to the concerned team.",
        "The designated personnel will review your case.",
      ],
      pass: [
        "I have passed your photos to our billing team, and Maria will call you today.",
        "Our delivery team is on it.",
        "Ana in our returns team has your parcel now.",
        "Your concern about the fee is a fair one.",
        "The team that handles refunds will email you by Friday.",
        "That information is relevant to your claim, so I added it.",
        "I'd like to share your feedback with the appropriate team, and I'll call you on Friday to tell you what we've changed.",
      ],
    },
  },
});
