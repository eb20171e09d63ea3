import { defineRule } from '../define';

/**
 * Session 40 (issue #10, cause a): the customer's account of what happened put as a belief they may hold, a doubt in a
 * polite frame: "If you believe the debt was paid, …", "If you believe this is in error", "Should you feel the decision
 * is incorrect", "if you feel it's warranted". A belief met with what the agent will do ("…, I'll refund it straight
 * away") or agreed with passes.
 */
export default defineRule({
  id: 'if-you-believe',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Doubts the customer\'s account',
  description:
    'Their account put as a belief: "If you believe the debt was paid, send proof", "Should you feel this decision is incorrect…".',
  message: 'Respect: "If you believe it was paid" doubts what the customer told you; take their word as the starting point and say what you will check.',
  patterns: [
    // What happened, in the past: "…the debt was paid", "…it's (has) been misallocated". A present state ("…your video
    // is protected by fair use") is a condition of a process, not a doubt about their account.
    '^(if|should|where) you #Adverb? (believe|feel|think|consider) (that)? .{1,6} (was|were|has been|have been|had been|has) #Adverb? (#Verb && !#Gerund)',
    '^(if|should|where) you #Adverb? (believe|feel|think|consider) (that)? .{1,6} (is|are|was|were) (in error|wrong|incorrect|unfair|a mistake|an error|warranted)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|our fault|my fault|our mistake|you are right|you were right)',
    "(i|we) (will|'ll|can) #Adverb? (refund|fix|correct|reverse|credit|cancel|swap|replace|sort|put|waive|remove|happily|gladly|send|take|reissue|redo|cover)",
    "(i|we) (have|'ve|am|are) #Adverb? (refunded|fixed|corrected|reversed|credited|cancelled|replaced|sorted|waived|removed|happy|glad)",
    // A preference, not a doubt: "If you feel you'd be more comfortable…", "If you think the blue one is better suited…".
    '(better|best|easier|happier|comfortable|interested|suited|preferred)',
  ],
  rewrites: [],
  advice: 'Start from their account ("You\'ve told me the debt was paid"), then say what you will check and by when.',
  examples: {
    flag: [
      { text: 'If you believe the debt was paid, please send proof of payment.', becomes: null },
      { text: 'If you believe this is in error, you may appeal in writing.', becomes: null },
      { text: 'Should you feel the decision is incorrect, contact the complaints team.', becomes: null },
    ],
    pass: [
      'If you believe the charge is wrong, I will refund it straight away.',
      'If you feel unwell after the treatment, call us any time.',
    ],
    paraphrases: {
      flag: [
        'If you still believe the fee was charged twice, a bank statement will be needed.',
        'if you think the meter was read wrongly, send a photo of it',
        'If you feel the bill is incorrect, you can raise a dispute online.',
        'If you genuinely believe that a payment has been misallocated, forward the remittance.',
        "If you feel it's warranted, you can escalate to the ombudsman.",
        'Where you consider the penalty was issued unfairly, an appeal form is attached.',
      ],
      pass: [
        'If you think the blue one is better suited, I will swap it.',
        'If you feel the parcel was damaged, send me a photo and I will replace it today.',
        'If you believe it was our mistake, you are right, and I have refunded it.',
        'I believe the debt was paid, and I have asked the bank to confirm.',
        'If you think of anything else, just reply here.',
        'If you feel you would be more comfortable with a female doctor, we can arrange it.',
        "If you believe the parcel was damaged on the way, say the word and I'll send a new one today.",
        'If you feel the fee was unfair, tell me why; I can take it off the bill myself.',
      ],
    },
  },
});
