import { defineRule } from '../define';

export default defineRule({
  id: 'no-further-action',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'hint',
  message: 'Follow-through: "No further action is required" is a form-letter ending; telling the customer plainly that they are all set closes the loop warmly.',
  patterns: [
    '^no (further|other|additional)? action (is|will be)? (required|needed|necessary) (on your part|from you|by you|from your side|on your side)?',
    '^nothing (further|else|more) is (required|needed) (on your part|from you|by you|from your side|on your side)?',
    '(there is|there will be) no (further|other|additional)? action (required|needed|necessary) (on your part|from you|by you|from your side|on your side)?',
    'no (further|other|additional)? action (is|will be) (required|needed|necessary) (on your part|from you|by you|from your side|on your side)?',
    '(nothing|no more) (further|else|more)? (is|will be) (required|needed) (on your part|from you|by you|from your side|on your side)',
  ],
  unless: [
    'i (have|will|am|had)',
    // "No action is required on our side" is about the company, not a customer who is all set: "You don't need to
    // do anything else" would say the opposite.
    '(on|from) (our|my) (side|part|end)',
    'by (us|me|our team)',
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
    paraphrases: {
      flag: [
        'Your address has been updated, and no further action is required.',
        'There is no further action needed on your part.',
        'Good news: no action is necessary from you.',
        'No other action will be required.',
        'Nothing else is needed from your side.',
        'The refund is complete, so no additional action is required by you.',
      ],
      pass: [
        "You don't need to do anything else, and I'll email you when it ships.",
        "If you'd like further help with the setup, I'm happy to call you.",
        'I have taken action on your account today.',
        'No further charges will be taken from your card.',
        'Further action from our side is already under way, and I will update you on Friday.',
        'Nothing is wrong with your order.',
        'No action is required on our side.',
      ],
    },
  },
});
