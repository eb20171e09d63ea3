import { defineRule } from '../define';

export default defineRule({
  id: 'you-agreed-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Holds the small print against them',
  description:
    'Reminds the customer of what they signed or lectures them on how to behave next time: "which you agreed to at the point of purchase", "It\'s in the contract you signed.", "In future, payroll runs should be submitted 48 hours before.", "You should be submitting meter readings every month."',
  message: 'Respect: holding the small print or a lesson against the customer reads as blame; explain the rule kindly and what you can do now.',
  patterns: [
    // "which you agreed to at the point of purchase", "the terms you accepted", "the contract you signed"
    '(which|that) you #Adverb? (agreed to|accepted|signed|consented to|acknowledged) (when|at|on|during|before)',
    '(which|that) you #Adverb? (agreed to|accepted|signed|consented to)$',
    '(terms|contract|agreement|conditions|policy|t&cs|rules|declaration) (that|which)? you #Adverb? (agreed to|accepted|signed|consented to)',
    // "In future, payroll runs should be submitted at least 48 hours before…"
    '^(in future|in the future|next time|going forward|from now on) #Noun+ (should|must|need to|needs to|have to|has to) be',
    // "You should be submitting meter readings every month."
    'you (should|must|ought to) #Adverb? (always)? be #Gerund',
    // "We recommend double-checking your basket before confirming."
    '(we|i) (would)? #Adverb? (recommend|suggest|advise) (#Gerund|#Hyphenated|that you) .{0,6} before (#Gerund|you)',
    // The lecture in any voice: a recommendation "to avoid this in future", a rule for what "should be reported", people "expected to" do it.
    '(we|i) (would)? #Adverb? (recommend|suggest|advise) .{0,8} to (avoid|prevent) .{0,5} (future|again)',
    '#Noun+ should #Adverb? not? be (reported|submitted|raised|booked|logged|notified) (to|online|by|within|before|at|during)',
    '(customers|players|captains|guests|members|parents|tenants|residents|participants) (are|were) #Adverb? (expected|advised|reminded) to',
    // Risk and paperwork held against the customer: "at their own risk", "as stated in the waiver".
    '(at|is at|are at) (their|your|his|her) own risk',
    '(all|every)? #Noun+ (sign|signed|agree to|agreed to|accept|accepted) (a|the|our) (disclaimer|waiver|declaration)',
    'as (stated|set out|written|explained|outlined|detailed|specified) in (the|our|your) #Noun? (waiver|disclaimer|terms|contract|agreement|conditions|t&cs)',
    'it is #Adverb? (recommended|advised|expected) that (customers|guests|users|members|parents|patients|passengers|tenants)',
    // Customers named by role agreeing, and "You agreed to these terms".
    '^(users|customers|members|players|guests|passengers|riders|drivers|tenants|subscribers|hirers) #Adverb? (agree|agreed|accept|accepted|consent) to',
    'you #Adverb? (agreed to|accepted|consented to) (these|the|our|those|this) (terms|conditions|t&cs|rules|contract|agreement|policy)',
    // "You ticked the box agreeing to the terms."
    'you #Adverb? (ticked|checked|clicked) (the|a) (box|button) (agreeing|accepting|confirming|to agree|to accept)',
  ],
  unless: [
    'be (receiving|getting|seeing|hearing|able|hearing|enjoying|fine|set)',
    '(so|to make sure) (you|that you) (do not|never|will not|can|get)',
    '(sorry|apologise|apologize|our mistake|my mistake)',
    "(i|we) (have|'ve|will|'ll) #Adverb? (waived|refunded|cancelled|reversed|credited|removed|added|sent|booked)",
    'expected to (receive|get|see|hear|have|arrive)',
  ],
  rewrites: [],
  advice: 'State the rule once, kindly, as what happens ("The policy covers strikes only from 1 May"), and add what you can still do for them.',
  examples: {
    flag: [
      { text: 'Strikes are excluded under section 4.2, which you agreed to at the point of purchase.', becomes: null },
      { text: "It's in the contract you signed.", becomes: null },
      { text: 'In future, payroll runs should be submitted at least 48 hours before the pay date.', becomes: null },
    ],
    pass: ['The new dates you agreed to are in your calendar invite.', 'You should be receiving the code within a minute.'],
    paraphrases: {
      flag: [
        'You should be submitting meter readings every month.',
        'This was all covered in the terms you accepted.',
        'We recommend double-checking your basket before confirming.',
        'Next time, returns must be booked online.',
        'The fee is set out in the rental agreement that you signed when you collected the car.',
        'You must always be checking the zone map before parking.',
        'As per the declaration which you accepted, this is excluded.',
        'We recommend ordering earlier to avoid running out in future.',
        'We also recommend enabling purchase confirmation on your device to avoid this in future.',
        'Maintenance issues should be reported to reception during your stay.',
        'Visa appointments should not be booked before the CAS has been received.',
        'All captains were expected to be in the lobby 15 minutes early.',
        'Parents are advised to top up by Thursday for the following week.',
        'All customers use the wash at their own risk.',
        'All owners sign a disclaimer at booking.',
        'Room requests are subject to availability, as set out in our booking conditions.',
        'It is recommended that customers allow up to two hours.',
        'Users agree to park within marked areas when they start a ride.',
        'You agreed to these terms.',
        'You accepted the terms when you booked.',
        'You ticked the box agreeing to the terms.',
      ],
      pass: [
        'You should be getting the refund on Thursday.',
        'The plan you agreed to on the phone starts on the 1st.',
        'I recommend backing up your photos, so that you never lose them.',
        'In future, your bills will come on the 3rd instead of the 28th.',
        'You must be exhausted after a week of this.',
        'I have added the terms you accepted to this email in case you want them.',
        "I'd suggest charging it fully before you set off, and I've sent a spare cable too.",
        "I'd suggest charging it overnight so it's ready for your trip.",
        'Your refund should be sent to your card by Friday.',
        'Guests are welcome to leave bags at reception until 6pm.',
        "I've checked the terms, and as set out in them, you're covered for the full \u00a3240.",
        'I recommend booking the 9am slot to avoid the queues.',
        "Residents are expected to receive the new fobs by Monday, and I'll post yours today.",
        "It is recommended that you rest for a day, so I've moved your next session to Friday.",
        'If you agreed to the upgrade on the call, I have applied it.',
        'Customers agree that the new app is easier, so thank you for the idea.',
        'You agreed to the plan and I have booked it.',
        'You ticked the box to get updates, so I have added you to the list.',
      ],
    },
  },
});
