import { defineRule } from '../define';
import { CUSTOMER_ROLES } from '../shapes';

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
    '(terms|contract|agreement|conditions|policy|t&cs|rules|declaration) (that|which)? you #Adverb? (agreed|accepted|signed|consented|executed) to?',
    // Session 38 (shape): the same aside set off by commas, by anyone: "The offer letter, which you accepted, sets out…".
    '(which|that) (you|the #Noun+|your #Noun) #Adverb? (accepted|signed|executed|agreed to) (sets|set|states|lists|shows|covers|explains|says)',
    // "You should be submitting meter readings every month."
    'you (should|must|ought to) #Adverb? (always)? be #Gerund',
    // "We recommend double-checking your basket before confirming."
    '(we|i) (would)? #Adverb? (recommend|suggest|advise) (#Gerund|#Hyphenated|that you) .{0,6} before (#Gerund|you)',
    // The lecture in any voice: a recommendation "to avoid this in future", a rule for what "should be reported", people "expected to" do it.
    '#Noun+ should #Adverb? not? be (reported|submitted|raised|booked|logged|notified) (to|online|by|within|before|at|during)',
    // Risk and paperwork held against the customer: "at their own risk", "as stated in the waiver".
    '(at|is at|are at) (their|your|his|her) own risk',
    '(all|every)? #Noun+ (sign|signed|agree to|agreed to|accept|accepted) (a|the|our) (disclaimer|waiver|declaration)',
    'as (stated|set out|written|explained|outlined|detailed|specified) in (the|our|your) #Noun? (waiver|disclaimer|terms|contract|agreement|conditions|t&cs)',
    // Customers named by role agreeing, and "You agreed to these terms".
    `^(riders|drivers|players|${CUSTOMER_ROLES}) #Adverb? (agree|agreed|accept|accepted|consent) to`,
    'you #Adverb? (agreed to|accepted|consented to) (these|the|our|those|this) (terms|conditions|t&cs|rules|contract|agreement|policy)',
    // "You ticked the box agreeing to the terms."
    'you #Adverb? (ticked|checked|clicked) (the|a) (box|button) (agreeing|accepting|confirming|to agree|to accept)',
    '(that|this|it) is (all)? #Adverb? (in|covered in|set out in|written in|stated in|part of) (the|your|our) .? (agreement|contract|terms|t&cs|conditions)$',
    'you (have|had) #Adverb? (accepted|signed for|signed off) (the|it|them) #Noun* (in|as|without)',
    // What the customer approved held up as the answer: "made exactly to the file you uploaded", "as per the proof signed off by yourself", "you signed to confirm you understood".
    '(exactly|precisely|strictly) (to|as per|per|as) the .{1,3} you have? #Adverb? #PastTense',
    'as per the .{1,3} you have? #Adverb? (approved|uploaded|supplied|provided|submitted|signed|confirmed|set|chose|selected|placed|entered)',
    '(signed off|approved|confirmed|accepted|agreed|supplied|provided|chosen|selected) by yourself',
    'you (signed|ticked|initialled|clicked) (to confirm|confirming|to say) (you|that you)',
    '(remains|is still|are still) (outstanding|missing|overdue) (on|from) your (part|side)',
    '(which|that) you #Adverb? (signed for|initialled|ticked)$',
    '(terms|conditions|website|policy|contract|agreement|rules) (make|makes|made) (it)? (clear|plain|explicit)',
    // Our record of what they chose, held up: "Based on our records you subscribed by replying YES."
    '(based on|according to) (our|the) (record|records|system|logs) #Comma? you #Adverb? (subscribed|agreed|opted|signed|accepted|chose|selected|confirmed)',
    // Agreed at a moment, held up as the answer (session 25), by the verbs' roots and the moment after them: "You have
    // accepted the cardholder agreement when the card was activated", "which all members agree to on joining", "By
    // placing a bid you agreed to the conditions", "You confirmed you had read the requirements when you booked", "you
    // signed the check-out form with no damages marked".
    '(you|#Plural) (have|had)? #Adverb? (accepted|accept|agreed|acknowledged) to? (#Determiner|#Possessive) .{0,4} (when|on|upon|at) (you|#Gerund|#Noun|#Verb)',
    'which (you|all #Plural|the #Noun #Noun|the #Noun|#Plural) #Adverb? (accept|accepted|agree|agreed|acknowledged) to? (on|upon|when|at) (#Gerund|#Noun|#Verb)',
    '^(by|when|on|upon) #Gerund .{0,5} you #Adverb? (have|had)? (agreed|accepted|confirmed|consented|acknowledged)',
    'you #Adverb? (confirmed|acknowledged|declared|stated) (that)? you (had|have)? #Adverb? (read|seen|understood|accepted|agreed)',
    'you #Adverb? signed (the|a|an|our|your) .{1,3} (with|without) (no)? #Noun+ (marked|noted|listed|recorded|reported)',
  ],
  unless: [
    // A condition, not a reminder: "If you agreed to the upgrade on the call, I have applied it."
    '^(if|whether|once) you #Adverb? (have|had)? (agreed|accepted|confirmed)',
    'be (receiving|getting|seeing|hearing|able|hearing|enjoying|fine|set)',
    '(so|to make sure) (you|that you) (do not|never|will not|can|get)',
    '(sorry|apologise|apologize|our mistake|my mistake)',
    "(i|we) (have|'ve|will|'ll) #Adverb? (waived|refunded|cancelled|reversed|credited|removed|added|sent|booked)",
    'expected to (receive|get|see|hear|have|arrive)',
    "(i|we) (have|'ve|will|'ll|had) #Adverb? (remade|reprinted|redone|recut|replaced|redelivered|fixed|changed|corrected|resent)",
  ],
  rewrites: [],
  advice: 'State the rule once, kindly, as what happens ("The policy covers strikes only from 1 May"), and add what you can still do for them.',
  examples: {
    flag: [
      { text: 'Strikes are excluded under section 4.2, which you agreed to at the point of purchase.', becomes: null },
      { text: "It's in the contract you signed.", becomes: null },
      { text: 'By placing an order you agreed to our returns terms.', becomes: null },
    ],
    pass: ['The new dates you agreed to are in your calendar invite.', 'You should be receiving the code within a minute.'],
    paraphrases: {
      flag: [
        "That's all covered in your hire agreement.",
        'According to our records you opted in to the weekly plan.',
        'Based on our system, you signed up for the annual plan.',
        'It is set out in the booking conditions.',
        'You have accepted the goods without noting any damage.',
        'You should be submitting meter readings every month.',
        'This was all covered in the terms you accepted.',
        'We recommend double-checking your basket before confirming.',
        'The fee is set out in the rental agreement that you signed when you collected the car.',
        'You must always be checking the zone map before parking.',
        'As per the declaration which you accepted, this is excluded.',
        'Maintenance issues should be reported to reception during your stay.',
        'Visa appointments should not be booked before the CAS has been received.',
        'All customers use the wash at their own risk.',
        'All owners sign a disclaimer at booking.',
        'Room requests are subject to availability, as set out in our booking conditions.',
        'Users agree to park within marked areas when they start a ride.',
        'You agreed to these terms.',
        'You accepted the terms when you booked.',
        'You ticked the box agreeing to the terms.',
        'The cake was made exactly to the design you chose.',
        'Your blinds were cut precisely to the measurements you supplied.',
        'We delivered as per the address you entered at checkout.',
        'The sign was printed to the wording approved by yourself.',
        'You signed to confirm that you had read the safety notes.',
        'You ticked to say you understood the cancellation terms.',
        'The deposit form remains outstanding on your part.',
        'The sofa was undamaged on the docket, which you signed for.',
        'Our website makes it clear that sale items cannot be returned.',
        'The hire form, which the lead driver signed, lists the excess.',
      ],
      pass: [
        'According to our records you are on the monthly plan, so nothing more is due.',
        "It's in the agreement, but I've waived it this time.",
        "You've accepted the offer, so the new price starts on Monday.",
        "That's part of the contract I'm sending you today, so you'll have it in writing.",
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
        "It is recommended that you rest for a day, so I've moved your next session to Friday.",
        'If you agreed to the upgrade on the call, I have applied it.',
        'Customers agree that the new app is easier, so thank you for the idea.',
        'You agreed to the plan and I have booked it.',
        'You ticked the box to get updates, so I have added you to the list.',
        'I have remade the cake exactly to the design you chose, at no charge.',
        "We'll deliver to the address you entered, and I've added the flat number.",
        'You can collect it yourself if you prefer.',
        'I signed to confirm the refund this morning.',
        'Nothing is outstanding on your part, so you are all set.',
        "Sorry, we didn't cut them to the measurements you supplied; new ones go out today.",
        'You were told the wrong date by our office, and I am sorry.',
        'You were asked to pay twice because of our mistake, so I have refunded one payment.',
        'The new quote, which you can accept online, is £40 lower.',
      ],
    },
  },
});
