import { defineRule } from '../define';

export default defineRule({
  id: 'action-will-be-taken',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "appropriate action will be taken" promises something from no one; say what you will do.',
  patterns: [
    '(the)? [<adj>(appropriate|necessary|further|suitable|immediate|relevant|corrective)?] [<noun>(action|actions|steps|measures)] (will|shall) be taken',
  ],
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
  },
});
