import { defineRule } from '../define';

export default defineRule({
  id: 'at-some-point',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "at some point" tells the customer they are not a priority; name a day or time instead.',
  phrases: ['at some point', 'at some stage', 'at some time', 'sooner or later', 'one of these days'],
  patterns: ['[<kept>(will|shall|should|may|might|would)] eventually'],
  unless: ['eventually #PastTense', '(yesterday|last|earlier|ago)', '(at some point|at some stage|at some time) (today|tomorrow|tonight|this|next|on|before|#Date)', '#Date'],
  rewrites: ['{kept}'],
  examples: {
    flag: [
      { text: 'Hello. We will respond at some point. Please wait.', becomes: 'Hello. We will respond. Please wait.' },
      { text: 'The engineer will eventually contact you.', becomes: 'The engineer will contact you.' },
      { text: 'At some point, someone will call you back.', becomes: 'Someone will call you back.' },
    ],
    pass: ['At some point yesterday the server restarted, which caused the error.', "I'll call you at some point tomorrow morning, before 11am.", 'The parcel eventually arrived, and I have refunded the delivery fee.'],
    paraphrases: {
      flag: [
        'Someone will get to it at some point.',
        'At some stage the team will review your file.',
        'The fix will eventually be rolled out.',
        'Sooner or later the parcel should turn up.',
        'We will eventually refund the fee.',
        'The courier may eventually find it.',
      ],
      pass: [
        'At some point today I will call you with the result.',
        'I eventually found the parcel, and it ships today.',
        'The warranty covers you at every point of the journey.',
        'I will call you on Friday at 10am.',
        'At some point tomorrow morning the engineer will arrive.',
        'The refund eventually reached your card on Monday.',
      ],
    },
  },
});
