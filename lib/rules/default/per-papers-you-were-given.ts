import { defineRule } from '../define';

export default defineRule({
  id: 'per-papers-you-were-given',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: "Per the instructions you were given…" points at what the customer should have read; say the fact itself and help.',
  description: 'A rule justified by the papers the customer was once handed or sent ("per the guide you were given", "as per the instructions provided at check-in", "according to the runbook we shared during onboarding"): blame by reference.',
  patterns: [
    // The papers handed to the customer, in the passive: "per the instructions you were given at booking".
    '(per|according to|under|in line with|in accordance with) the (!#Pronoun){1,3} (that|which)? you (were|have been|had been) #Adverb? (given|sent|shown|emailed|handed|provided|issued)',
    // …in the team's voice, at a moment: "per the runbook we shared during onboarding", "the guide I sent you on Monday".
    '(per|according to|in line with|in accordance with) the (!#Pronoun){1,3} (that|which)? (we|i) #Adverb? (gave|sent|shared|emailed|provided|handed|issued) (you)? (at|during|on|when|before|upon|in|with)',
    // …or handed out with no giver named, at a place or moment: "as per the instructions provided at the belt".
    '(per|according to|in line with|in accordance with) the #Adjective? #Noun #Noun? (provided|given|issued|supplied|handed out|shown) (to you|at|on|during|when|upon|with)',
  ],
  unless: [
    // The papers given again, as help: "I've attached the guide you were sent", "here is the leaflet again".
    "(i have|i've|attached|below|linked|here is|here's|again for you|a copy)",
    // The customer's own instructions followed: "per the instructions you gave us".
    'you (gave|sent|provided) (us|me)',
  ],
  advice: 'Say the rule itself and what you can do now; if the papers help, offer them again ("The desk opens 15 minutes before the start — here is the link again").',
  examples: {
    flag: [
      { text: 'Per the instructions you were given at booking, arrival is 15 minutes before the start.', becomes: null },
      { text: 'As per the guidance provided at check-in, the key must be returned by 10am.', becomes: null },
    ],
    pass: ['Per your instructions, we left the parcel with your neighbour.', "I've attached the guide you were sent, in case it's handy."],
    paraphrases: {
      flag: [
        'According to the leaflet you were handed on arrival, the pool closes at 8.',
        'Per the checklist we emailed you before the move, the freezer had to be defrosted.',
        'In line with the safety briefing provided at the start, helmets stay on.',
        'As per the terms you were sent, the deposit is non-refundable.',
        'Under the handbook you were issued, this is a personal responsibility.',
        'According to the setup notes we shared during the kickoff call, admins rotate the keys.',
        'In accordance with the guidance given to you at discharge, the dressing is changed daily.',
      ],
      pass: [
        'Per your request, I have moved the delivery to Friday.',
        'I followed the instructions you gave us and left it in the porch.',
        'Here is the guide you were sent, again for you, with the page marked.',
        'According to the tracking, the parcel is at your local depot.',
        'The instructions you were given were wrong, and I am sorry for that.',
        'As per your email, the booking is now for two people.',
      ],
    },
  },
});
