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
  ],
  unless: [
    '(sorry|mistake|our fault|my fault|wrong|should have)',
    "(i have|i've|attached|below|linked|here is|here's)",
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
      ],
    },
  },
});
