import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'we-are-unable-to',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "we are unable to" leaves the customer at a dead end; follow it with what you can do.',
  description:
    'A bare first-person no, anywhere in the sentence: we/I can\'t, cannot, are unable to, won\'t be able to, are not in a position to, with "unfortunately", "hence" or an adverb in front. Absorbs the former unfortunately-we-cannot rule.',
  patterns: [
    '(we|i) #Adverb? (are|am|will be|would be)? #Adverb? (unable|not able|not in a position|not in position) to #Adverb? #Verb',
    '(we|i) #Adverb? (can not|could not) #Adverb? #Verb',
    '(we|i) #Adverb? (will not|are not going to) be able to #Verb',
    '(we|i) (are|am)? (therefore|thus|hence|consequently) (are|am)? (unable|not able|not in a position) to #Verb',
    '(we|i) (therefore|thus|hence|consequently) (can not|could not|will not) #Verb',
    '(is|are) not something (we|i) #Adverb? (can|could|are able to) #Adverb? (waive|change|offer|refund|cancel|remove|reverse|override|do|compensate|cover|arrange)',
    // Session 40: "isn't something we'd be able to look at covering".
    '(is|are) not something (we|i) (would|will) be able to #Adverb? (look at|consider)? #Adverb? #Verb',
    // Session 40: the refusal with no modal at all, "wind holds aren't something we compensate for". Not "do": "selling
    // your data is not something we do" reassures.
    '(is|are) not something (we|i) #Adverb? (compensate|cover|refund|reimburse|waive|honour|honor|accept|offer)',
    // The same refusal inverted or pleaded as no duty: "nor can we expedite", "We are not obliged to give reasons".
    'nor (can|could|will|do) (we|i) #Adverb? #Verb',
    '(we|i) (are|am) #Adverb? (not|under no) (obliged|obligated|required) to #Verb',
    '(we|i) can only (deal|speak|discuss|talk|correspond) with',
    // A named team or place promising nothing: "the fitting centre cannot guarantee an exact start time", "… and cannot provide meals".
    '(#Noun && !#Pronoun) (can not|could not) #Adverb? (guarantee|promise) (a|an|the|any|that|exact)',
    '(and|so) (can not|could not) #Adverb? (provide|offer|give|accept|issue|serve|honour|honor)',
    // The refusal as a rule: "Compensation is therefore not payable", "compensation doesn't apply to outages under 7 days".
    '(compensation|refund|refunds|credit|reimbursement|goodwill|cashback) (is|are) (therefore|thus|#Adverb)? not (payable|due|applicable|owed|available)',
    '(compensation|refund|refunds|reimbursement|cover|the guarantee) (does not|do not|will not) #Adverb? (apply|extend) to',
    // "We must decline", "We're not going to refund this", "We're not allowed to share that".
    '(we|i) #Adverb? (must|have to|will have to) #Adverb? (decline|refuse|reject|deny)',
    '(we|i) (are|am) #Adverb? not going to (refund|replace|reimburse|compensate|cover|waive|reverse|honour|honor|reopen|extend)',
    '(we|i) (are|am) #Adverb? not (allowed|permitted|authorised|authorized) to #Verb',
    // "cant" typed without its apostrophe, common in chat and social replies.
    '(we|i) cant #Adverb? #Verb',
    // The organisation or its vehicle as the one refusing: "The school is not in a position to provide timelines",
    // "Unfortunately the coach is unable to return", "The Landlord is under no obligation to provide a timescale".
    // Session 40: anywhere in the sentence ("…are payable and the Bursary is not in a position to waive them").
    '(the|our) #Noun+ (is|are) #Adverb? (unable|not able|not in a position|under no obligation) to (provide|offer|give|return|accept|refund|issue|waive)',
    '^#Adverb? (the|our) #Noun+ (is|are) #Adverb? (unable|not able|not in a position|under no obligation) to (prescribe|open|arrange|attend|confirm|honour|replace)',
  ],
  unless: [
    '(but|however|instead|alternatively|until|unless|once|although|though|meanwhile|in the meantime)',
    'what (i|we) can',
    '(i|we) (can|will|have|am|could) (also|instead|still|happily|gladly)',
    '(further|more|additional) (information|details|detail|info)',
    '(can not|could not|able to|unable to) (see|find|locate|wait|thank|imagine|believe|stress|tell|access|reach|open|load|read)',
    '(can not|could not|able to|unable to) (apologise|apologize|express|say|recommend)',
    // Delight, not a no: "I couldn't be happier that it worked", "we can't be more grateful". Not any "more": "we
    // cannot be more flexible" is a no of its own, and would let the refusal beside it through.
    '(can not|could not|cant) be #Adverb? (happier|prouder|gladder|better)',
    '(can not|could not|cant) be #Adverb? more (grateful|pleased|thankful|delighted|thrilled|proud|happy|glad)',
    '(unable|able|can not) to? (be held|accept) (responsible|liable|any|responsibility|liability)',
    '(if|whether|when|because|since|as) (we|i) (can not|are unable|am unable|could not)',
    '(do not|will not) (accept|allow) (abuse|threats|harassment)',
    "(so|and) (i|we) (have|will|'ve|'ll)",
    // Not yet is no dead end: "I'm afraid we can't issue the certificate yet, because…".
    '(can not|could not|unable to|cant) #Adverb? #Verb .{0,6} yet',
    // The idiom of care: "we can't have a hungry cat!", "we can't have you waiting in the cold".
    '(can not|cant) have (a|an) #Adjective #Noun',
    '(can not|cant) have (you|anyone|anybody) #Gerund',
    'cant (see|find|locate|wait|thank|imagine|believe|stress|tell|access|reach|open|load|read|apologise|apologize|express|say|recommend)',
  ],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end; so is the help already on its
  // way to them, said of the thing sent: "The kit is in the post to you today", "A replacement handset has been sent to
  // you". A letter, decision or bill in the post ("Your refusal letter is on its way to you", "The invoice has been sent
  // to you") carries the no or the charge, not help.
  unlessNext: [
    ...OFFER_INSTEAD_NEXT,
    '^(the|a|your) #Adjective? (#Noun && !letter && !decision && !invoice && !bill) (#Noun && !letter)? (is|has been) (in the post|on its way|sent) to you',
  ],
  // A no that says why, or gives the way forward in the same breath, to a calm customer ("Once deleted we're unable to
  // restore it, for security reasons"; "While we can't confirm a timeline, you can vote in our form") is half-way to the
  // warm form: a hint. With neither, or to an upset customer, or beside another warning, it stays (answered-softly.ts).
  softer: {
    severity: 'hint',
    message: 'Positivity: you say why or where to turn, which helps; leading with what you can do makes it warmer still.',
    sentenceHas: [
      'for #Adjective? (security|safety|privacy|legal|regulatory|licensing|hygiene|technical) reasons',
      // The same reason said as whose good it serves, or as the law: "For your privacy we can't share results over chat",
      // "We can't make exceptions on that part, it's the law here".
      'for (your|their|his|her) own? (privacy|safety|security|protection)',
      '(it|that|this) is (the law|a legal requirement|against the law)',
      // The law or an outside body's rule named as the reason, any wording: "that's a federal rule", "it's a safety rule
      // for every ferry", "it's a GAA rule". A house rule is no reason given ("that's a company rule", "that's our rule").
      '(it|that|this) is (a|an|the) (federal|state|government|national|legal|safety|health|fire|customs|aviation|banking|#Acronym) (law|rule|regulation)',
      // The reason said first, the no after "so": "The stations have no space for the checks, so we can't carry them".
      'so (we|i) (can not|cant|are unable to|am unable to|are not able to|am not able to)',
      'because',
      'as (we|it|this|that|the|our|they|these) #Adverb? (are|is|was|were|do|does|has|have|only|need)',
      'due to (the|our|a|an|#Adjective)? #Noun',
      '(you|they) can (still|also|just|always)? (#Verb && !not)',
      'let (us|me) know',
      'if you (dm|message|send|email|call|reply|tell|contact) (us|me)?',
      '(dm|message|email|call|contact) us',
    ],
  },
  rewrites: [],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  templates: [{ text: "What I can do instead is {what you can offer}.", at: 'after' }],
  examples: {
    flag: [
      { text: 'We are unable to process your request.', becomes: null },
      { text: 'We cannot refund this order.', becomes: null },
      { text: "I won't be able to extend the deadline.", becomes: null },
      { text: "Unfortunately, we can't refund this order.", becomes: null },
    ],
    pass: [
      // After the no, what others in the customer's place do instead (cold forms: lib/rules/warm-families-s27.test.ts).
      "We can't keep the band playing past eleven, the venue's licence depends on it. But here's what most couples do:",
      "Unfortunately we can't take dogs on the island ferry. Here's what many owners do: they book the kennel by the pier.",
      "I can't see the order on my side yet, so could you send the number?",
      "We can't wait to have you back!",
      "We're unable to refund the fee, but I've added a credit to your account instead.",
      "Unfortunately we can't refund this order, but I can offer a free exchange.",
    ],
    paraphrases: {
      flag: [
        "We can't refund this order. We also can't offer a voucher.",
        "I'm afraid we can't give a valuation from photographs. Sorry.",
        "We are unable to change the delivery date. The courier has already collected it.",
        'Unfortunately we are unable to change the delivery date.',
        "Unfortunately we won't be able to ship it today.",
        'Hence we are unable to refund the shipping fee.',
        'As agents we cannot get involved in disputes between buyers and sellers.',
        'I am afraid we are not in a position to offer compensation.',
        "We're simply unable to rebook via email.",
        'At this stage I really cannot change the seat allocation.',
        'We will not be able to replace the handset this month.',
        'As I explained before, we cannot guarantee a delivery slot.',
        'We therefore cannot comment on the status of your refund.',
        'We are therefore unable to refund the payments.',
        'Fines are not something we can waive.',
        'We cannot change the date, nor can we expedite individual submissions.',
        'We are not obliged to give reasons for lending decisions.',
        'Unfortunately we can only deal with the sender.',
        'The fitting centre cannot guarantee an exact start time.',
        'Catering staff follow the policy and cannot provide meals on a negative balance.',
        'Compensation is therefore not payable in this case.',
        "Unfortunately compensation doesn't apply to outages under 7 days.",
        'Regrettably we must decline.',
        'We must decline your request.',
        "We're not going to refund this.",
        "We're not allowed to share that information.",
        'We cant refund digital items.',
        'sorry i cant change the slot now',
        'we cant refund old orders sorry',
        "The school is not in a position to provide indicative timelines.",
        "Unfortunately the coach is unable to return.",
        "The Landlord is under no obligation to provide a timescale.",
        // A next sentence that is advice, or a second no, does not excuse it; nor does "yet" far away.
        "We can't refund this order. What you can't do is open a second claim.",
        "We can't repair storm damage. You can book an engineer through the self-service portal.",
        "We can't have refunds on sale items processed by the store.",
        "Our warehouse team are unable to accept opened pallets.",
        "The clinic is not able to prescribe over the phone.",
        "Sadly the venue is unable to offer refunds.",
        "I'm afraid we can't fit a crown on the same day. We do have a policy on this.",
        "We can't accept the form. Your refusal letter is in the post to you.",
      ],
      pass: [
        "We can't promise the oat cookies are nut-free. Our lemon and ginger biscuits are baked in the nut-free kitchen though.",
        "We can't add a second rider to a single permit. The good news is that a junior permit is only £10 and there's one left for Sunday.",
        "We can't refund this order. What I can do is move your stay to any date in the next 12 months.",
        "I'm afraid we can't give a valuation from photographs alone. Instead, I've booked you a free appointment with our specialist.",
        "We are unable to change the delivery date. Here's what I can offer: a free redelivery on Saturday.",
        'Unfortunately the courier lost the parcel, so I have sent a new one today.',
        "I can't wait to hear how the new bike rides!",
        "I can't see the payment yet, so I have asked the bank to trace it.",
        'If we cannot reach you by phone, I will email the new time.',
        "We can't change the date online, but I can do it for you right now.",
        "We can't guarantee a slot, but I have asked the courier to come first thing.",
        "I couldn't find any problem with the line, and the engineer will check the box on Monday.",
        'We therefore can offer you the earlier slot instead.',
        "That's not something we can waive, but I can split it into three payments.",
        "There's no fee, nor do you need to send the old card back.",
        'You are not obliged to pay it until the review is done.',
        "We can only imagine how stressful that was, and I've sorted it.",
        "I cannot promise the 9am slot, but I've asked for it and will confirm by noon.",
        'The centre can guarantee a start time if you book the first slot.',
        'Compensation is not payable for weather delays, but I have booked you a hotel for tonight.',
        'The refund does not apply to the delivery fee, so I have refunded that separately too.',
        "We're not going to charge you for the repair.",
        'We must decline politely, but I have found you another venue.',
        "I'm not allowed to share it by email, so I'll call you at 3pm.",
        'I cant wait to see the photos!',
        'We cant thank you enough for the kind words.',
        "I cant see the order yet, but I'll check again at 3pm.",
        "The engineer is unable to attend today, so I have booked him for 8am tomorrow.",
        "The coach is unable to return, but I have sent a taxi to the stop.",
        "Our team is able to help with that right away.",
        "The printer is unable to connect?",
        "Unfortunately we cannot promise June if we start after Easter. Here is how we can make June work:",
        "We can't let her use the sunbeds, it's the law. What she can have is a spray tan, which is fine at 16.",
        "I'm afraid we can't send it to a home address. If you tell me what it's for, I'm happy to suggest kits we can ship.",
        "I'm afraid we can't issue the certificate yet, because the last hour is assessed in person.",
        "We can't issue the certificate. You can join the final hour of any course next month at no extra cost.",
        'Oh no, we can\'t have a hungry cat!',
        "The school is in a position to offer a place from September.",
        "We can't fly cats in the cabin on this route. There are two alternatives that most owners pick:",
        "Sadly we can't reuse the old tag. A new tag is on its way to you.",
      ],
    },
  },
});
