import { defineRule } from '../define';

export default defineRule({
  id: 'we-will-look-into-it',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'hint',
  message: 'Ownership: "we will look into it" spreads the promise across a team; "I\'ll look into it" tells the customer who is on it.',
  patterns: [
    'we (will|shall) #Adverb? [<action>(look into|investigate|review|check|get back to|be in touch|contact|follow up|update|look at)]',
  ],
  unless: [
    'we (will|shall) #Adverb? (check|look into|look at|review) (for|with) you',
    '(together|with you)$',
    'with you (on|at|over|by)',
    // A promise tied to what the customer does first: "If it hasn't cleared by Friday, call us and we'll check it for free",
    // "DM us if it isn't back by then and we'll check your line".
    '(if|once|when|whenever) .{1,14} and we (will|shall) #Adverb? (check|look|review|investigate)',
    // The follow-up with its day: "we'll be in touch on Monday to arrange collection".
    'we (will|shall) #Adverb? (be in touch|get back to you|contact you|update you|follow up) (on|by|before|at|this|tomorrow|today|first thing) #Date?',
    // A check made with the customer there, so they see the result: "we'll check it against the chip before you leave",
    // "We'll test it while you wait". "We will check it and get back to you" still flags.
    'we (will|shall) #Adverb? (check|test|look at) .{0,6} (before|while) you (leave|wait|go)',
  ],
  rewrites: ["I'll {action}"],
  examples: {
    flag: [
      { text: 'We will look into it.', becomes: "I'll look into it." },
      { text: "Thanks, we'll get back to you soon.", becomes: "Thanks, I'll get back to you soon." },
    ],
    pass: ["We'll ship the new pair today.", "I'll look into it this afternoon and write back by 5pm."],
    paraphrases: {
      flag: [
        "We'll check and be in touch when we can.",
        'Send us the photos and we will look into it.',
        'We will be in touch in due course.',
        "Thanks, we'll investigate.",
        'We will certainly review your account.',
        'We shall follow up with the courier.',
        'Rest assured, we will check the order.',
        'We will be in touch.',
        'We will get back to you with an answer.',
        "We will check it and get back to you.",
      ],
      pass: [
        "If it hasn't eased by Friday, please come in and we'll check the lenses for free.",
        "Pop us a DM if it isn't back by then and we'll check your line.",
        "Enjoy the weekend, and we'll be in touch on Monday to arrange collection.",
        "I'll look into it this afternoon and write back by 5pm.",
        "We'll ship the new pair today.",
        'Could we look into it together on a call?',
        'We looked into it and the refund went out today.',
        'I will check the order tonight.',
        'We will refund the fee today.',
        "Pop in and ask for Dev and we'll look at the options together.",
        "Bring the old fob and we'll test the new one against the gate before you leave.",
        "We'll check the tyre pressure while you wait.",
      ],
    },
  },
});
