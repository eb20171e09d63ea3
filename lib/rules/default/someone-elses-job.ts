import { defineRule } from '../define';
import { CONTROL_VERB } from '../shapes';
import { ACTS_AFTER_HAND_OFF } from '../hand-off-exemptions';

/**
 * The problem handed to someone else by naming whose it is: a partner, "their responsibility", "a decision made at
 * their end", "we are only a platform". Split from not-my-department (pack limit on patterns); same habit, same advice.
 */
export default defineRule({
  id: 'someone-elses-job',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: naming whose job it is leaves the customer alone with it; say what you will do to move it along.',
  patterns: [
    // Whose job it is, by whose it is not: "handled by the mountain office not us", "issued by the organiser, not GigGate".
    '(by|with|for) (the|our|your|a|an|each) #Adjective? #Noun+ and? (not|rather than) (us|me|the #Noun|#ProperNoun|our #Noun)',
    // Where the job sits: "Scan scheduling sits with Radiology", "the decision rests with the insurer".
    '(sits|sit|lies|lie|rests|rest) #Adverb? (with|in the hands of) (the|their|his|her|your|#ProperNoun) #Adjective? #Noun?',
    // Someone else's matter: "Breakages are a matter for the carrier".
    '(is|are|was|were) #Adverb? (a matter|an issue|a question|one|something) (for|between) (the|your|their|you and) #Adjective? #Noun',
    // Someone else's say: "entirely at the lender's discretion".
    '(at|to) (the|their|his|her) #Adjective? #Noun? (discretion|sole discretion)',
    // Someone else runs it: "operated independently", "run by a separate company".
    '(operated|run|owned|managed|handled) (independently|separately|externally|by a third party|by a separate company|by a different company)',
    // Another team's job, said as what it does: "The domains team deal with restores".
    '^(the|our) #Adjective? #Noun? (team|desk|department|office) (deal|deals|handle|handles|look after|looks after) with? (all|any|those|these)? #Noun',
    // A partner named in more words: "managed by our repair network partner".
    '(managed|handled|run|arranged|set|allocated|decided) by our #Noun{1,3} (partner|partners|contractor|contractors|supplier|suppliers|provider)',
    // Someone else's duty, said with a possessive: "it's their responsibility after that", "SSO configuration is the customer's responsibility".
    '(is|are|was|were|remains|remain|lies|lie) #Adverb? (their|his|the #Possessive|#ProperNoun) #Adjective? (responsibility|responsibilities|remit|problem|call)',
    // Someone else's decision, by where it sits: "a decision made at their end", "that's on their side".
    '(decision|decisions|call|choice) #Adverb? (made|taken)? (at|on) (their|his|her|the #Noun|the #Possessive|#ProperNoun) (end|side)',
    // Only the go-between: "We are only a platform", "we're just the marketplace".
    '(we|i) (are|am) #Adverb? (just|only|merely|simply) (the|a|an) #Adjective? (platform|marketplace|intermediary|middleman|broker|agent|reseller)',
    // The control or the power sits elsewhere: "not within the control of our organisation", "Agents have no authority to overturn them".
    '(not within|outside|beyond|out of) the (control|remit|gift) of',
    '(agents|advisors|advisers|staff|support|i|we) (have|has) no (authority|power|permission) to #Verb',
    '(agents|advisors|staff|support) (are|is) #Adverb? (unable|not able) to #Adverb? (amend|change|override|overturn|reverse|action|approve|waive)',
    // "Billing adjustments can only be performed by the Finance team"
    '(can|may) only be #Adverb? (#PastTense|#Participle|done|made) by (the|our|a|an|your) #Noun',
    // Disowned in the plain words of chat: "that's on them not us", "Not something support can action", "the processing is
    // totally depend on them, we have no control in this", "nothing we can action from our side".
    '(that|it|this) is #Adverb? on (them|their side|their end)',
    'on (them|the #Noun|their #Noun) not (us|ours|me|mine)',
    'not (something|anything) (i|we|support|the #Noun|our #Noun|#Noun) .{0,3} (deal|deals|handle|handles|action|actions|cover|covers|control|controls) with?',
    'no (control|say|influence) in (this|that|it|the #Noun)',
    '#Adverb? (depend|depends|dependent) (on|upon) (them|their #Noun)',
    '#Adverb? (depend|depends|dependent) (on|upon) the #Noun? (authority|authorities|office|network|registry|carrier|bank|insurer)',
    '(can not|unable to|not able to|do not have|does not have) .{0,4} (from|on|at) (our|my|this) (side|end)',
    'nothing (i|we) can .{0,3} (from|on|at) (our|my|this) (side|end)',
    // Whose it is, by saying whose it is not: "this is handle by the Academic Coordinator, not by front desk".
    `(handle|done|dealt with|confirmed|${CONTROL_VERB}) by .{1,4} not by`,
    // Disowning the fault or the liability is refusing to own the outcome, however it is worded (respect's
    // not-our-responsibility sees the same sentences as a closed door; the merged card shows both).
    '(not|never) (our|my) (responsibility|fault|problem|doing)',
    '(we|i|the #Noun|our #Noun|#ProperNoun) (are|am|is) .? not (responsible|liable|accountable|at fault|to blame)',
    'can not be held #Adverb? (responsible|liable|accountable)',
    '(accept|accepts|take|takes|bear|bears|assume|assumes) no (responsibility|liability)',
    '(does|do|did|will) not (accept|take|bear|assume) (any)? (liability|responsibility)',
    '(liability|responsibility) .{0,5} (is|are) #Adverb? (excluded|not accepted|declined|disclaimed)',
    '(is|are) #Adverb? (provided)? as? (a|an) (guide|estimate) only',
  ],
  // ...or has already done something about it: "The checker is a guide only, so I have checked your model by hand".
  unless: [...ACTS_AFTER_HAND_OFF, '(so|and) (i|we) (have|had) #Adverb? #PastTense', '(so|and|but) (i|we) #Adverb? (walked|went|called|rang|phoned|emailed|spoke|asked|chased|booked|checked|sent|paid|fixed)', "(i|we) (have|'ve) #Adverb? (waived|approved|agreed|refunded|credited|applied|authorised|authorized|granted|booked)"],
  rewrites: [],
  advice: 'Say what you will do yourself ("I\'ve asked the partner for a date and will call you by 4pm"), even where someone else decides.',
  examples: {
    flag: [
      { text: "After collection, the parcel is the courier's responsibility.", becomes: null },
      { text: 'We are just a marketplace.', becomes: null },
    ],
    pass: ['Getting this right is our responsibility, and I have refunded you today.'],
    paraphrases: {
      flag: [
        'Honestly, allocation is decided by each branch manager and not us.',
        'Your refund request now sits with the finance office.',
        'Any damage in transit is a matter for the courier firm.',
        "Upgrades are entirely at the landlord's discretion.",
        'The car park is operated by a separate company.',
        'The warranty desk handles all claims like this.',
        'For the cancel of lessons, this is handle by the Academic Coordinator, not by front desk.',
        'Engineer scheduling is managed by our repair network partner.',
        "Once it leaves the depot it's their responsibility.",
        "Part numbers remain the buyer's responsibility.",
        'Cancellations on the day are a decision made at their end.',
        'We are only a platform, so disputes stay between you and the seller.',
        "Honestly, we're just the middleman here.",
        'Customs clearance is not within the control of our organisation.',
        'Front-line agents have no authority to waive the fee.',
        'Advisors are unable to manually amend direct debits.',
        'Upgrades can only be approved by the store manager.',
        "So that's on them not us.",
        'Not something support can action I\'m afraid.',
        'Damage claims aren\'t something the crew or I deal with.',
        'The processing is totally depend on them, we have no control in this.',
        'There is nothing we can action from our side.',
        "We don't have tracking on our side.",
        'It is not our responsibility.',
        'We are therefore not at fault.',
        'We cannot be held liable.',
        'The hotel does not accept liability for noise from building services.',
        'Liability for consequential loss is expressly excluded.',
        'The compatibility checker is a guide only.',
      ],
      pass: [
        'Billing sits with our finance office, so I walked your form over there myself.',
        'The decision sits with me, so I have approved it today.',
        'Refunds are handled by our billing team, and I have asked them to pay yours today.',
        'The fault lies with us, and I am sorry.',
        'This is a matter for us, not you, so leave it with me.',
        "At the manager's discretion I have waived the fee, so there is nothing to pay.",
        'We are run by volunteers, so thank you for your patience with us.',
        'This was fixed by our team, not by a contractor, and I checked it myself.',
        'Keeping you safe is our responsibility, and I have changed the locks today.',
        'Your deliveries are managed by our Leeds team, who I have asked to call you at 10am.',
        'We are the only platform that lets you pause a plan, and I have paused yours.',
        'The decision is yours, and either option is fine by us.',
        'It was our call at our end, and I am sorry we got it wrong.',
        'The bike is your responsibility while you hire it, and the helmet is included.',
        'Refunds can only be approved by a manager, so I have asked Sam and will confirm by 4pm.',
        'The code can only be used by you, which keeps the account safe.',
        'I have full control of your booking now.',
        'Our staff are unable to wait for long, so the driver will text you first.',
        "It's on its way and should reach you on Friday.",
        "It's not something you need to worry about, I've fixed it.",
        "There's nothing else you need to do on your side.",
        'This is our fault, and I am sorry.',
        'You are not responsible for the return postage.',
        'We take full responsibility, and I have refunded you.',
        'The checker is a guide only, so I have checked your model by hand and it fits.',
        'Whether the ferry sails depends on the weather, and I will text you at 7am either way.',
      ],
    },
  },
});
