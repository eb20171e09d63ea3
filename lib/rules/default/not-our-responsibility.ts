import { defineRule } from '../define';

export default defineRule({
  id: 'not-our-responsibility',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "not our responsibility" shuts the door on the customer; say who can fix it or what you can do instead.',
  patterns: [
    '(is|are|was|were) not (our|my) (responsibility|fault|problem|concern|issue|job)',
    '(is|are|was) not (something|anything) (we|i) (are|am)? (responsible|liable) for',
    '(we|i) (are|am) not (responsible|liable|accountable) for',
    '(we|i) can not be held (responsible|liable|accountable)',
    '(we|i) (accept|take|bear) no (responsibility|liability)',
    '(we|i) (do not|did not) (accept|take|bear) (any)? (responsibility|liability)',
    '(that is|this is|it is) not (our|my) (problem|concern|fault)',
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
  },
});
