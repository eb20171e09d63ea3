import { defineRule } from '../define';

export default defineRule({
  id: 'in-receipt-of',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "we are in receipt of" is formal filler; "I\'ve received" says it simply.',
  patterns: [
    '^(we|i) (are|am|have been) in receipt of',
    '^(we|i) #Adverb? (would like to|wish to|hereby)? #Adverb? (acknowledge|confirm) (the)? receipt of',
    '^this (email|message|letter) (is to)? acknowledges? receipt of',
    '(we|i) (are|am|have been) #Adverb? in receipt of',
  ],
  rewrites: ["I've received", 'Thanks for sending'],
  examples: {
    flag: [
      { text: 'We are in receipt of your complaint.', becomes: "I've received your complaint." },
      { text: 'We wish to acknowledge receipt of your email.', becomes: "I've received your email." },
    ],
    pass: ["I've received your photos, thank you.", 'Please keep the receipt until the refund arrives.'],
  },
});
