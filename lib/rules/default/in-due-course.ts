import { defineRule } from '../define';

export default defineRule({
  id: 'in-due-course',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "in due course" means "whenever we get to it" to a waiting customer; give a day or time you can keep.',
  phrases: [
    'in due course',
    'in due time',
    'in the fullness of time',
    'at a later date',
    'at a later stage',
    'at a later point',
    'at a later time',
    'at some later date',
    'in good time',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'You will be informed in due course.', becomes: 'You will be informed.' },
      { text: 'We will contact you at a later date to arrange the visit.', becomes: 'We will contact you to arrange the visit.' },
      { text: 'In due course, the refund will appear on your card.', becomes: 'The refund will appear on your card.' },
    ],
    pass: ["I'll email you on Thursday with the engineer's time slot.", 'Your course starts on Monday.'],
  },
});
