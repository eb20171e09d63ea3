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
  message: 'Urgency: "Please allow N days" or "Refunds take up to N days" leaves the customer to wait it out; say when theirs will be done and that you will follow it up.',
  patterns: [
    '(please|kindly|just) #Adverb? allow (up to|at least|approximately|an additional)? (#NumberRange+|#Value+) (hours|days|weeks|business days|working days)',
    '^allow (up to|at least|approximately|an additional)? (#NumberRange+|#Value+) (hours|days|weeks|business days|working days)',
    // Said of the customer in the third person: "It is recommended that customers allow up to two hours".
    '(customers|you|applicants|members) (should|must)? allow (up to|at least)? (#NumberRange+|#Value+) #Adjective? (minutes|hours|days|weeks|months)',
    // The same wait stated as the house timescale of a kind of thing: "Refunds take 7-10 working days", "Claims can
    // take up to 15 working days", "Password resets take up to 24 hours", "Claims are reviewed within 28 days".
    // The subject is a plural at the sentence start (a class of cases, not this customer's), so "It takes about two
    // hours" and "The fix takes 20 minutes" are left alone.
    '^#Adjective? #Plural (can|may|will|do)? #Adverb? (take|takes) (up to|about|around|between)? #Value .{0,3} (hours|days|weeks|months|cycles)',
    '^#Adjective? (#Noun|#Verb) #Plural (can|may|will)? #Adverb? (take|takes) (up to|about|between)? #Value .{0,3} (hours|days|weeks|months)',
    '^#Adjective? #Noun? #Plural (are|get) #Adverb? (processed|reviewed|assessed|returned|answered|actioned|investigated) #Adverb? within',
    // Session 38 (shape, issue #10): the same house timescale after a clause ("As per our policy, refunds take 10 working
    // days"), of a process named in the singular ("Validation takes up to 24h", "Motherboard repair take 7-10 working
    // days"), tacked on with "which/and can" ("…investigation, which can take up to 28 working days"), or said as the
    // turnaround ("Turnaround time is normally 3-5 working days", "Current processing times are 16 weeks").
    '(refunds|returns|claims|payments|applications|replacements|repairs|appeals) (can|may|will)? #Adverb? take (up to|between)? #Value .{0,3} #Duration',
    '^#Noun? (validation|verification|processing|approval|repair|assessment|inspection|review) (can|may|will)? (take|takes) (up to|about)? #Value',
    '(which|and) (can|may|could) #Adverb? take (up to|between)? #Value .{0,3} #Duration',
    '(turnaround|processing|response|waiting|wait|lead) (time|times) (is|are) #Adverb? (up to|about|around)? #Value .{0,3} #Duration',
    '#Adjective? #Noun? #Plural (are|get) #Adverb? (processed|reviewed|assessed|released|answered|actioned|investigated|issued) #Adverb? within',
  ],
  unless: [
    // The agent owns the timescale: "please allow 3 days, and I'll call you on Friday".
    "(i|we) (will|'ll|am going to|shall) #Adverb? (call|ring|email|text|message|update|check|chase|confirm|let you know|write)",
    '(by|on|before|until) (#Date|#WeekDay|#Month)',
    // The customer's own case already moving: "Replacements take 3 days; yours is already packed and goes out today."
    '(yours|your #Noun) (is|was|has|went|left) #Adverb? (been)? (sent|dispatched|packed|approved|processed|out|through)',
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
        'Replacement cards take up to ten working days.',
        'Appeals can typically take between 4 and 6 weeks.',
        'Complaints are investigated within 20 working days.',
        'Going by the T&Cs, refunds take 15 working days.',
        'ID verification can take up to 72h.',
        'Any claim goes to the insurer first, which can take up to 6 weeks.',
        'Our turnaround time is usually 10 working days.',
        'Per the terms, applications are assessed within 12 weeks.',
      ],
      pass: [
        "Please allow 3 days for the refund, and I'll check it's arrived on Friday.",
        'The gate allows 2 hours of free parking.',
        'We allow 30 days for returns, so you have until 14 March.',
        'The plan allows up to 5 users, so you can add your team.',
        "I'll allow an extra 10 minutes for the driver, and text you when he leaves.",
        'Please allow pop-ups for our site so the form opens.',
        "It should arrive by Friday, and I'll email you tracking tonight.",
        'The fitting takes about 40 minutes, and there is a waiting room with coffee.',
        "Refunds take 3-5 days, and I'll check yours has landed on Friday.",
        'Replacement cards take 5 days; yours was sent this morning.',
        'Good news, the repair took 2 days and it is on its way back to you.',
        "I've booked the engineer, and the visit takes about an hour.",
        'We are failing you over to the backup, which takes about 5 minutes.',
        'Our turnaround time has improved a lot this year.',
        'The review is done, which took us longer than it should have, sorry.',
        "Verification is complete, so you're all set.",
      ],
    },
  },
});
