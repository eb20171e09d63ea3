import { defineRule } from '../define';

/**
 * "Please allow 20 working days" hands the wait to the customer as a rule of the house: no one owns it and
 * nothing happens at its end. A plain timescale the agent stands behind ("I'll have it done by the 14th") is fine.
 */
export default defineRule({
  id: 'please-allow-time',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'hint',
  message: 'Urgency: "Please allow N days" leaves the customer to wait it out; say when it will be done and that you will follow it up.',
  patterns: [
    '(please|kindly|just) #Adverb? allow (up to|at least|approximately|an additional)? (#NumberRange+|#Value+) (hours|days|weeks|business days|working days)',
    '^allow (up to|at least|approximately|an additional)? (#NumberRange+|#Value+) (hours|days|weeks|business days|working days)',
    // Said of the customer in the third person: "It is recommended that customers allow up to two hours".
    '(customers|you|applicants|members) (should|must)? allow (up to|at least)? (#NumberRange+|#Value+) #Adjective? (minutes|hours|days|weeks|months)',
  ],
  unless: [
    // The agent owns the timescale: "please allow 3 days, and I'll call you on Friday".
    "(i|we) (will|'ll|am going to|shall) #Adverb? (call|ring|email|text|message|update|check|chase|confirm|let you know|write)",
    '(by|on|before|until) (#Date|#WeekDay|#Month)',
  ],
  rewrites: [],
  advice: 'Give the date it will be done by, and say you will check on it then ("It should be done by 14 March, and I\'ll check on it that morning").',
  templates: [{ text: ", and I'll check on it by {the date}", at: 'end' }],
  examples: {
    flag: [
      { text: 'Please allow 20 working days for processing.', becomes: null },
      { text: 'Please allow up to 48 hours for a reply.', becomes: null },
      { text: 'Kindly allow 5-7 business days for the refund to appear.', becomes: null },
    ],
    pass: ["Please allow 3 days for the refund, and I'll check it's arrived on Friday.", 'The gate allows 2 hours of free parking.'],
    paraphrases: {
      flag: [
        'Please allow 30 working days.',
        'Allow up to 28 days for a response.',
        'To process the claim, please allow approximately 10 business days.',
        'It is recommended that customers allow up to two hours for their visit.',
        'Applicants should allow at least 6 weeks for the decision.',
        'Due to demand, kindly allow an additional 3 days.',
        'Honestly, just allow 48 hours and it should sort itself out.',
      ],
      pass: [
        "Please allow 3 days for the refund, and I'll check it's arrived on Friday.",
        'The gate allows 2 hours of free parking.',
        'We allow 30 days for returns, so you have until 14 March.',
        'The plan allows up to 5 users, so you can add your team.',
        "I'll allow an extra 10 minutes for the driver, and text you when he leaves.",
        'Please allow pop-ups for our site so the form opens.',
        "It should arrive by Friday, and I'll email you tracking tonight.",
      ],
    },
  },
});
