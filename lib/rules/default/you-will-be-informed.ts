import { defineRule } from '../define';

export default defineRule({
  id: 'you-will-be-informed',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'hint',
  message: 'Ownership: "you will be informed" sounds like a notice from nobody; "I\'ll let you know" is a promise from you.',
  patterns: ['^you will be [<verb>(informed|notified|advised|updated|told)]'],
  unless: [
    'automatically',
    'by (email|e-mail|text|sms|post|letter)',
  ],
  rewrites: ["I'll let you know", "I'll keep you posted"],
  examples: {
    flag: [
      { text: 'You will be informed in due course.', becomes: "I'll let you know in due course." },
      { text: "You'll be notified when the part arrives.", becomes: "I'll let you know when the part arrives." },
    ],
    pass: ["I'll let you know as soon as the part arrives.", 'You will be notified by email when it ships, usually the same day.'],
  },
});
