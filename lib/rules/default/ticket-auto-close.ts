import { defineRule } from '../define';

export default defineRule({
  id: 'ticket-auto-close',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: a countdown to closing the ticket reads like a system warning; keeping the door open for the same time sounds like a person.',
  patterns: [
    '^(this|your|the) (ticket|case|request|query) will #Adverb? be #Adverb? (closed|archived) #Adverb? (in|after|within) [<span>#Value #Gerund? #Duration] .+',
    '^(this|your|the) (ticket|case|request|query) will #Adverb? be #Adverb? (closed|archived) #Adverb? (in|after|within) [<span>#Value #Gerund? #Duration]$',
    '^if .+ (within|in|after) [<span>#Value #Gerund? #Duration] (this|your|the) (ticket|case|request|query) will #Adverb? be #Adverb? (closed|archived)',
  ],
  rewrites: ["I'll keep this ticket open for {span}, so just reply here if you still need help."],
  examples: {
    flag: [
      {
        text: 'This ticket will be closed automatically in 48 hours if we do not hear from you.',
        becomes: "I'll keep this ticket open for 48 hours, so just reply here if you still need help.",
      },
      {
        text: 'If we do not hear from you within 3 working days, this ticket will be closed.',
        becomes: "I'll keep this ticket open for 3 working days, so just reply here if you still need help.",
      },
    ],
    pass: [
      "I'll keep this ticket open for a week, so just reply here if the problem comes back.",
      'Your booking will be confirmed within 2 days, and I will email you the tickets.',
    ],
    paraphrases: {
      flag: [
        "Your case will be closed in 5 days if there is no response.",
        "This request will automatically be closed after 72 hours.",
        "If we do not hear back in 7 days, your ticket will be archived.",
        "The query will be closed within 2 working days unless you reply.",
        "Your query will be archived after 14 days.",
        "If there is no reply within 3 days, the case will be closed.",
      ],
      pass: [
        "I'll keep this ticket open for a week, so just reply here if the problem comes back.",
        "Your booking will be confirmed within 2 days, and I will email you the tickets.",
        "The store will be closed in 2 hours for stocktaking.",
        "The road will be closed for 3 days, so the courier takes the bypass.",
        "If you need more time, just reply and I will keep the ticket open.",
        "Your account will be upgraded within 24 hours.",
      ],
    },
  },
});
