import { defineRule } from '../define';

export default defineRule({
  id: 'you-will-be-contacted',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "you will be contacted" leaves out who will do it; "I\'ll contact you" makes it a promise from a person.',
  patterns: [
    'you (will|should) be [<verb>(contacted|called|phoned|emailed|rung)] by (a|an|the|our|one) #Adjective? (member|representative|agent|advisor|adviser|specialist)',
    '^you will be [<verb>(contacted|called|phoned|emailed)] by (a|an) (member|representative|agent|advisor) (of|from) (our|the)? .{0,1} (staff|team|department)',
    'you (will|should) #Adverb? be [<verb>(contacted|called|phoned|emailed|rung)] by (someone|somebody|one of our #Noun|our team|the team)',
    'you (will|should|shall) #Adverb? be [<verb>(contacted|called|phoned|emailed|rung)] [<back>back]?',
  ],
  unless: [
    'be (contacted|called|phoned|emailed|rung) by (the|your|their) (courier|driver|engineer|bank|airline|hotel|restaurant|supplier|installer|landlord)',
  ],
  rewrites: ["I'll {verb|infinitive} you {back}"],
  examples: {
    flag: [
      {
        text: 'You will be contacted by a member of our team within 24 hours.',
        becomes: "I'll contact you within 24 hours.",
      },
      // Made the agent's own, the promise would still have no time: advice (say who and when) instead.
      { text: "You'll be called back shortly.", becomes: null },
      { text: 'You will be contacted.', becomes: "I'll contact you." },
    ],
    pass: ["I'll call you back within the hour.", 'You will be able to call us any time on the number below.'],
    paraphrases: {
      flag: [
        "You'll be contacted shortly.",
        'Within two days, you will be contacted by an agent.',
        'You will then be called back.',
        'Rest assured, you will be emailed by a specialist.',
        'You should be contacted by one of our advisors.',
        'Once the part arrives, you will be phoned.',
      ],
      pass: [
        "I'll call you back at 3pm.",
        'You will be contacted by the courier to book a slot.',
        'You can contact me on this number any time.',
        'Will you be available for a call tomorrow?',
        'The engineer will call you on the way.',
        'You were called twice yesterday, and I am sorry we missed you.',
      ],
    },
  },
});
