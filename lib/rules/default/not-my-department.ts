import { defineRule } from '../define';

export default defineRule({
  id: 'not-my-department',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'warning',
  message: 'Ownership: "that\'s not my department" leaves the customer to find the right door; owning the hand-off (who, when, and that you\'ll check) keeps them with you.',
  patterns: [
    '(is|was|are|were) #Adverb? not (my|our) (department|area|team|division|remit)',
    '(that|this|it) (is|falls) (outside|beyond) (my|our) (remit|area|scope|department)',
    '(that|this|it) (is|has) nothing to do with (me|us|my department|our department|my team|our team)',
    '(that|this|it) is not (something|anything) (i|we) (deal|handle|cover|work) with?',
    '(i|we) (do not|can not) (deal|handle|help) with (that|this|those|these) (here|department|team)?',
    // Pointing at whoever else does it: "Delivery times are set by the restaurant."
    '(is|are|was|were) #Adverb? (handled|set|managed|decided|controlled|determined|arranged|issued|owned|run|operated) by (the|your|a|an|their|each|every) .',
    '(is|are|was|were) #Adverb? (dealt with|carried out|looked after|taken care of) by (the|your|a|an|their|our) .',
    '(is|are|was|were|remains) (the|a) (sole)? (responsibility|job|remit|decision) of',
    '(is|are|was|were|lies|lie|falls|fall) (entirely|completely|well)? (outside|beyond|out of) (of)? (our|my) (control|hands)',
    '(delay|issue|problem|hold up|holdup|fault|decision) (is|lies|sits|rests) #Adverb? with (your|the|their) .',
  ],
  unless: [
    '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
    '(but|however) (i|we) am (happy|glad|able|going|sending|passing|looking)',
    'i will (pass|forward|ask|find|connect|put|transfer)',
    // ...and then says what they are doing about it themselves.
    '(i|we) (will|have|am|are|already) #Adverb? (contact|contacted|contacting|call|called|calling|email|emailed|emailing|chase|chased|chasing)',
    '(i|we) (will|have|am|are|already) #Adverb? (ask|asked|pass|passed|forward|forwarded|speak|spoken|message|messaged|ring|rang|take|taken|raise|raised)',
  ],
  rewrites: [],
  examples: {
    flag: [
      { text: "That's not my department.", becomes: null },
      { text: 'This falls outside our remit, please call the courier.', becomes: null },
      { text: "It's nothing to do with us.", becomes: null },
    ],
    pass: [
      "Billing is handled by another team, but I'll pass this to them now and check back with you tomorrow.",
      'My department sent your replacement today.',
    ],
    paraphrases: {
      flag: [
        'Honestly, that sort of request is not our department.',
        'Opening hours are decided by each franchise owner.',
        'Unfortunately the hold-up is entirely with your bank.',
        'Boarding assistance was the responsibility of the ground agent.',
        'Parcel tracking is managed by the courier, so please ask them.',
        'The weather delay was well beyond our control.',
        'Meter readings are carried out by your energy supplier.',
      ],
      pass: [
        'Tracking is handled by the courier, but I have asked them for an update and will send it to you by noon.',
        'This is our responsibility, and I am sorry we got it wrong.',
        'I have fixed the setting on our side, so it is fully under our control now.',
        'The new dates were set by me this morning, so you can book straight away.',
        'Your replacement was packed by our Leeds team today.',
        'Everything with your account is in good shape.',
        'I will contact the restaurant myself, even though delivery times are set by them.',
      ],
    },
  },
});
