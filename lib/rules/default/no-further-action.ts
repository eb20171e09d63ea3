import { defineRule } from '../define';

export default defineRule({
  id: 'no-further-action',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'suggestion',
  message: 'Follow-through: "No further action is required" is a form-letter ending; telling the customer plainly that they are all set closes the loop warmly.',
  patterns: [
    '^no (further|other|additional)? action (is|will be)? (required|needed|necessary) (on your part|from you|by you|from your side|on your side)?',
    '^nothing (further|else|more) is (required|needed) (on your part|from you|by you|from your side|on your side)?',
  ],
  unless: [
    'i (have|will|am|had)',
  ],
  rewrites: ["You don't need to do anything else", "You're all set"],
  examples: {
    flag: [
      { text: 'No further action is required.', becomes: "You don't need to do anything else." },
      {
        text: 'Your address has been updated. No further action is required on your part.',
        becomes: "Your address has been updated. You don't need to do anything else.",
      },
      { text: 'Nothing further is required from you at this stage.', becomes: "You don't need to do anything else at this stage." },
    ],
    pass: ["You don't need to do anything else, and I'll email you when it ships.", "If you'd like further help with the setup, I'm happy to call you."],
  },
});
