import { defineRule } from '../define';

export default defineRule({
  id: 'vague-soon',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  title: 'A "soon" with no time',
  description:
    'A time word that promises nothing: "soon-ish", "soonest", "in the next little while", "at the next available opportunity", "at their earliest availability", "down the track", or someone else\'s "shortly" with no time beside it.',
  message: 'Urgency: "soon-ish" or "at the next available opportunity" gives the customer no time to hold on to; name a day or a time window.',
  phrases: [
    'soon-ish',
    'soonish',
    'down the track',
    'any day now',
    'in the next little while',
    'in the next wee while',
    'in a little while yet',
  ],
  patterns: [
    // Soon as a superlative, from outsourced desks: "we will revert soonest", "at the soonest".
    '(at the)? soonest$',
    // The next or earliest opening, whoever's it is: "at the next available opportunity", "at their earliest availability".
    '(at|on|in) (the|our|their|his|her) (next|earliest|first) (available|possible)? (opportunity|availability|convenience|slot|window)',
    '(at|by) the earliest$',
    // Someone else will act "shortly", with no time: "the driver will get to you shortly". The agent's own
    // "I'll call you shortly" stays (in-the-near-future and no-time-given read the stock forms).
    '^[<head>(the|our|your|a|an|this|that|it|they|he|she) #Noun? #Noun? (will|should|shall) #Adverb? (be)? #Verb .{0,4}] (shortly|soon)$',
    // Session 41: the same promise after a comma, "and", "but" or "so" ("The bus is late, it will get there shortly",
    // "…has been printed and will reach you shortly"): a pronoun heads it, or "and" with the subject left out. The agent's
    // own "I'll call you soon" is not read here. Compromise's gap does not give back a word, so a degree word before
    // "soon" has its own pattern, and the cut keeps neither ("…should be with you fairly soon hopefully").
    '[<head>(it|they|he|she|this|that|and) (will|should|shall) #Adverb? (be)? #Verb .{0,4}] (shortly|soon)$',
    '[<head>(it|they|he|she|this|that|and) (will|should|shall) #Adverb? (be)? #Verb .{0,3}] (fairly|very|quite|pretty|really) (shortly|soon) #Adverb?$',
    // The usual wait named instead of the date: "Your deposit will be returned in the usual timeframe.", "…in line with our
    // standard timescales", "the standard turnaround applies".
    '(in line with|within|in) (the|our|their)? (usual|normal|standard|typical) (timeframe|timescale|timescales|time frame|turnaround|processing time)',
    '(the|our) (usual|normal|standard) (turnaround|timeframe|timescale|processing time|lead time) (applies|will apply)',
    // A promise of priority with no time: "It will be looked into as a matter of priority."
    '[<head>(will|shall|should) #Adverb? (be)? #Verb .{0,4}] as a matter of (priority|urgency)$',
    // A plan with no date: "We're going to post a full write-up soon."
    '^[<head>(we|they) (are|is) going to #Verb .{0,5}] (soon|shortly)$',
  ],
  unless: [
    '(#WeekDay|#Month|#Time)',
    '(by|on|before|until) #Date',
    '#Value (minutes|minute|mins|hours|hour|days|weeks|working days|business days)',
    '(today|tonight|tomorrow)',
    // "within" as a time ("within 3 days", "within the hour"), not "within the usual timeframe".
    'within (#Value|a|an|one|two|three|four|five|ten|the next|the hour|the day|the week|the month)',
    'this (morning|afternoon|evening)',
    '(not|never) (expected|planned|likely) (soon|any day now)',
  ],
  // The vague word goes and the rest stays: a phrase has no {head}, so it is simply deleted.
  rewrites: ['{head}'],
  advice: 'Say when, even roughly ("by Thursday", "within two working days"), and when you will check on it yourself.',
  examples: {
    flag: [
      { text: "You'll get a new date soon-ish.", becomes: "You'll get a new date." },
      { text: 'An engineer will revisit at the next available opportunity to replace the valve.', becomes: 'An engineer will revisit to replace the valve.' },
      { text: 'The team will send the revised quote soonest.', becomes: 'The team will send the revised quote.' },
    ],
    pass: [
      "I'll call you shortly, within the hour.",
      'The driver will be with you shortly, in about 10 minutes.',
      'I took the first available slot, which is Monday at 9am.',
    ],
    paraphrases: {
      flag: [
        'The refund should land soonish.',
        'Down the track we might add a refund option.',
        'Your parts will arrive any day now.',
        'Someone will be in touch in the next little while.',
        'The courier will collect it at their earliest availability.',
        'We will process the claim at the earliest.',
        'The driver will get to you shortly.',
        'Your certificate should be posted soon.',
        "We're going to publish a full report soon.",
        'It will be fixed soon.',
        'At the next available opportunity, a surveyor will visit.',
        'Your bond will be released in the usual timescale.',
        'The claim will be assessed in line with our standard timescales.',
        'If you need a remake, the normal turnaround applies.',
        'Someone will look at this as a matter of urgency.',
        'The bus is running late, it will get there shortly.',
        'Your card has been printed and will reach you shortly.',
      ],
      pass: [
        'I will call you back shortly.',
        'The driver will get to you shortly, by 4pm at the latest.',
        'Your certificate was posted this morning and should be with you on Thursday.',
        "We're going to post the write-up on Friday.",
        'I booked the earliest slot on Tuesday at 8am.',
        'Your refund will reach your card within 3 working days.',
        'A new date is not expected soon, so I have refunded the ticket today.',
        'The first available opportunity is tomorrow morning, and I have booked it.',
        'Get well soon!',
        'We hope to see you again soon.',
        'The engineer will be there tomorrow at 10am.',
        'The standard turnaround is 48 hours, so they will be ready for you from 5pm tomorrow.',
        'I will chase this as a matter of urgency and call you by 3pm.',
        'The team are flat out, so I will call you shortly myself.',
        'Your refund went out in the usual way, to the card you paid with.',
      ],
    },
  },
});
