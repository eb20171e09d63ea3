import { defineRule } from '../define';

export default defineRule({
  id: 'clearly-stated',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: "It was clearly stated" implies the customer should have known; the plain fact is enough.',
  patterns: [
    '[<be>#Copula] (clearly|plainly|obviously|explicitly) [<done>(stated|explained|written|shown|displayed|marked|labelled|listed|mentioned|indicated)]',
    // "as stated" stays, or the place it was said is left hanging: "…charges, on the pricing page".
    '[<be>as] (clearly|plainly|explicitly|expressly) [<done>(stated|explained|shown|mentioned|indicated|outlined|set out)]',
    '(clearly|plainly|explicitly|expressly) [<done>(state|states|stated|say|says|said|show|shows|explain|explains|mention|mentions|indicate|indicates|list|lists)]',
    '(has|have) (clearly|plainly|explicitly) (stated|explained|written|shown|marked|labelled|mentioned)',
    // The customer should have seen it: "The annual plan was clearly selected at checkout", "this is stated on every bag", "…which must be read before booking".
    '[<be>#Copula] (clearly|plainly|obviously) [<done>(selected|chosen|ticked|entered|accepted|confirmed|signed|agreed|highlighted|printed)]',
    '(this|that|it) (is|was) (stated|printed|written|shown|explained) on (every|each|all) #Noun',
    'which (must|should|has to) be read (before|prior to)',
    '(as|which) (is|was|are|were) #Adverb? (noted|stated|explained|outlined|set out|detailed|covered|printed|written|shown) (in|on) (the|our|your) #Adjective? #Noun+',
    // The agent as the one who made it clear (session 29): "I did make it very clear in my emails", "We made it perfectly clear at booking".
    '(i|we) (did|have|had)? #Adverb? (make|made) it (very|quite|perfectly|abundantly|crystal|really|extremely)? clear (in|on|at|during|when|that|to you|before)',
    // The papers once handed to the customer, as the reason for the rule (session 29): "Per the instructions you were
    // given at booking…", "according to the runbook we shared during onboarding", "as per the guidance provided at check-in".
    '(per|according to|under|in line with) the (!#Pronoun){1,3} (that|which)? you (were|have been|had been) (given|sent|shown|emailed|handed|provided|issued)',
    '(per|according to|in line with) the (!#Pronoun){1,3} (that|which)? (we|i) (gave|sent|shared|emailed|provided|handed) (you)? (at|during|on|when|before|upon|in)',
    '(per|according to|in line with) the #Adjective? #Noun #Noun? (provided|given|issued|supplied|handed out|shown) (to you|at|on|during|when|upon|with)',
  ],
  unless: [
    '(sorry|mistake|our fault|my fault|wrong|should have)',
    "(i have|i've|attached|below|linked|here is|here's)",
    // The customer's own instructions followed: "per the instructions you gave us".
    'you (gave|sent|provided) (us|me)',
  ],
  rewrites: ['{be} {done}'],
  examples: {
    flag: [
      { text: 'This is clearly stated in the terms and conditions.', becomes: 'This is stated in the terms and conditions.' },
      { text: 'The price was clearly displayed at checkout.', becomes: 'The price was displayed at checkout.' },
    ],
    pass: ["The sale items weren't clearly marked, which is our mistake.", "I'll make sure the label is printed clearly this time."],
    paraphrases: {
      flag: [
        'As clearly stated on the booking page, the deposit is non-refundable.',
        'This is explicitly mentioned on the invoice.',
        'The terms clearly state that refunds take 14 days.',
        "It's plainly written on the label.",
        'The size guide explicitly says to order one size up.',
        'Delivery charges were clearly shown at checkout.',
        'The portal clearly indicates which documents are outstanding.',
        'The annual plan was clearly selected at checkout.',
        'Prescriptions take 48 hours, this is stated on every bag.',
        'The card rule is in the Important Information section, which must be read before booking.',
        'The fee applies to late returns, which is set out in your rental agreement.',
        'As was stated on the booking page, the tour runs rain or shine.',
        'Shoes must be worn on court, which is printed on the door.',
        'According to the leaflet you were handed on arrival, the pool closes at 8.',
        'Per the checklist we emailed you before the move, the freezer had to be defrosted.',
        'As per the terms you were sent, the deposit is non-refundable.',
      ],
      pass: [
        "I'll go through it step by step this time.",
        'I should have stated the fee clearly, and I am sorry.',
        'The label clearly shows the parcel went to the wrong house, so I have sent a new one.',
        'Could you clearly mark the box as fragile?',
        'It is clear you have been let down, and I am sorry.',
        'Your new plan is clearly better value, so I have switched you.',
        'The portal shows your payment clearly, so you are all set.',
        'The box was clearly damaged in transit, which is our fault, so I have sent a new one.',
        'It is printed on the back of your card, next to the signature strip.',
        'Please read the aftercare sheet before the appointment, it has lots of tips.',
        'The fee is explained in the guide I have attached.',
        'As shown in the photo you sent, the seal is broken, so a new one is on its way.',
        'Your refund, which is shown on the statement below, went out today.',
        'As mentioned on the phone, I have booked you in for Friday.',
        'Per your request, I have moved the delivery to Friday.',
        'According to the tracking, the parcel is at your local depot.',
      ],
    },
  },
});
