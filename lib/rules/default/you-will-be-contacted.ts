import { defineRule } from '../define';

export default defineRule({
  id: 'you-will-be-contacted',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "you will be contacted" leaves out who will do it; "I\'ll contact you" makes it a promise from a person.',
  patterns: [
    '^you will be [<verb>(contacted|called|phoned|emailed|rung)] by (a|an|the|our|one) #Adjective? (member|representative|agent|advisor|adviser|specialist)',
    '^you will be [<verb>(contacted|called|phoned|emailed)] by (a|an) (member|representative|agent|advisor) (of|from) (our|the)? .{0,1} (staff|team|department)',
    '^you will be [<verb>(contacted|called|phoned|emailed|rung)] by (someone|somebody|one of our #Noun|our team|the team)',
    '^you will be [<verb>(contacted|called|phoned|emailed|rung)] [<back>back]?',
  ],
  rewrites: ["I'll {verb|infinitive} you {back}"],
  examples: {
    flag: [
      {
        text: 'You will be contacted by a member of our team within 24 hours.',
        becomes: "I'll contact you within 24 hours.",
      },
      { text: "You'll be called back shortly.", becomes: "I'll call you back shortly." },
      { text: 'You will be contacted.', becomes: "I'll contact you." },
    ],
    pass: ["I'll call you back within the hour.", 'You will be able to call us any time on the number below.'],
  },
});
