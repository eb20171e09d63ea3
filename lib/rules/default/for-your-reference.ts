import { defineRule } from '../define';

export default defineRule({
  id: 'for-your-reference',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "for your reference" and "for your perusal" are filler; the sentence is clearer without them.',
  phrases: [
    'for your kind reference',
    'for your reference',
    'for your perusal',
    'for your kind perusal',
    'for your kind information',
    'for your information',
    'for your kind attention',
    'for your kind consideration',
    'for your records',
    'for reference purposes',
    'just an FYI',
    'just FYI',
    'an FYI',
    'FYI',
  ],
  unless: [
    '(thank|thanks) (you)? for (the|your) (kind)? information',
    // A copy offered to keep is a kindness, not filing-clerk talk: "If you'd like a copy for your records, just reply".
    '(if you would like|if you want|would you like|if you need) .{0,8} for your records',
    // Handing over what they asked to keep: "Here's our chat from this morning for your records".
    '(here is|here are|below is|below are|attached is) .{0,8} for your records',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'I have attached the invoice for your reference.', becomes: 'I have attached the invoice.' },
      { text: 'For your information, the office is closed on Monday.', becomes: 'The office is closed on Monday.' },
      { text: 'FYI, the update goes live tonight.', becomes: 'The update goes live tonight.' },
    ],
    pass: ['Your reference number is 48213.', 'Thanks for your attention to detail in the photos.'],
    paraphrases: {
      flag: [
        "Please find the invoice attached for your kind perusal.",
        "For your records, the case number is 55120.",
        "Just FYI, the portal is down tonight.",
        "The terms are below for your kind information.",
        "I have copied the form for reference purposes.",
        "For your kind attention, the fee has changed.",
      ],
      pass: [
        "Your reference number is 48213.",
        "Thanks for your attention to detail in the photos.",
        "Thank you for the information about the fault.",
        "I have saved your records to the account.",
        "Keep the receipt in case you need it later.",
        "Here is the reference for the repair: RX-2231.",
        "If you'd like a copy of the updated decision for your records, just reply and I'll send it.",
        "Of course, here's a copy of our chat for your records.",
      ],
    },
  },
});
