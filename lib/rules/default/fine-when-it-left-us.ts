import { defineRule } from '../define';

/** A state of good order, or a check, said of the thing as it left our hands: "fully charged", "tested", "intact". */
const SOUND = 'fine|intact|perfect|sound|working|charged|sealed|bonded|valid';
const CHECKED = 'tested|checked|inspected|serviced|cleaned|certified';
/** The moment it left our hands, as a noun: "before dispatch", "at collection", "prior to delivery". */
const HANDOVER = 'delivery|dispatch|despatch|handover|collection';

/**
 * Vouching for the thing as it left our hands, as the answer to a fault: "The stove was tested before our driver left",
 * "Screens leave us fully tested", "It left the warehouse in perfect condition", "The film was fully bonded when the
 * vehicle was handed back", "serviced and load tested prior to delivery". Split from `our-side-was-fine` (session 26,
 * issue #10), which was at the pack's 30-pattern cap, with its handover patterns; matched by grammar (a state of good
 * order or a check, then the moment it left us in any words: a mover that left, a passive hand-over, a hand-over noun)
 * rather than by a list of sentences.
 */
export default defineRule({
  id: 'fine-when-it-left-us',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'Vouching for it as it left us',
  description:
    'Answering a fault by saying the thing was fine when it left our hands: "It was tested before it left the depot.", "Screens leave us fully tested.", "It left our warehouse in perfect condition.", "The unit was serviced prior to delivery."',
  message: 'Ownership: saying it was fine when it left us tells the customer the fault must be theirs; say what you will check and what you will do next.',
  patterns: [
    // A state or a check, then a mover that left: "was tested at 90 degrees before our driver left", "fine when they left".
    '(was|were|is|are) #Adverb? (#Adjective|#PastTense|working|sound) .{0,5} (when|before) (it|they|we|#Determiner #Noun|#Possessive #Noun) (left|went|departed)',
    '(was|were|is|are) (all|both) (#Adjective|#PastTense) .{0,5} (when|before) (it|they|#Determiner #Noun) (left|went)',
    `and (${CHECKED}) before (leaving|it leaves|they leave|it left|they left)`,
    // …said with another verb of state or of running, or as our people finished (session 27): "ran perfectly in the yard
    // before it went back on your trailer", "The gate sat level when our installer left", "looked perfect when our fitter finished".
    '(ran|worked|sat|looked|stood) #Adverb? (#Adjective|fine|well|level)? .{0,5} (when|before) (it|they|#Determiner #Noun|#Possessive #Noun) (left|went|finished)',
    // A check, by whoever made it, before it leaves or left in any tense: "Every kayak is pressure tested before it leaves
    // the boathouse", "The ring was checked by our jeweller before leaving the shop".
    `(is|are|was|were) .? .? (${CHECKED}|polished) and? #PastTense? before (leaving|it leaves|they leave|it left|they left)`,
    `(is|are|was|were) .? (${CHECKED}|polished) and? #PastTense? by (our|the) #Noun+ before (leaving|it leaves|they leave)`,
    // …then a passive hand-over: "fully bonded when the vehicle was handed back", "working when it was signed out to you".
    '(was|were) #Adverb? (#Adjective|#PastTense|working|sound) .{0,5} when (it|they|#Determiner #Noun|#Possessive #Noun) (was|were) (handed|signed|collected)',
    // Moved from our-side-was-fine: "The code was valid when we issued it."
    '(was|were) (valid|correct|working|active|fine|intact|undamaged) when (we|it|they|the #Noun) (sent|left|issued|dispatched|shipped|fitted|installed)',
    // A check before the hand-over, one or two checks: "serviced and load tested prior to delivery", "checked before dispatch".
    `(is|are|was|were) (${CHECKED}) (before|prior to|on|at) (the|each)? (${HANDOVER})`,
    `#PastTense and #Noun? (${CHECKED}) (before|prior to|on|at) (${HANDOVER})`,
    '(are|is|was|were) (checked|inspected|serviced|tested|cleaned|certified) (before|after|prior to) (each|every) #Noun',
    // Working at the hand-over: "The heater was working perfectly at collection."
    `(was|were) (${SOUND}|running) (at|on) (${HANDOVER})`,
    // It left us in good order: "Screens leave us fully tested", "left the yard in perfect condition", "left our hands intact".
    `(leave|leaves|left) (us|our #Noun+|the #Noun) (${SOUND})`,
    `(leave|leaves|left) (us|our #Noun+|the #Noun) (${CHECKED})`,
    '(leave|leaves|left) (us|our #Noun+|the #Noun) (chilled|frozen|healthy|spotless|level)',
    '(leave|leaves|left|went out|dispatched|delivered) (us|our #Noun+|the #Noun+)? in (perfect|good|full|excellent) (working|#Adjective)? (condition|order|shape)',
    // Moved from our-side-was-fine: "The boiler was tested and signed off."
    '(tested|checked|inspected) and (signed off|certified|approved|passed)',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|should not have|should have|on us|our error|wrongly)',
    "(but|however|so|and) (i|we) (have|will|can|am|are|'ve|'ll) #Adverb? #Verb",
    "(i|we) (have|'ve) #Adverb? (found|fixed|refunded|replaced|sent|booked|arranged|rebuilt|reprinted|resent)",
    // The agent's own promise for next time: "I'll test every unit myself before it leaves."
    "(i|we) (will|'ll|shall) (test|check|inspect|service|clean) .{0,4} before",
    // Our own feelings at the hand-over, not a state of the thing: "We were delighted when it was collected."
    '^(i|we) (was|were)',
    // A feeling at the parting, not a state of the thing: "The puppies were so excited when they left."
    '(excited|happy|sad|delighted|thrilled|upset|nervous|sorry) when',
    // A check of the customer's own things, as process: "Your ID is checked before boarding", "bags are checked at collection".
    '(your|you) #Noun? (is|are|will be|get|gets) #Adverb? (checked|inspected|tested|photographed)',
  ],
  rewrites: [],
  advice: 'Say what you will check and when ("It was tested before it left us, so I\'ve asked the workshop to look at the logs and will call you by 4pm").',
  examples: {
    flag: [
      { text: 'The scooter was fully charged when it left the depot.', becomes: null },
      { text: 'Each unit is checked prior to dispatch.', becomes: null },
      { text: 'The boiler was tested and signed off.', becomes: null },
    ],
    pass: [
      "I've checked order 88321 and it left our warehouse this morning with DPD, so it should be with you tomorrow before 6pm.",
      "If you're running the same conference next year, I'll test every unit myself before it leaves.",
      "It was checked before it left, so I'm sorry it arrived like this; a new one goes out today.",
    ],
    paraphrases: {
      flag: [
        'Our kites are hand-stitched in Cornwall and tested before they leave.',
        'The gate sat level when our installer left.',
        'Every kayak is pressure tested before it leaves the boathouse.',
        'The puppies were all healthy when they left the kennels.',
        'The voucher was valid when we issued it.',
        'The heater was working perfectly at collection.',
        'Each bike was serviced before delivery.',
        'The car was serviced before delivery.',
        'All our vans are inspected before every shift.',
        'The kettle was tested at full power before our courier left the shop.',
        'Honestly, the blades were sharp when they left us.',
        'Our bikes leave the workshop fully serviced.',
        'Every order leaves our bakery in perfect condition.',
        'The trailer was sound when it was signed out to your driver.',
        'The lock was working when the cabin was handed over to you.',
        'The pump was cleaned and pressure tested prior to delivery.',
        'The frame was inspected on dispatch.',
        'It went out in full working order.',
      ],
      pass: [
        "Our boards are waxed before they leave, and I'm sorry this one slipped through, a new one is on its way.",
        'The puppies were so excited when they left for their new homes.',
        'Every kayak will be pressure tested before it leaves the boathouse, so the new one will be fine.',
        'Order 4481-22B left our warehouse this morning with DPD, tracking 15501234567890.',
        'Incidents are recorded in the accident book and parents are asked to sign it at collection.',
        'Our natural indigo vat was weaker after the rains, and we should have checked it against your approved sample before dispatch.',
        'Your ID is checked before boarding.',
        "You'll get a tracking email when it leaves.",
        'Please keep it in good condition until the courier collects it.',
        'The van will be cleaned before your hire starts.',
        'Your parcel was dispatched on Monday and should arrive tomorrow.',
        'It was tested before it left us, but I have asked the workshop to test it again today.',
      ],
    },
  },
});
