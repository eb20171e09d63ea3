import { defineRule } from '../define';

export default defineRule({
  id: 'we-are-unable-to',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "we are unable to" leaves the customer at a dead end; follow it with what you can do.',
  description:
    'A bare first-person no, anywhere in the sentence: we/I can\'t, cannot, are unable to, won\'t be able to, are not in a position to, with "unfortunately", "hence" or an adverb in front. Absorbs the former unfortunately-we-cannot rule.',
  patterns: [
    '(we|i) #Adverb? (are|am|will be|would be)? #Adverb? (unable|not able|not in a position) to #Adverb? #Verb',
    '(we|i) #Adverb? (can not|could not) #Adverb? #Verb',
    '(we|i) #Adverb? (will not|are not going to) be able to #Verb',
  ],
  unless: [
    '(but|however|instead|alternatively|until|unless|once|although|though|meanwhile|in the meantime)',
    'what (i|we) can',
    '(i|we) (can|will|have|am|could) (also|instead|still|happily|gladly)',
    '(further|more|additional) (information|details|detail|info)',
    '(can not|could not|able to|unable to) (see|find|locate|wait|thank|imagine|believe|stress|tell|access|reach|open|load|read)',
    '(can not|could not|able to|unable to) (apologise|apologize|express|say|recommend)',
    '(unable|able|can not) to? (be held|accept) (responsible|liable|any|responsibility|liability)',
    '(if|whether|when|because|since|as) (we|i) (can not|are unable|am unable|could not)',
    '(do not|will not) (accept|allow) (abuse|threats|harassment)',
  ],
  rewrites: [],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  examples: {
    flag: [
      { text: 'We are unable to process your request.', becomes: null },
      { text: 'We cannot refund this order.', becomes: null },
      { text: "I won't be able to extend the deadline.", becomes: null },
      { text: "Unfortunately, we can't refund this order.", becomes: null },
    ],
    pass: [
      "I can't see the order on my side yet, so could you send the number?",
      "We can't wait to have you back!",
      "We're unable to refund the fee, but I've added a credit to your account instead.",
      "Unfortunately we can't refund this order, but I can offer a free exchange.",
    ],
    paraphrases: {
      flag: [
        'Unfortunately we are unable to change the delivery date.',
        "Unfortunately we won't be able to ship it today.",
        'Hence we are unable to refund the shipping fee.',
        'As agents we cannot get involved in disputes between buyers and sellers.',
        'I am afraid we are not in a position to offer compensation.',
        "We're simply unable to rebook via email.",
        'At this stage I really cannot change the seat allocation.',
        'We will not be able to replace the handset this month.',
        'As I explained before, we cannot guarantee a delivery slot.',
      ],
      pass: [
        'Unfortunately the courier lost the parcel, so I have sent a new one today.',
        "I can't wait to hear how the new bike rides!",
        "I can't see the payment yet, so I have asked the bank to trace it.",
        'If we cannot reach you by phone, I will email the new time.',
        "We can't change the date online, but I can do it for you right now.",
        'We are able to refund the full amount today.',
        "We can't guarantee a slot, but I have asked the courier to come first thing.",
        "I couldn't find any problem with the line, and the engineer will check the box on Monday.",
      ],
    },
  },
});
