import { defineRule } from '../define';

export default defineRule({
  id: 'as-mentioned-before',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: pointing back to an earlier email or the docs can sound like an eye-roll; just give the answer again.',
  description:
    'The impersonal pointer back: "as previously mentioned", "per my last email", "as stated in the release notes", "as documented". First-person forms ("as I said") are as-i-said-before.',
  patterns: [
    'as (has|had) #Adverb? been #Adverb? (explained|mentioned|stated|advised|said) (to you)? on? (several|many|multiple)? (occasions|times)?',
    'as? per (my|our) (last|previous|earlier|prior) (email|e-mail|message|reply|letter|response)',
    '^as #Adverb? (mentioned|stated|explained|advised|noted|outlined|documented|indicated|communicated) (before|previously|earlier|above|below)?',
    'as #Adverb? (mentioned|stated|explained|advised|noted|outlined|documented|indicated|communicated) (before|previously|earlier|above|below)?$',
    'as #Adverb? (mentioned|stated|explained|advised|noted|outlined|documented|communicated) (before|previously|earlier|above|below)',
    'as #Adverb? (mentioned|stated|explained|noted|outlined) (in|on) (the|our|my) (docs|documentation|faq|terms|guide|manual|policy|website|contract|agreement)',
    'as #Adverb? (mentioned|stated|explained|noted|outlined) (in|on) (the|our|my) (release notes|help centre|help center|article|email|letter)',
    // Told again, at the start: "Again, the refund takes 10 days."
    '^(yet|once)? again',
    // Pointing at any page or pack the customer was given: "as explained on our measuring guide", "as outlined in the welcome pack you signed".
    'as #Adverb? (explained|outlined|stated|mentioned) (on|in) (the|our|your) .{1,6}$',
    // What everyone is told: "as every customer is told at booking", "as all guests are advised".
    'as (every|each|all|all our)? #Noun (is|are) #Adverb? (told|advised|informed|reminded|shown) (at|on|when|during|before|every|each|in) (#Noun|#Gerund)',
    // Told at a moment the customer was there: "as explained on day one", "as explained at your consultation".
    'as (explained|outlined|stated|mentioned|shown) (on|at|during) (day|your|the|our) (#Noun|#Value)',
  ],
  unless: [
    'as (mentioned|noted|advised) by (you|your)',
    // A pointer inside this same reply, to what the agent has just written ("As mentioned above, nothing ships until you
    // approve it"): a cross-reference, not a customer told they were told. "…in my previous email below" still flags.
    'as #Adverb? (mentioned|stated|explained|noted|outlined|shown|described|listed) (above|in the #Noun above)',
    'as #Adverb? (mentioned|stated|explained|noted|outlined) earlier in this (email|message|reply|letter|note)',
    // "welcome" as a greeting or a "you're welcome", not a "welcome pack" the customer is pointed back to.
    '(sorry|thank|thanks|apologies|apologise|apologize|congratulations|let me know|if you|any questions|happy to|get in touch|feel free|anything else)',
    '(welcome to|welcome back|welcome aboard|are welcome|be welcome)'],
  rewrites: [''],
  advice: 'Give the answer again in a sentence of its own; if a link helps, offer it as a handy extra.',
  examples: {
    flag: [
      { text: 'Per my last email, the refund was sent on Monday.', becomes: 'The refund was sent on Monday.' },
      { text: 'As previously mentioned, the upgrade is free.', becomes: 'The upgrade is free.' },
      // A pointer to a page names where the fact is written down: information the customer may need, so no cut (advice).
      { text: 'As stated in the release notes, the old API was retired in March.', becomes: null },
    ],
    pass: ['I mentioned the tracking link in my last email, and here it is again: it shows the parcel in Leeds.', 'As you asked, I cancelled the second order.'],
    paraphrases: {
      flag: [
        'Muddy paws are part of farm life, as explained in the welcome letter you received.',
        "The fee is non-refundable, as outlined in the booking terms.",
        "As stated on our website, the gates close at six.",
        "Check-in closes at 10am, as every guest is told at booking.",
        "Lockers are emptied nightly, as all members are told at induction.",
        'As has been explained to you on several occasions, the VAT number comes from your profile.',
        'As has already been mentioned, the fee is not refundable.',
        'The upgrade, as mentioned earlier, is free.',
        'As previously advised, the account was closed on 2 May.',
        'Deliveries are delayed, as already explained.',
        'As mentioned in our docs, webhooks are retried three times.',
        'As per my previous email, the technician comes on Monday.',
        'Events are delivered at least once, as documented.',
        'As outlined in the terms, the deposit is kept after 14 days.',
        'Again, the refund takes 10 days.',
        'Yet again, we do not ship to Ireland.',
        'Pieces are recycled after a fortnight, as explained on day one.',
        'As parents are reminded every term, kit must be named.',
        'The fee applies to late cancellations, as explained at your consultation.',
      ],
      pass: [
        'As you explained on the phone, the boiler cuts out at night, so Tom will come tomorrow.',
        'Parents are reminded every term by text, and I will add you to the list today.',
        'As shown in the photo you sent, the seal has split, so I am sending a new one.',
        "As every guest gets a free drink, I have added yours to the bill.",
        "The steps are in the guide I attached, and I'm happy to go through them with you.",
        'As had been agreed with you on the phone, I have refunded the fee today.',
        'As mentioned above, nothing is shipped until you approve the swatch.',
        'The refund, as explained in the steps above, reaches your card in two days.',
        'As noted earlier in this email, the engineer is booked for Friday.',
        'As you mentioned, the screen flickers after the update.',
        'As requested, I have changed the delivery address.',
        'As soon as the parcel arrives, I will let you know.',
        'As noted by your engineer, the boiler needs a new valve.',
        'You mentioned the noise started last week, so I have booked a check.',
        'As expected, the refund reached your account today.',
        'Again, sorry for the trouble.',
        'Again, thank you for your patience.',
        'Thanks again, the refund is on its way.',
        'Again, if you need anything, reply here.',
      ],
    },
  },
});
