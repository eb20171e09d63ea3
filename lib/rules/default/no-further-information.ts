import { defineRule } from '../define';

export default defineRule({
  id: 'no-further-information',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "We are unable to provide further information" ends the conversation; share what you do know and what happens next.',
  patterns: [
    '^(we|i) (are|am) (unable|not able|not allowed) to (provide|give|share|disclose) (you with)? any? (further|more|additional) (information|details|info)',
    '^(we|i) (can not|will not|do not) (provide|give|share|disclose) (you with|you)? any? (further|more|additional) (information|details|info)',
    '^(we|i) (can not|are unable to|am unable to) comment (any)? further',
    '^no (further|more|additional) (information|details|info) (is|are|can be) (available|provided|given|shared)',
  ],
  unless: ['(privacy|security|confidential|data protection|legal|but|however)'],
  rewrites: [],
  advice: 'Share what you do know and what happens next: who can tell them more, and when.',
  examples: {
    flag: [
      { text: 'We are unable to provide further information.', becomes: null },
      { text: "We can't give you any more details.", becomes: null },
      { text: 'No further information is available.', becomes: null },
    ],
    pass: [
      "I can't share more details for privacy reasons, but the bank can tell you exactly what happened.",
      'I will share more details as soon as the courier replies, by Friday at the latest.',
    ],
  },
});
