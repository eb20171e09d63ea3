import { defineRule } from '../define';
import { CONTROL_VERB } from '../shapes';
import { ACTS_AFTER_HAND_OFF } from '../hand-off-exemptions';

export default defineRule({
  id: 'third-party-to-blame',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'An independent party to blame',
  description:
    'Putting the fault on a partner said to be independent, and stopping there: "drivers are independent contractors", "the shop is solely liable", "any claim is between you and their insurer", "that is their own affair", "we just pass the files on", "a manufacturer issue, not a dealer one".',
  message: 'Ownership: the customer chose us, not our partner; however the work is split, say what you will do about it with them.',
  patterns: [
    // Independent, so not ours: "Tutors are independent so attendance is down to them".
    '(are|is) #Adverb? (an|a)? (independent|self-employed) (contractors|contractor|businesses|business|traders|trader|operators|operator|company|companies)',
    '(are|is) #Adverb? (independent|self-employed) (so|and)',
    '(is|are) (solely|entirely|wholly|fully) (liable|responsible|accountable) for',
    '(is|are|was|were) #Adverb? down to (them|him|her|their #Noun|the #Noun)$',
    '(is|are|was|were) #Adverb? (their|his|her|the #Possessive) own (affair|business|matter|concern|lookout)',
    // Left between the customer and the other party: "any claim is between you and their insurer".
    '(is|are|was|were) #Adverb? (between|a matter between) you and (the|their|your|#ProperNoun|#Acronym|him|her|them) #Noun?',
    '(beyond|outside) (anyone|anybody|everyone|anyone else) control',
    // The fault given away by contrast: "a manufacturer issue, not a dealer one", "down to the model rather than our printers".
    '#Noun (issue|fault|problem|matter) not (a|an|the|our) #Noun (one|issue|fault|problem)',
    '(rather than|instead of) (us|ours|our #Noun|our #Noun #Noun)$',
    '(are|is) #Adverb? (all)? (an|a)? (independent|freelance|temporary|agency|self employed) #Noun? (so|and|who)',
    // Volunteers, so the customer must make allowances (session 40): "We're all volunteers here so things move slower",
    // "Coaches are volunteers so we ask for understanding". "…volunteers and they love the route" is praise.
    '(are|is) #Adverb? (all)? (a)? (volunteer|volunteers|unpaid) (here)? (so|and) (#Adverb|do|things|we|please|mistakes|can|cannot|may)',
    'make (their|his|her) own (decisions|choices|arrangements|rules)',
    '(is|are) #Adverb? (a|an|just)? (feature|fact|reality|hazard) of (the|this|our) (industry|trade|business|sector)',
    '(in|into) (the|their)? #Possessive hands',
    '(was|were|are|is) #Adverb? (caused by|due to|down to) (the|our|their) #Noun? (owner|landlord|manufacturer|contractor|partner|supplier|courier|carrier)',
    `(are|is) #Adverb? (dealt with|operated|serviced|${CONTROL_VERB}) by them`,
    '(are|is) #Adverb? (handled|dealt with|managed|run|serviced) by (the|our|their) #Noun? (owner|landlord|manufacturer|contractor|partner|supplier|courier)',
    'we are (just|only|simply|merely) (the|a|an) #Adjective? (platform|marketplace|middleman|intermediary|agent|broker|reseller|packer)',
    'we are (just|only|simply|merely) (the|a|an) #Noun (agent|platform|site|service|marketplace)',
    '^as (a|the|an) #Adjective? (platform|marketplace|intermediary|broker|reseller|agent|middleman|retailer) we',
    '(are|is) not (a)? party to',
    // Our part made small, the rest left to whoever else: only the messenger ("we just pass the files on"), session 29's
    // "We only arrange the flights", and since session 41 any present-tense verb anywhere in the sentence ("we just process
    // the bookings", "I only handle the paperwork"). Wishes, needs and plain policy ("we only charge once") are not it.
    '(we|i) (just|only|simply|merely) (#Verb && !#PastTense && !#Modal && !#Gerund && !need && !want && !like && !love && !hope && !wish && !ask && !think && !know && !check && !try && !use && !mean && !wonder && !feel && !have && !got && !charge && !take && !accept && !offer && !cover && !refund && !open && !close && !share && !pay) (the|your|their|them|what|whatever|it|#Plural)',
    // Following someone else's orders: "we act on their instructions", "the steward was acting on the committee's instruction".
    '(act|acts|acted|acting) on (the|their|his|her)? (#Possessive && !your && !our && !my)? (instruction|instructions|orders|direction)',
    '(we|i) have no (visibility|control|say|oversight) (of|over|on|into) (what|how|their|the)',
    // The partner named as the one answerable: "The courier is responsible for transit temperatures."
    '^(the|our|their) (courier|carrier|driver|drivers|manufacturer|supplier|venue|operator|contractor|partner|landlord) (is|are) (responsible|liable) for',
    // Just the go-between, said last: "We're a booking platform only."
    '^we are (a|an|the) #Adjective? #Noun? (platform|marketplace|agent|intermediary|broker|reseller|retailer) only$',
    // Raised with the partner, not us: "needs to be raised with them", "should be reported to the driver directly".
    '(should|must|needs to|need to|has to|have to) be (raised|reported|taken up|directed|addressed|made) (with|to) (them|the #Noun+) (directly)?',
    // The fault placed on them by contrast with us: "The delay is down to them, not us.", "it lies with the courier, not us".
    // Any cause put before the contrast: "The delay is on the manufacturer's side, not ours", "due to your bank and not from our side".
    "(is|are|was|were|lies|rests|comes|sits|sounds|looks|seems) .{1,6} not (from|on|at|with|by)? (us|ours|me|our #Noun)",
    // The error said to start elsewhere: "the error did not originate with us", "the fault didn't come from our side".
    '(not|never) (originate|originated|come|came|arise|arose|lie|lay|start|started) (with|from|on) (us|our)',
  ],
  unless: [...ACTS_AFTER_HAND_OFF, '(your|you) (call|choice|decision|decide|to decide)', "(so|and) (i|we) (have|had|'ve) #Adverb? #PastTense", '(our fault|on us|our mistake|my mistake)',
    // What we carry, told as its quality, is no part made small (review 41): "We only stock the original parts".
    '(we|i) (only|just|simply) . (the|our)? (original|genuine|official|best|finest|freshest|fresh|local|organic|certified|approved)'],
  // Whose rule it is, said on the way to what the agent can do: "that's the racecourse's rule, not ours, … But here's
  // what I can do: …". Only an offer announced as such takes the work back: a later "we'll book you in then" after
  // "They'll get back to us eventually" does not, and a bare "not us" still flags.
  unlessNext: [
    '^(but|so|however|still)? (here is|heres) what (i|we) (can|could|will|have)',
    '^what (i|we) (can|could|will|would) #Adverb? (do|offer|suggest|arrange)',
    '^(instead|alternatively)',
  ],
  rewrites: [],
  advice: 'Say what you will do with the partner ("The driver is a contractor, but I booked him, so I\'ve asked him for an explanation and refunded your fare").',
  examples: {
    flag: [
      { text: 'Our couriers are independent contractors.', becomes: null },
      { text: 'Any claim is between you and their insurer.', becomes: null },
      { text: 'We just pass the orders on.', becomes: null },
    ],
    pass: [
      'Our couriers are independent contractors, but I booked this one, so I have refunded the fee.',
      'The hotel is solely responsible for the pool, so I have called them for you and they will reply by 5pm.',
      'That was our mistake, not the courier\'s.',
    ],
    paraphrases: {
      flag: [
        "We just book the rooms; the hotel runs everything else.",
        "Honestly we only print what the client sends us.",
        "The marshal was only acting on the organiser’s orders.",
        'The hold-up is down to the warehouse, not us.',
        'Honestly, the fault lies with the courier, not our team.',
        'The problem did not originate with us.',
        'That error never came from our side.',
        'It was on them, not us.',
        'The missing pages did not start with our printers.',
        "The courier is responsible for any damage in transit.",
        "We are a booking agent only.",
        "Any delay should be raised with the driver directly.",
        "Complaints about the food must be taken up with the caterer.",
        'Honestly, the venue is an independent business.',
        'Stylists are independent and set their own hours.',
        'The franchise is entirely responsible for its own refunds.',
        'Cancellations are down to the organiser.',
        'How they test the samples is their own business.',
        'That part is a matter between you and the landlord.',
        'Snow on the runway is outside anyone\'s control.',
        'We simply forward the tickets on.',
        'We only pass your order to the bakery.',
        'It is a software issue not a hardware one.',
        'The delay came from the port rather than us.',
        'Our cleaners are self-employed and choose their own products.',
        'The instructors are agency staff who set their own hours.',
        'Hosts make their own decisions about refunds.',
        'Late flights are simply a fact of the business in winter.',
        "From there it is in the carrier's hands.",
        'The flooding was caused by the building contractor.',
        'Returns are dealt with by them.',
        'Spare parts are handled by our supplier.',
        "We're only a booking agent.",
        'As a marketplace we do not hold the stock.',
        'The hotel and the guest are the parties to the contract, and we are not a party to it.',
        'We only sell them.',
        'We have no control over how the venue runs its bar.',
        "The fault is on the courier's end, not ours.",
        'That charge is from your bank and not from our side.',
        'Honestly that sounds like a network thing, not us.',
      ],
      pass: [
        "I just checked the booking and it is confirmed.",
        "We just need your order number to find it.",
        "We acted on your instructions and moved the date.",
        "We only use fresh flowers from local growers.",
        "Dogs can't go on the ferry deck, that's the harbour's rule, not ours. What I can do is book you the pet-friendly cabin at no extra cost.",
        'The mistake is ours, not yours, and I have refunded the fee.',
        "That's entirely your call, not ours.",
        'The delay is on our side, not the courier, and I am sorry.',
        'The mistake was ours, not the courier\'s, and I have refunded you.',
        'The delay is down to us, not you, and I am sorry.',
        'Your order did not come with the charger, so I have posted one today.',
        'The booking came from our website on Monday.',
        'Our fault, not yours: I have fixed it.',
        "The courier is responsible for the delay, so I have sent a new one with our own van today.",
        "We are a small team, so I answer every email myself.",
        "Any delay should be raised with me, and I will chase it the same day.",
        'Our stylists are self-employed, but the booking was ours, so I have refunded it today.',
        'It was down to us, and I am sorry.',
        'We pass the files to the printer within the hour, and I will send you the tracking by 5pm.',
        'Between you and me, the blue one is the better buy.',
        'The landlord is responsible for the boiler, so I have called him and he will visit tomorrow at 10am.',
        'The venue is an independent business, and I have already rung them about your refund.',
        'Please pick whichever colour you like rather than the one in the photo.',
        'Our cleaners are self-employed, but I booked yours, so I have sent a new cleaner for tomorrow.',
        "From here it is in the courier's hands, and I will chase them every morning until it arrives.",
        'The flooding was caused by our contractor, so I have booked a drying company for Monday.',
        'Spare parts are handled by our supplier, so I have ordered yours and it arrives Thursday.',
        'We only sell them in pairs, so I have added a second one free.',
        'We are just a small team, and I will call you myself at 10am.',
        'We only stock the original parts, so I am puzzled this one failed.',
      ],
    },
  },
});
