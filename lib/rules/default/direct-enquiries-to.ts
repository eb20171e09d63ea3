import { defineRule } from '../define';

export default defineRule({
  id: 'direct-enquiries-to',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'suggestion',
  message: 'Follow-through: "please direct all further enquiries to…" sounds like a signpost; an open, friendly next step keeps the door open.',
  patterns: [
    '(please|kindly) (direct|address|send|forward|refer) (any|all) #Adverb? (enquiries|inquiries|questions|queries) (regarding|about|on) (this|the) (matter|issue) to',
    '(please|kindly) (direct|address|send|forward|refer|route) (any|all) (further|future|other)? (enquiries|inquiries|questions|queries|correspondence) to',
    '(please|kindly) (direct|address|send|forward|refer|route) (any|all) (further|future|other)? (complaints|concerns|communication|communications) to',
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
    paraphrases: {
      flag: [
        'Please direct all further enquiries to our complaints team.',
        'Going forward, please send any questions to billing@example.com.',
        'Kindly address all correspondence to the head office.',
        'Please forward any concerns to your account manager.',
        'For anything else, please refer all queries to the help desk.',
        'Please route all future communications to the claims department.',
      ],
      pass: [
        'Please send any questions to me directly, I am here all week.',
        'I have directed your enquiry to the billing team, and they will call you today.',
        'Please send the photos to this address.',
        'Any questions, just reply here.',
        'Please forward the email to your IT team if that helps.',
        'You can send all your documents in one email.',
      ],
    },
  },
});
