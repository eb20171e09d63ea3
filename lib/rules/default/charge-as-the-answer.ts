import { defineRule } from '../define';

/**
 * The price read out as the answer (session 40, beside stated-as-a-rule, whose 30 patterns are full): the fee is named
 * as a standing condition with nobody behind it and nothing said to soften it: "We can issue a new one at the standard
 * fee of £180", "administrative fees apply to unpaid tolls", "billed at our standard diagnostic rate", "this will be
 * charged as new work", "Retreatment is a new job", "available as a paid add-on". A fee waived, refunded or absent is
 * the warm form.
 */
export default defineRule({
  id: 'charge-as-the-answer',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  title: 'A charge read out as the answer',
  description:
    'The fix or the next step offered only as something the customer pays for, in the words of a price list: "at the standard fee of £180", "administrative fees apply", "billed at our standard rate", "charged as new work".',
  message: 'Positivity: a fee read out as the answer ("at the standard fee", "fees apply", "charged as new work") is a wall; say what you can do, and why a charge applies if it must.',
  patterns: [
    // "at the standard fee of £180", "together with the applicable fee", "for an additional charge".
    '(at|for|with|plus) (the|our|an|any) (standard|applicable|usual|normal|administrative|additional|extra) #Noun? (fee|fees|rate|charge|charges|tariff)',
    // Plural fees or any fee that "applies", anywhere: "administrative fees apply to unpaid tolls", "charges will apply".
    '(fee|fees|charge|charges|surcharge|surcharges|penalties) (apply|applies|will apply|would apply|may apply|are payable|will be payable)',
    // "billed at our standard diagnostic rate", "this will be charged as new work", "invoiced as a separate job".
    '(billed|charged|charge|invoiced|priced|chargeable|billable) at (the|our) (standard|normal|usual|regular) #Adjective? #Noun? (rate|fee|price|tariff)',
    '(billed|charged|charge|invoiced|chargeable|billable) as (a|an)? (new|separate|additional|extra) #Noun? (job|work|visit|call|callout|order)',
    // "Retreatment is a new job", "A second visit counts as a separate call-out".
    '(is|are|would be|will be|counts as|count as|treated as) (a|an)? (new|separate|chargeable|billable) (job|call|callout|service call)',
    // "it's available as a paid add-on at checkout", "offered as a premium extra".
    '(available|offered|sold) as (a|an) (paid|chargeable|premium) (add|add-on|addon|extra|upgrade|option|service)',
    // Session 41: the fee as something the case itself brings on, any subject: "Late changes incur a £40 fee", "A second
    // visit attracts a call-out charge", "There may be a handling fee".
    '(incur|incurs|incurred|attract|attracts|attracted|carry|carries) (a|an) .{0,3} (fee|charge|surcharge|penalty|cost)',
    // (".{0,2}", not "#Noun? #Noun?": the optional nouns would take the fee itself and the match would fail.)
    'there (may|will|would|could|might) #Adverb? be (a|an) .{0,2} (fee|charge|surcharge)',
    // "We can reissue the link for an admin fee of £5", "…for a small charge".
    'for (a|an) .{0,2} (fee|charge|surcharge)',
    // Full price as the answer: "A new lid can be ordered at full price", "…bought at the regular price".
    '(ordered|bought|purchased|booked|replaced|supplied|available) at (the)? (full|regular|normal|standard|usual|list|retail) (price|rate|cost)',
    // "Meter testing is available for a fee", "Extra proofs are available at an additional cost", "Chargers are sold separately".
    '(available|possible|offered|done|arranged) (for|at) (a|an) #Adjective? (fee|charge|cost|surcharge|price)',
    '(sold|priced) separately',
    'at (your|the customer\'s|the owner\'s|the buyer\'s|their) own (expense|cost)',
    // The costs left with the customer: "Any parking costs incurred will not be covered", "Taxi fares are not refunded".
    '(costs|expenses|fees|fares|charges|bills) .{0,2} (will|can|would|are|is) not be? #Adverb? (covered|reimbursed|refunded|paid|refundable)',
    '(chargeable|billable) at #Money',
    '(treated|quoted|priced|charged) as (a|an) (new|separate|fresh) (project|commission|job|order|piece of work)',
  ],
  unless: [
    // The fee waived, refunded, taken off or absent is the warm form.
    '(waive|waived|waiving|free|complimentary|on us|on the house|no cost|no charge|refund|refunded|discount|discounted|reduced|knocked)',
    // Sorry for a charge is owning it, and a charge cable is no fee (review 41: "for an unexpected charge", "carry a
    // range of charge cables" matched the session-41 patterns).
    '(sorry|apologies|apologise|apologize) (for|about) (a|an|the|that|this|any) .{0,2} (fee|charge|surcharge|cost)',
    'charge (cable|cables|lead|leads|point|points|port|ports|station|stations|plug|plugs|pad|pads)',
    '(no|nothing|none|without) .? (fee|fees|charge|charges|cost|costs)',
    '(rather than|instead of)',
    // The cost taken off them: "You won't need to send it back at your own expense: I've emailed a label".
    '(not|no need|never) .{0,5} at (your|their) own (expense|cost)',
    // A charge the agent is taking on for the customer: "… but I have covered it", "…, which we will pay".
    '(i|we) (have|will|\'ll|\'ve)? #Adverb? (covered|cover|paid|pay|absorbed|absorb) (it|this|that|the)',
  ],
  // The fee named, then taken away in the next breath: "A callout fee applies at weekends. I've waived the fee, so
  // there's nothing to pay." The charge removed is the news, not a wall.
  unlessNext: [
    '(i|we) (have|will|had|can|am|are)? #Adverb? (waived|waive|waiving|refunded|refund|refunding|covered|cover|absorbed|absorb|paid|pay|cancelled|cancel|removed|remove|written off|wrote off|knocked off|taken off|took off) (it|this|that|them|the|your|any)',
    '(fee|fees|charge|charges|cost|costs|it|this|that|they|one) (has|have|was|were|will be|is being|is|are) #Adverb? (been)? (waived|refunded|written off|covered|on us|on the house|free|complimentary)',
    '(nothing|no charge|no fee|no fees|no cost) (to pay|for you|at all)',
    'free of charge',
  ],
  rewrites: [],
  advice: 'Lead with what you can do and when; if a charge applies, say it plainly with its reason ("The engraving costs £60 because it means a new panel, and I can have it ready by the 14th").',
  examples: {
    flag: [
      { text: 'We can issue a corrected copy at the standard fee of £45.', becomes: null },
      { text: 'Administrative fees apply to late payments after the due date.', becomes: null },
      { text: 'Any further visit is billed at our standard labour rate.', becomes: null },
    ],
    pass: [
      'The standard fee would be £45, but I have waived it as the mistake was ours.',
      'There is no fee for the second visit, and I have booked it for Tuesday.',
      'I have refunded the additional charge of £12 to your card.',
    ],
    paraphrases: {
      flag: [
        'We can reprint the certificate at the standard fee of £30.',
        'Please resubmit the form together with the applicable fee.',
        'You can upgrade your seat for an additional charge.',
        'Late fees apply to unpaid invoices after 14 days.',
        'Per the tenancy agreement, admin charges will apply.',
        'A callout fee applies for weekend visits.',
        'this will be charged as new work and the lead time is 6 weeks',
        'The second fitting is billed at our standard hourly rate.',
        'Re-engraving would be invoiced as a separate job.',
        'Retreatment is a new job, I can book you in next month.',
        'A follow-up visit counts as a separate call-out.',
        "if u want gift wrap it's available as a paid add-on at checkout",
        'Express delivery is offered as a premium extra.',
        'Changes after approval are charged at the standard rate of $75 an hour.',
        'Bookings changed within a week of travel incur a £40 amendment fee.',
        'A replacement lid can be ordered at full price from the shop.',
        'Mains testing is available for a fee.',
        'Chargers are sold separately.',
        'There may be a handling fee for items sent back without a label.',
        'Return postage will be at your own expense.',
        'Any edits after sign-off are chargeable at £60 an hour.',
        'happy to check it over but there may be a diagnostic fee',
        'We can resend the tickets for an admin fee of £8.',
        'Please post the watch back to our workshop at your own expense.',
        'Any hotel or taxi costs incurred will not be covered.',
      ],
      pass: [
        'The standard fee would be £45, but I have waived it as the mistake was ours.',
        'There is no fee for the second visit, and I have booked it for Tuesday.',
        'I have refunded the additional charge of £12 to your card.',
        'No fees apply to students, so you are all set.',
        'Gift wrap is available as a paid add-on, but I have added it free of charge.',
        'The repair is covered by your warranty, so there is nothing to pay.',
        'Your new card is on its way and should arrive by Friday.',
        'I have booked a new job for the fitter on Tuesday at 9am.',
        'The rate you were charged was wrong, so I have corrected it.',
        'The fee you were quoted was a mistake, and I am sorry about that.',
        'We will cover the call-out as the fault was ours.',
        'Your account is fully paid, and your next bill is in June.',
        'The standard fee of £40 was charged twice, so I have refunded one of them.',
        "You're not charged for the visit at all.",
        "A callout fee applies for weekend visits. I've waived the fee, so there's nothing to pay.",
        'Late fees apply after 14 days. In your case the fee has been waived.',
        "I've ordered the replacement lid at no cost to you, and it ships tomorrow.",
        "You won't incur any fee for the swap, and I've booked the courier for Monday.",
        "I've sent the charger separately so it arrives first.",
        'There will be no charge for the second inspection.',
        'We replaced the part at our own expense as the fault was ours.',
        "You won't need to post it back at your own expense: I've emailed you a prepaid label.",
        'Your taxi costs will be covered in full, so just send me the receipt.',
        'We carry a wide range of charge cables in the Leeds branch.',
        "I'm so sorry for an unexpected charge on your statement.",
        'The upgrade is available at a discounted price for members this month.',
      ],
    },
  },
});
