import { defineRule } from '../define';

export default defineRule({
  id: 'not-our-responsibility',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "not our responsibility" shuts the door on the customer; say who can fix it or what you can do instead.',
  patterns: [
    '(is|was|were|are) not (on|down to) (us|me)',
    '(that|this|it) (is|was) not (our|my) (doing|call)',
    '(is|are|was|were) not (our|my) (responsibility|fault|problem|concern|issue|job)',
    '(is|are|was) not (something|anything) (we|i) (are|am)? (responsible|liable) for',
    '(we|i) (are|am) not (responsible|liable|accountable) for',
    '(we|i) can not be held (responsible|liable|accountable)',
    '(we|i) (accept|take|bear) no (responsibility|liability)',
    '(we|i) (do not|did not) (accept|take|bear) (any)? (responsibility|liability)',
    '(that is|this is|it is) not (our|my) (problem|concern|fault)',
    '(accept|accepts|take|takes|bear|bears) no (responsibility|liability)',
  ],
  unless: ['(but|however) (i|we) (can|will|have|\'ll|\'ve|would)', '(i|we) am? (still|happy|glad)'],
  rewrites: [],
  examples: {
    flag: [
      { text: 'Failure to activate is not our responsibility.', becomes: null },
      { text: 'We are not responsible for parcels left with neighbours.', becomes: null },
      { text: 'We cannot be held liable for delays caused by the courier.', becomes: null },
    ],
    pass: [
      "It's not your fault at all, the link expired on our side.",
      "The courier handles that part, but I'll chase them for you today.",
      "That's our mistake, and I've fixed it.",
    ],
    paraphrases: {
      flag: [
        "Honestly, it's not on us.",
        'The delay was not down to us.',
        "That wasn't our doing.",
        "Unfortunately that's not our problem.",
        'We cannot be held responsible for courier delays.',
        'The company accepts no liability for lost items.',
        "We don't take any responsibility for third-party apps.",
        'Damage in transit is not something we are liable for.',
        'Honestly, this is not our fault.',
      ],
      pass: [
        'It is not down to you either, and I have refunded the fee.',
        "It's on us: I've refunded the delivery.",
        'We take full responsibility, and I have refunded you.',
        'This is our fault, and I am sorry.',
        'You are not responsible for the return postage.',
        'I take responsibility for the mix-up and have sent a new one.',
        'The courier is responsible for the van, but I have already chased them.',
        'It is not a problem at all to change the date.',
      ],
    },
  },
});
