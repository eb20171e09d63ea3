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
    paraphrases: {
      flag: [
        "We acknowledge receipt of your message.",
        "Thank you, we are in receipt of your documents.",
        "I am in receipt of your letter dated 3 May.",
        "We hereby acknowledge receipt of the payment.",
        "This letter acknowledges receipt of your claim.",
        "We have been in receipt of your email since Monday.",
      ],
      pass: [
        "I've received your photos, thank you.",
        "Please keep the receipt until the refund arrives.",
        "Your receipt is attached to this email.",
        "Once we receive the parcel, I will refund you the same day.",
        "I got your letter and have already booked the repair.",
        "We confirm receipt numbers by text.",
      ],
    },
  },
});
