import { defineRule } from '../define';

/**
 * The wait read off the diary (session 52, issue #10): "We have no availability this week", "The next available
 * inspection slot is 28 March", "we will try to fit you in", "no one free till 4pm". The date may be exact, but the
 * customer's urgency is left as their problem: nothing is booked or held for them. Seen on half A in six replies from
 * six files in different words (roofing, rigging, heating, audiology, pet sitting), which no urgency rule knew.
 */
export default defineRule({
  id: 'diary-as-the-answer',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  title: 'The diary as the answer',
  description:
    'States when the diary is next free and leaves it there: "We have no availability this week", "The next available slot is 28 March", "we will try to fit you in".',
  message: 'Urgency: reading out the diary leaves the wait with the customer; hold the earliest slot for them, or say what you will do to bring it forward.',
  patterns: [
    // Our diary, told as a fact: "The next available inspection slot is 28 March", "The earliest availability for a call is next week".
    '^#Adverb? (the|our|my) (next|earliest|first) (available|free|open)? #Noun? (slot|appointment|availability|opening|date|visit|booking) .{0,4} (is|are|would be|will be)',
    // No room, in our own voice: "We have no availability this week", "we've got no slots left".
    '^#Adverb? (we|i) have? got? no (availability|slots|appointments|openings|capacity|space)',
    // Nobody free until later: "no one free till 4pm", "nobody is available until Monday".
    '(no one|noone|nobody|no engineer|no technician|no fitter|no sitter) (is)? (free|available) (till|until|before)',
    // A try with no time: "we will try to fit you in", "we'll try and squeeze you in".
    "(we|i) (will|'ll|shall|can) #Adverb? (try|attempt) (to|and) (fit|squeeze|slot|get) you in",
    // The waiting list as the answer: "We will add you to the cancellation list and call if anything comes up."
    // Said as a plan, not as done beside a booking ("I've put you on our cancellation list in case an earlier slot comes up").
    "(we|i) (will|'ll|can) #Adverb? (add|put) you (on|to) (the|our|a) (cancellation|waiting|wait) list",
  ],
  unless: [
    // The slot already taken for them, or offered to book: "I've booked it for you", "shall I hold it?".
    "(i|we) (have|'ve|had) #Adverb? (booked|reserved|held|pencilled|secured|moved|bumped|prioritised|prioritized)",
    '(shall|should|can|may) (i|we) (book|hold|reserve|take|grab)',
    '(would you like|do you want|want me to|happy to book|i can book|i will book|i\'ll book|i will hold|i\'ll hold)',
    '(sorry|apologise|apologize|apologies)',
  ],
  // The offer to hold it may come next: "Our earliest install slot is Tuesday, March 11. Want me to hold the 11th for you?"
  unlessNext: ['(want me to|shall i|should i|would you like me to|do you want me to|i can|i will|happy to) #Adverb? (hold|book|reserve|pencil|save|keep)'],
  rewrites: [],
  advice: 'Hold the earliest slot for them and say so ("I\'ve booked you in for Tuesday at 9am, and I\'ll ring you if anything earlier frees up").',
  examples: {
    flag: [
      { text: 'We have no availability this week.', becomes: null },
      { text: 'The next available inspection slot is 28 March.', becomes: null },
      { text: 'A call-out fee will apply and we will try to fit you in.', becomes: null },
    ],
    pass: [
      "The next available slot is Tuesday at 9am, and I've booked it for you.",
      'We have no availability this week, so I have moved you to the top of the list for Monday at 8am, sorry for the wait.',
      'Would you like me to add you to the cancellation list as well as booking Friday?',
    ],
    paraphrases: {
      flag: [
        'The earliest availability for a service call is next week.',
        "We've got no slots left before the 14th.",
        'Can try rebook but no one free till 4pm.',
        "We'll try and squeeze you in.",
        'We will add you to the cancellation list and call if anything comes up.',
        'Our first available appointment would be the 3rd of June.',
        'Nobody is available until Monday.',
        'I have no openings this month.',
      ],
      pass: [
        "I've booked the earliest appointment for you, which is Thursday at 10am.",
        'Shall I book the next available slot, Monday at 9am?',
        'The next step is that I will call the warehouse this afternoon.',
        'Sorry, we have no availability this week, but I can hold Monday at 9am for you.',
        'We have no record of the charge, so I have refunded it.',
        'I have added you to the mailing list as you asked.',
        'The first available date we had was Tuesday, and your engineer is booked for 9am.',
        'No one is free to take your call right now? Then reply here and I will answer today.',
        "Our earliest install slot is Tuesday, March 11. Want me to hold the 11th for you?",
        "Your scan is booked for 14 March, and I've put you on our cancellation list in case an earlier slot comes up.",
      ],
    },
  },
});
