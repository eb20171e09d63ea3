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
  ],
  unless: ['as (mentioned|noted|advised) by (you|your)', '(sorry|thank|thanks|apologies|apologise|apologize|welcome|congratulations|let me know|if you|any questions|happy to|get in touch|feel free|anything else)'],
  rewrites: [''],
  advice: 'Give the answer again in a sentence of its own; if a link helps, offer it as a handy extra.',
  examples: {
    flag: [
      { text: 'Per my last email, the refund was sent on Monday.', becomes: 'The refund was sent on Monday.' },
      { text: 'As previously mentioned, the upgrade is free.', becomes: 'The upgrade is free.' },
      { text: 'As stated in the release notes, the old API was retired in March.', becomes: 'The old API was retired in March.' },
    ],
    pass: ['I mentioned the tracking link in my last email, and here it is again: it shows the parcel in Leeds.', 'As you asked, I cancelled the second order.'],
    paraphrases: {
      flag: [
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
      ],
      pass: [
        'As had been agreed with you on the phone, I have refunded the fee today.',
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
