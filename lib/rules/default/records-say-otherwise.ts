import { defineRule } from '../define';
import { RECORDS_RIGHT_UNLESS } from '../records-right-unless';

/**
 * The records cited to say the thing was done, whatever the customer says (session 39, split out of
 * insisting-we-were-right, whose 30 patterns were full): "Our records show the order was delivered at 7:52", "Our
 * records indicate the technician attended", "Per our records you selected the standard tariff". The list of what was
 * done is split in groups so each pattern stays within 160 characters (the limit then; 400 since session 41).
 */
const SHOW = ['show|shows|showed|confirm|confirms', 'indicate|indicates|confirmed'];
const DONE = [
  'delivered|completed|received|supplied',
  'dispatched|sent|signed|cancelled|canceled',
  'made|placed|paid|processed|applied|ready',
  'returned|collected|installed|serviced',
  'submitted|charged|shipped|packed|fitted',
];

export default defineRule({
  id: 'records-say-otherwise',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Citing the records against the customer',
  description:
    'Quoting the records to say the thing was done when the customer says it was not: "our records show the parcel was delivered", "per our records you selected…".',
  message: 'Respect: "Our records show it was delivered" tells the customer they are wrong; share what you found and what you can do next.',
  patterns: [
    // "Our records show the parcel was delivered to your porch", "the system shows ur booking was cancelled".
    ...SHOW.flatMap((show) => DONE.map((done) => `(records|system|systems|logs|tracking) #Adverb? (${show}) .{1,5} (was|were|been) #Adverb? (${done})`)),
    // "Our records show the engineer attended between 8 and 12."
    ...SHOW.map((show) => `(records|logs|tracking) (${show}) that? (the|our) (technician|engineer|driver|courier|fitter) (attended|arrived|called|visited)`),
    // "According to the system the meter reading was submitted late", "Per our records you selected the standard tariff".
    '^(per|according to|as per) (our|the) (records|system|systems|logs|tracking) (the|your|it|no|this) #Noun* #Adverb? (was|were|did|had|has|have)',
    '^(per|according to|as per) (our|the) (records|system|systems|logs|tracking) you (ordered|booked|chose|selected|agreed|signed|paid|cancelled|did|were|had)',
  ],
  // The same near-misses as insisting-we-were-right: an apology, the fault owned, or what the agent is doing about it.
  unless: RECORDS_RIGHT_UNLESS,
  rewrites: [],
  advice: 'Share what you checked as a fact you looked up for them ("I\'ve checked, and I can see…"), then say what you can do next.',
  examples: {
    flag: [
      { text: 'Our records show the parcel was delivered to your porch at 11:04.', becomes: null },
      { text: 'Per our records you selected the standard tariff at sign-up.', becomes: null },
      { text: 'Our records show the engineer attended between 8 and 12 as booked.', becomes: null },
    ],
    pass: [
      "I've checked our records, and I can see the order went out on Monday.",
      'Our records show the parcel was delivered to number 41 instead of 14, so I have sent a new one today.',
      'Per our records you are due a refund of £18, and it will reach your card by Friday.',
    ],
    paraphrases: {
      flag: [
        'the system shows ur booking was cancelled on the 2nd',
        'Our records indicate that all six chairs were dispatched in one consignment.',
        'Our tracking confirms the package has been signed for by a neighbour.',
        'According to the system the meter reading was submitted late.',
        'Our logs show the bike was returned at 18:40.',
        'As per our records the boiler was serviced in March.',
        'Our dispatch records clearly show all 14 kilts were packed.',
      ],
      pass: [
        'The tracking shows your parcel got stuck at the Coventry depot, so sorry about that.',
        'Our logs show the lock failed at the end of your ride, which is why the meter kept running.',
        'The system shows your order was placed twice, my mistake, I have cancelled the second one.',
        'Our records were wrong, and I am sorry for the confusion.',
        'I followed the tracking myself and the parcel is at the Leeds depot.',
        'Our records show your refund went out on the 3rd, and I have asked the bank to trace it.',
        'Our system shows the replacement is packed and ready, and it leaves with the 4pm van.',
      ],
    },
  },
});
