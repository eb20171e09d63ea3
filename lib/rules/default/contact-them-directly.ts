import { defineRule } from '../define';

export default defineRule({
  id: 'contact-them-directly',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'Sending the customer to someone else',
  description:
    'Handing the customer to another company or team to chase themselves: "please contact the courier directly", "take it up with your bank", "questions should be directed to the accounts team".',
  message: 'Ownership: sending the customer off to chase someone else leaves them alone with it; offer to make the contact, or say exactly what to ask.',
  patterns: [
    '(suggest|recommend|advise) (that)? you (give|call|contact|email|ring|phone|speak to|get in touch with) (them|him|her|the|your|their)',
    '(please|kindly)? (raise|take|discuss|sort|check|chase|resolve) (it|this|that|the matter|the issue) (up)? with (them|him|her|the|your|their)',
    '(contact|call|email|phone|ring|message|speak to|talk to|write to) (the|your|their|them|him|her) #Adjective? #Noun{0,2} directly',
    '(get in touch with|reach out to|deal with|liaise with) (the|your|their|them) #Adjective? #Noun? directly',
    '(who|whom|which) you (should|must|will need to|need to|have to|can) (contact|call|email|phone|ring|write to)',
    '(should|must|need to|will need to|has to|have to) be (directed|addressed|referred|raised|taken up) (to|with) (the|your|their)',
    'take (this|it|that|the matter|your complaint|this matter) up with (the|your|their)',
  ],
  unless: [
    '(i|we) (will|have|am|are|already) #Adverb? (contact|contacted|contacting|call|called|calling|email|emailed|emailing|chase|chased|chasing)',
    '(i|we) (will|have|am|are|already) #Adverb? (ask|asked|pass|passed|forward|forwarded|speak|spoken|message|messaged|ring|rang|take|taken|raise|raised)',
    '(for you|on your behalf|together|with you on the line)',
    "if you (prefer|would rather|'d rather|like|want)",
  ],
  rewrites: [],
  advice: 'Offer to contact them yourself ("I\'ll ring the courier now and come back to you by 3pm"), or give the number and exactly what to ask.',
  examples: {
    flag: [
      { text: 'Please contact the courier directly.', becomes: null },
      { text: 'Mobility aids are handled by the airport, whom you should contact directly.', becomes: null },
      { text: 'You will need to take this up with your bank.', becomes: null },
    ],
    pass: [
      "I'll contact the courier directly and come back to you by 3pm.",
      'You can also call them directly if you prefer, but I will keep chasing too.',
      'I have emailed the airport on your behalf.',
    ],
    paraphrases: {
      flag: [
        "I'd suggest you give them a call.",
        'We recommend that you contact your bank.',
        'Please raise it with them.',
        'Kindly discuss the matter with your airline.',
        'You can chase it with the courier.',
        'For refunds, please get in touch with the seller directly.',
        'Unfortunately you will have to call your card issuer directly.',
        'Questions about billing should be directed to the accounts team.',
        'Please take the matter up with the manufacturer.',
        'The warranty is run by Bosch, who you can contact on their website.',
        'Honestly, the best thing is to ring the restaurant directly.',
        'Any complaint must be raised with the landlord.',
      ],
      pass: [
        'I suggest you keep the receipt, and I will call the shop myself today.',
        "I've raised it with them myself and will call you at 3pm.",
        'Could you check it with me on the phone tomorrow?',
        'I have called the restaurant directly and they are remaking your order now.',
        'I spoke to the warehouse directly this morning, and your parcel is on the van.',
        'If you would rather call them directly, their number is 0800 111 222.',
        'Your question came straight to me, so I can sort it here.',
        'I will take this up with the courier today and let you know by 5pm.',
        'You can reply to me directly at any time.',
      ],
    },
  },
});
