import { defineRule } from '../define';

export default defineRule({
  id: 'action-will-be-taken',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "appropriate action will be taken" promises something from no one; say what you will do.',
  patterns: [
    '(the)? [<adj>(appropriate|necessary|further|suitable|immediate|relevant|corrective)?] [<noun>(action|actions|steps|measures)] (will|shall) be taken',
    '(action|actions|steps|measures) (will|shall|is|are|has|have|be|being|been|going|to|now|already)+ (taken|implemented|put in place)',
    'every (possible)? effort (is being|will be|has been|is|was) #Adverb? made',
  ],
  // "No further action will be taken" promises that nothing more happens to the customer (a demand dropped), not a faceless fix.
  unless: ['no .? (action|actions|steps|measures) (will|shall) be taken'],
  rewrites: ["I'll take {adj|lower} {noun}"],
  examples: {
    flag: [
      { text: 'Appropriate action will be taken.', becomes: "I'll take appropriate action." },
      {
        text: 'The necessary steps will be taken to stop this happening again.',
        becomes: "I'll take necessary steps to stop this happening again.",
      },
    ],
    pass: ["I've spoken to the driver's manager, and I'll make sure this doesn't happen again.", 'No action is needed from you.'],
    paraphrases: {
      flag: [
        'Appropriate action will now be taken.',
        'Steps are being taken to prevent this happening again.',
        'Corrective action is going to be taken.',
        'We can confirm that suitable measures have been implemented.',
        'Rest assured, the necessary steps have already been taken.',
        'Action has been taken.',
        'Please be assured that every effort is being made.',
      ],
      pass: [
        'The fine is cancelled and no further action will be taken against you.',
        "I'll take action on this myself today.",
        'I have taken the steps you asked for and the account is open again.',
        'Take the steps in the leaflet and you are all set.',
        'The action film is on sale until Sunday.',
        'I have spoken to the driver and he will ring the bell next time.',
        'Please take your time with the form.',
        'I am making every effort to get it to you by Friday, and I will call you tomorrow.',
      ],
    },
  },
});
