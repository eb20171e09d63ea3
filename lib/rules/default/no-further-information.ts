import { defineRule } from '../define';

export default defineRule({
  id: 'no-further-information',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'warning',
  message: 'Positivity: "We are unable to provide further information" ends the conversation; share what you do know and what happens next.',
  patterns: [
    '^#Adverb? (we|i) (are|am) (unable|not able) to (provide|give|share|disclose) (you with)? any? (further|more|additional) (details|#Noun)',
    '^#Adverb? (we|i) (are|am) not allowed to (provide|give|share|disclose) (you with)? any? (further|more|additional) (details|#Noun)',
    '^#Adverb? (we|i) (can not|will not|do not) (provide|give|share|disclose) (you with|you)? any? (further|more|additional) (information|details|info)',
    '(there is|we have|i have) (nothing|no) (further|more|additional) (information|details|info|update|updates) (to add|to share|to give|at this time|at present)',
    '^(we|i) (can not|are unable to|am unable to) comment (any)? further',
    '^no (further|more|additional) (information|details|info) (is|are|can be) (available|provided|given|shared)',
    '(and|so) (we|i) (are|am) (unable|not able) to (provide|give|share|disclose) (you with)? any? (further|more|additional) (details|information)',
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
    paraphrases: {
      flag: [
        "Unfortunately we are not able to provide any further details.",
        "I cannot disclose any more information.",
        "We can't comment further.",
        "No additional details can be given.",
        "There is no further information to add.",
        "We do not share any additional information.",
        'Decisions are final and we are unable to provide further details.',
      ],
      pass: [
        "I can't share more details for privacy reasons, but the bank can tell you exactly what happened.",
        "I will share more details as soon as the courier replies, by Friday at the latest.",
        "For more information about the plan, here is a short summary: 20 GB, £12 a month.",
        "I have no further questions, thanks for your help.",
        "There's more information in the guide I attached, and I'm happy to go through it.",
        "We share updates by text, and the next one is due at 5pm.",
        'I am unable to provide further details until Friday, but I will call you then.',
      ],
    },
  },
});
