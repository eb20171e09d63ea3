import { defineRule } from '../define';

export default defineRule({
  id: 'curt-anything-else',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'suggestion',
  title: 'A curt “Anything else?”',
  description: 'A bare "Anything else?" or "Is that all?" at the end reads as a hurry to close; offering more help keeps the door open.',
  message: 'Follow-through: a bare "Anything else?" sounds like a hurry to close; offering more help keeps the door open.',
  patterns: ['^(is there)? (anything|something) else$', '^(is|was|will) that be? (all|everything|it)$', '^(anything|something) else (then|today)$'],
  rewrites: ['Is there anything else I can help you with'],
  examples: {
    flag: [
      { text: 'Is there anything else?', becomes: 'Is there anything else I can help you with?' },
      { text: 'Anything else?', becomes: 'Is there anything else I can help you with?' },
    ],
    pass: ['Is there anything else I can help you with today?', 'If anything else comes up, just reply here and I will sort it.'],
    paraphrases: {
      flag: ['Is that all?', 'Will that be all?', 'Something else?', 'Anything else today?', 'Was that everything?', 'Is that it?'],
      pass: [
        'Is there anything else I can sort out for you while I have your account open?',
        'Anything else you need, just reply and it comes straight to me.',
        'That is all done now, and the refund is on its way.',
        'Is that all right with you?',
        'Is there anything else on the order that looks wrong?',
        'Is that everything you ordered, or is something missing?',
      ],
    },
  },
});
