import { defineRule } from '../define';

export default defineRule({
  id: 'direct-enquiries-to',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'suggestion',
  message: 'Follow-through: "please direct all further enquiries to…" sounds like a signpost; an open, friendly next step keeps the door open.',
  patterns: [
    '^please (direct|address|send|forward|refer) (any|all) #Adverb? (enquiries|inquiries|questions|queries) (regarding|about|on) (this|the) (matter|issue) to',
    '^please (direct|address|send|forward|refer|route) (any|all) #Adverb? (enquiries|inquiries|questions|queries|correspondence) to',
    '^please (direct|address|send|forward|refer|route) (any|all) #Adverb? (complaints|concerns|communication|communications) to',
  ],
  unless: [
    'to (me|us|myself)',
  ],
  rewrites: ['If you have more questions, you can write to'],
  examples: {
    flag: [
      {
        text: 'Please direct any further enquiries to our billing department.',
        becomes: 'If you have more questions, you can write to our billing department.',
      },
      {
        text: 'Please address all correspondence to the address below.',
        becomes: 'If you have more questions, you can write to the address below.',
      },
    ],
    pass: ['If you have more questions about your bill, just reply here and I will answer them.', 'Please send the photos to me at this address.'],
  },
});
