import { defineRule } from '../define';

/**
 * Session 35 (issue #10): the customer's duty stated as a rule, with its deadline, channel or penalty, whatever the
 * thing is ("Damage must be reported within 48 hours", "Cancellations must be submitted through the member app",
 * "Returns must be posted back within 3 days at your cost", "If not collected within 72 hours, your parcel will be
 * returned"). rulebook-voice names the style (plain language) and customers-are-responsible the duty said of a
 * customer by role; this one reads the meaning in the grammar — a passive "must/needs to be <done>" with a when, where
 * or how — so the subject may be any noun. A sentence that speaks as "I" or "we" (the agent helping, or explaining our
 * own constraint) is left alone.
 */
export default defineRule({
  id: 'duty-with-a-deadline',
  kind: 'phrase',
  principle: 'respect',
  severity: 'hint',
  title: 'A duty laid on the customer by the rulebook',
  description:
    'States what the customer must do as a rule with a deadline, channel or penalty, whatever the subject: "Damage must be reported within 48 hours", "Cancellations must be submitted through the app", "If not collected, it will be returned".',
  message: 'Respect: "…must be reported within 48 hours" reads as a rule laid on the customer; ask for what you need in your own voice and say how it helps them.',
  patterns: [
    // The plain form, which can be said as the team's own ask: "Damage must be reported within 48 hours."
    '^[<thing>#Noun+] must be [<done>#PastTense] [<when>(within|by|before)]',
    // The passive duty with its when, where or how: "Breakages must be reported within 24 hours with photographs",
    // "Payment must be made before the service can be confirmed", "Bins need to be out by 7am".
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) (within|by|before|during|through|via|online|prior|no later)',
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) (in writing|in advance|beforehand|at the time|on the day)',
    '(must|need to|needs to|has to|have to) be #Adverb? (put|set|paid|made|left|kept|sent) (back|up|off|out|online)? (within|by|before|through|via)',
    '(must|need to|needs to|has to|have to) be #Adverb? #PastTense (back|up|off|out|online) (within|by|before|through|via|in writing)',
    '(must|needs to|has to) be #PastTense and #PastTense (to the #Noun)? (within|by|before|through|via|no later|in writing)',
    // The when, place or manner a few words after the duty (session 48): "Bikes must be left at the side gate by 8am",
    // "Changes must be made at least 48 hours before", "Scooters must be parked correctly". A "by" names a time here,
    // never the one who acts ("must be approved by a manager" is someone else's step).
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) .{1,5} (within|prior to|no later than|in advance|beforehand)',
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) .{1,4} before (#Time|#Date|#Value|midday|noon|midnight|departure|arrival|collection|expiry)',
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) .{0,4} by (#Time|#Date|tomorrow|tonight|today|midday|noon|midnight|the end|close)',
    '(must|need to|needs to|has to|have to) be #Adverb? (#PastTense|#Participle) .{0,3} (at least|no less than|no fewer than) #Value',
    // The manner only with a step the customer takes: "the boiler has to be installed correctly", "every order has to be
    // checked properly at the warehouse" are our own work explained.
    '(must|need to|needs to|has to|have to) be #Adverb? (parked|completed|filled|packed|packaged|sealed|labelled|labeled|worn|secured|signed|stored|disposed|cleaned|returned|paid|attended|collected|presented|shown|submitted|settled|made) (correctly|properly|in full|in person)',
    // The penalty if the customer fails: "If the plot is not brought up to standard within 28 days, your tenancy will be terminated".
    '(if|unless) .{0,12} (will|may|shall) (not)? be #Adverb? (returned|refused|cancelled|terminated|declined|charged|rejected|forfeited|reallocated)',
  ],
  unless: [
    // The agent speaks or helps: "Forms must be submitted by 31 January, and I'd be happy to look over yours".
    '(i|we|me|us|them|they|i\'d|i\'ll|we\'ll|we\'d|i\'m|we\'re|i\'ve|we\'ve)',
    // The duty shown to be small: "…along with a card in the same name, and that's it".
    "(that's it|that is it|that's all|that is all|all you need)",
    // The duty explained as the reason for something else: "because stones need to be tested in person".
    '(because|since) .{0,4} (must|need to|needs to|has to|have to) be',
    '(sorry|unfortunately|afraid|happy to|glad to)',
    // A thing described by what happens to it, not a duty: "a temporary password that has to be changed before you log in".
    '(that|which) (must|has to|have to|needs to|need to) be',
    // Our own staff's step, not the customer's duty: "The new part has to be fitted in person by our engineer", "The
    // payment has to be processed no later than Monday on our side".
    '(by|with) (our|the) (engineer|engineers|technician|technicians|team|staff|manager|specialist|specialists|driver|drivers|fitter|fitters|installer|installers|department|warehouse)',
    '(on|at) our (side|end)',
    // What we pay the customer: "The refund needs to be paid in full, and it will reach you on Friday".
    '(refund|refunds|compensation|payout|credit) (must|need to|needs to|has to|have to) be',
  ],
  // The duty kept a duty, asked in the team's own voice: "We'll need you to report damage within 48 hours."
  rewrites: ["we'll need you to {done|infinitive} {thing|lower} {when}"],
  advice: 'Ask for what is needed in your own voice and say why it helps them ("Could you send us photos of the damage within 48 hours? That lets us claim from the courier for you.").',
  examples: {
    flag: [
      { text: 'Damage must be reported within 48 hours.', becomes: "We'll need you to report damage within 48 hours." },
      { text: 'Missing parts must be reported within 48 hours of delivery.', becomes: null },
      { text: 'Cancellations must be submitted through the member app.', becomes: null },
      { text: 'If documents are not received within 7 days, the shipment will be returned to origin.', becomes: null },
    ],
    pass: [
      'Forms must be submitted by 31 January, and I would be happy to look over yours before you send it.',
      'We need the photos by Friday so that we can claim from the courier for you.',
      'Your refund was approved this morning.',
    ],
    paraphrases: {
      flag: [
        'Any damage must be reported at the time of delivery.',
        'Returns must be posted back within 3 days at your cost.',
        'Changes must be made by 8pm the day before.',
        'Delay Repay claims must be submitted online within 28 days.',
        'Any disputes must be raised in writing.',
        'Bins need to be put out by 7am on collection day.',
        'Late arrivals must be arranged in advance.',
        'The form must be completed and returned to the office no later than the 20th.',
        'Unless the balance is paid in full, the booking will be cancelled.',
        'If the form is not signed, your application may be declined.',
      ],
      pass: [
        'Your parcel must be delivered by Friday, and if it is not I will refund the postage myself.',
        'The boiler needs to be serviced within the year, so I have booked our engineer for 3 May.',
        'Sorry, the part has to be ordered from Germany, which takes a week.',
        'Everything has been reported to the courier already.',
        'The room has to be locked while the cleaners are in, so we moved your class upstairs.',
        'If you would like a refund instead, just reply and it will be on your card within 3 days.',
        'The main driver\'s licence must be shown at the desk, and that is all you need.',
        'Your claim will be paid within 5 days of the photos arriving.',
        "You'll get a temporary password that has to be changed before the app lets you in.",
      ],
    },
  },
});
