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
    // Sent through another door: "refunds need to go through Google", "must be requested from your bank".
    // (Session 26: "them" and a maker named by a code, "has to go through 3M directly", joined from a pattern that said
    // only "go through them"; the freed slot holds the claim lodged with another company, below.)
    '(need|needs|has|have) to (go|be raised|be made|be requested|be sent|be taken up|be claimed) (through|with|via|from) (the|your|their|them|#ProperNoun|#Value)',
    'must be #Adverb? (requested|raised|claimed|made|taken up|arranged|disputed) (from|with|through|via) (the|your|their|#ProperNoun)',
    // Told where to take it: "Please direct your query to them".
    '(direct|address|redirect) (your|any|all)? .? (query|queries|questions|concerns|complaint|complaints|enquiry|enquiries) to (them|him|her|the #Noun|#ProperNoun)',
    // Refusing to act for the customer: "We can't chase the organiser on your behalf".
    '(can not|unable to|not able to|will not|do not|are not able to) #Adverb? #Verb .{0,3} on (your|the customer) behalf',
    // Session 41: any advising voice, the verb bare or as "-ing", and checking with or asking them: "We recommend checking
    // with your bank", "it may be worth asking the council", "maybe ask the hotel again?", "best to ask the venue".
    '(suggest|recommend|advise|worth|best to|maybe) (that)? you? (call|contact|email|ring|phone|speak|get in touch|reach out|write|message|check with|ask|calling|contacting|emailing|ringing|phoning|speaking|checking with|asking) (to|with)? (them|him|her|the|your|their|#ProperNoun|#Acronym)',
    '(please|kindly)? (raise|take|discuss|sort|check|chase|resolve) (it|this|that|the matter|the issue) (up)? with (them|him|her|the|your|their)',
    '(contact|call|email|phone|ring|message|speak to|talk to|write to) (the|your|their|them|him|her) #Adjective? #Noun{0,2} directly',
    '(get in touch with|reach out to|deal with|liaise with) (the|your|their|them) #Adjective? #Noun? directly',
    '(who|whom|which) you (should|must|will need to|need to|have to|can) (contact|call|email|phone|ring|write to)',
    // Any named desk, address or partner (session 37): "should be directed to Transport for NSW", "to disputes@…", "to our insurers", "directed there".
    '(should|must|need to|has to|have to) be #Adverb? (directed|addressed|referred|raised|taken up) (to|with)? (the|your|their|our|#ProperNoun|#Email|there)',
    'take (this|it|that|the matter|your complaint|this matter) up with (the|your|their)',
    '(must|should|need to|will need to|has to|have to) be #Adverb? (raised|taken up|dealt with|directed) (directly)? with (the|your|their)',
    // A claim, dispute or complaint the customer is to lodge with another company (session 26): "You can raise a claim
    // with DPD from their website", "you may lodge the claim with the carrier", "you'd file a dispute with your bank".
    'you .{0,3} (raise|lodge|file|make|submit|open) (a|the|your) #Noun? (claim|dispute|complaint) (with|through|via|against) (the|their|your|#ProperNoun|#Acronym)',
    "you (should|must|will|would|'ll)? #Adverb? (need|have)? to? (contact|call|ring|phone|email) (#ProperNoun|your #Noun|the #Noun|their #Noun|them|him|her)",
    // Session 40 (aimO40): also as a mere option or a please, to a person or an address: "you may contact the
    // Bereavement Unit", "Please call Tecvision on…", "you can call security yourself", "maybe check with your bank?".
    "(please|kindly|maybe|you can|you may) #Adverb? (contact|call|ring|phone|email|check with) (#ProperNoun|#Email|your #Noun|the #Noun|security|neighbour)",
    // Passing the customer on in any politeness: "You will want to reach out to Dometic directly", "You may wish to dispute the claim with YouTube", "You are advised to pursue the matter with the retailer".
    'you (will|would|may|might)? #Adverb? (want|wish) to (reach out to|contact|get in touch with|speak to|call|email) (#ProperNoun|the|your|their)',
    'you (may|might|will|would) #Adverb? (wish|want|like) to (dispute|raise|pursue|take up|report|appeal) .{1,4} with',
    'you (are|were) #Adverb? (advised|recommended|encouraged) to (pursue|take|raise|contact|speak|dispute|direct|approach)',
    'you (would|will)? #Adverb? need to (request|claim|ask for|obtain|seek) (a|the|your|any)? #Noun? (refund|replacement|reimbursement) from',
    '(they|residents|tenants|customers|guests|members|users) (should|must|need to) #Adverb? (contact|call|email|speak to|write to) (the|their|#ProperNoun)',
    "(i would|i'd) #Adverb? (email|call|ring|phone|contact|message|try) (them|him|her|the|their) !(myself)",
    '(please|kindly|pls) #Adverb? (contact|call|ring|phone|email) (the|our) #Adjective? #Noun{0,3} (team|department|dept|office|desk|helpline|unit) (on|at|via)',
    // The other party named as the one to chase: "Please contact the retailer you purchased from".
    '(please|kindly|pls) (contact|call|email|speak to) (the|your) (retailer|seller|shop|store|merchant|bank|insurer|landlord|organiser|airline|courier|manufacturer)',
    // Left to try or chase a third party themselves: "You can try their hotline", "you could chase the carrier".
    "you (can|could|may|might) #Adverb? (try|chase|ring|call|phone|email|contact|message|ask) their #Adjective? #Noun",
    'you (can|could|may|might) #Adverb? (try|chase|ring|call|phone|email) the (carrier|courier|venue|warehouse|retailer|seller|bank|insurer|landlord|supplier|depot)',
    // An action the customer must take with someone else: "you'd need to appeal with them directly", "book it in with a partner workshop".
    "(need|needs|have|has) to #Adverb? #Verb (it|this|that|one)? (in|up|out)? with (them|him|her) directly?",
    '(need|needs|have|has) to #Verb (it|this|that)? (in|up)? with (a|an|the|their|your) (partner|local|third-party|independent|approved) #Noun',
    // Complaints posted on to someone else: "any complaints about timetabling should be sent to them", "queries must be sent to accounts@…".
    // (No multi-word choice after the gap: compromise then misses the match.)
    '(queries|enquiries|questions|complaints|disputes|claims|concerns) .{0,4} (should|must) be #Adverb? (sent|forwarded|emailed|submitted) directly? to',
    // Told to speak to someone on the spot: "Please speak to the room leader", "Please speak to staff at the station".
    '^(please|kindly|pls) #Adverb? (speak|talk) to (the|your|a member of|our|staff|a) #Noun* (if|at|about|on|when|regarding|in)',
    // "please give the surgery a ring", "I would suggest you speak with your broker".
    // Give only with the call after it (review 41): "It's best to give the paint a day to dry" is a tip, not a hand-off.
    '(please|kindly|pls|just|suggest|recommend|advise|worth|best to|maybe) (that)? you? #Adverb? give (the|your|their|them|him|her) #Noun? #Noun? (a ring|a call|a bell|an email|a shout)',
  ],
  unless: [
    // Our own unit's number with what we will then do for them: "please call the unit on 01632 960 114, and we will
    // see you the same day". Another company's desk ("…, and they will advise") and a vague "we will advise you" still flag.
    "(and|so) (i|we) (will|'ll|can) #Adverb? (#Verb && !not && !advise && !inform && !notify && !update && !contact && !review && !consider && !be) you",
    // We are the ones who deal with them: "we will deal with the hospital directly".
    '(i|we) (will|have|am|are|can|shall|already) #Adverb? (deal|dealt|dealing|liaise|liaised|liaising|settle|settled) with',
    '(i|we) (will|have|am|are|already) #Adverb? (contact|contacted|contacting|call|called|calling|email|emailed|emailing|chase|chased|chasing)',
    '(i|we) (will|have|am|are|already) #Adverb? (ask|asked|pass|passed|forward|forwarded|speak|spoken|message|messaged|ring|rang|take|taken|raise|raised)',
    '(for you|together|with you on the line)',
    // Acting for the customer excuses it, refusing to does not: "I'll chase them on your behalf" vs "we can't chase them on your behalf".
    "(i|we) (will|'ll|have|'ve|can|am|are|shall) #Adverb? (#PastTense|#Infinitive|happy to|glad to|going to) .{0,4} on your behalf",
    "if you (prefer|would rather|'d rather|like|want)",
    // Advice to ask an expert when in doubt, not a hand-off: "Please check with your GP if you are unsure."
    'if you (are|feel|were) #Adverb? (unsure|not sure|in doubt|worried)',
    '(check|checking|ask|asking|speak|speaking) (with|to)? your (gp|doctor|physio|vet|pharmacist|dentist|midwife|nurse|consultant|optician)',
    // The call as the way to get what is offered, not a hand-off: "they'll collect it for free if you ring them on …".
    '(if|when|once) you #Adverb? (ring|call|phone|email|contact|text|message) (them|him|her)',
    // A warm hand-off: the person is told and waits for the customer ("Please call Anna on …, she's expecting your call").
    '(she|he|they|who|#FirstName) (is|are|will be) #Adverb? (expecting|waiting for) (your|you|to hear)',
    // Something sent back to the agent is no hand-off: "Please email the photos to me and I'll sort it."
    '(email|send|forward) .{0,4} to (me|us)',
    '(so|and) (we|i) can #Adverb? (#Verb && !not)',
    // "If you ever need to contact your GP…" is an offer; "If you wish to pursue this further, take it up with…" is the hand-off itself.
    // "If you have any questions" is no offer (session 42): "Please speak to the room leader if you have any concerns" hands
    // the problem on all the same; only "have to" stays with need, want and wish.
    '(if|when|whenever|in case) you #Adverb? (ever)? (need|want|wish|have to) !(to pursue|to dispute|to complain|to escalate|to appeal|to take|to challenge|to claim)',
  ],
  // A fallback of ours offered at once: "…it's worth checking with them first. If they can't, we can send one of ours."
  unlessNext: ['^(if|and if) (they|he|she|it) (can|will|do|does|are|is) not'],
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
        "If it hasn't come by Monday, please give the pharmacy a ring.",
        "I'd recommend you speak with your letting agent.",
        'Any cashback claim will need to go through the retailer.',
        'A chargeback must be requested from your card issuer.',
        'Please address all further questions to the school office.',
        'Unfortunately we are unable to contact the hotel on your behalf.',
        'Disputes have to be raised with their resolution centre.',
        'Kindly direct any complaint to the venue.',
        'Please contact the retailer you purchased from, as they are our customer.',
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
        'Battery complaints must be raised directly with the manufacturer.',
        'Any queries need to go through them directly.',
        'You should contact your GP surgery.',
        'You need to contact Apple for that.',
        'You will want to reach out to Dometic directly.',
        'You may wish to dispute the claim directly with YouTube.',
        'You are advised to pursue the matter with the retailer.',
        'You would need to request a refund from Apple.',
        'Should residents require assistance, they should contact the building manager.',
        'We recommend you reach out to the seller again via the messaging centre.',
        "I'd email them at it@hubspace.co directly.",
        "You might try the venue's box office instead.",
        'You could always chase the warehouse with the order reference.',
        'Honestly you can try their helpline, they are quicker than us.',
        'You will have to arrange that with a local locksmith.',
        'Any disputes about the fee must be sent to the finance office.',
        'Please speak to a member of staff at the branch about it.',
        'If you wish to take this further, please raise it with your landlord.',
        'Should you require further assistance, please contact the Card Services team on 0345 000 1111.',
      ],
      pass: [
        "Please call Anna on 0123 456 789, she's expecting your call.",
        "We recommend checking the tyre pressure monthly.",
        "I'll raise a claim with the courier for you today.",
        'You can raise a claim with us online in two minutes.',
        'If the bleeding starts again, please call the clinic office on 0117 496 0332, and we will see you straight away.',
        "We will deal with the airline directly, so you don't need to do anything.",
        'Please give us a ring on 0800 123 456 if it happens again.',
        'I suggest you speak to me first before you book anything.',
        'I have contacted the hotel on your behalf, and they will call you today.',
        'Your refund will go through to your card by Friday.',
        'Please send your photos to me and I will take it from here.',
        'The payment needs to go through our secure page, and I have sent you the link.',
        'I will chase the courier on your behalf this afternoon.',
        'You can direct any questions to me at this address.',
        "I've contacted the retailer for you, so please don't worry about calling them.",
        'I suggest you keep the receipt, and I will call the shop myself today.',
        "I've raised it with them myself and will call you at 3pm.",
        'Could you check it with me on the phone tomorrow?',
        'I have called the restaurant directly and they are remaking your order now.',
        'I spoke to the warehouse directly this morning, and your parcel is on the van.',
        'If you would rather call them directly, their number is 0800 111 222.',
        'Your question came straight to me, so I can sort it here.',
        'I will take this up with the courier today and let you know by 5pm.',
        'You can reply to me directly at any time.',
        'If you ever need to contact your GP surgery, the number is on the letter.',
        'I have contacted Apple for you and will forward their answer today.',
        'If you prefer, you may wish to call the bank too, but I have already sent them the details.',
        'I will reach out to the courier myself and come back to you by 3pm.',
        'You may wish to keep the receipt for your records.',
        'I would call them myself, so leave it with me.',
        'Please contact me on 0345 000 1234 if it happens again.',
        "I'd love to help with that, so I have booked the engineer.",
        'You can try the new app, it is much faster.',
        'You can call the shop if you like, but I have already rung them for you.',
        'You can chase me here any time.',
        'You will need to log in with your email address.',
        'I have sorted it out with them directly, so no need to call.',
        'Any questions you have can be sent to me here.',
        'Please speak to me if anything changes.',
        'The documents need to be signed with a pen, not digitally.',
      ],
    },
  },
});
