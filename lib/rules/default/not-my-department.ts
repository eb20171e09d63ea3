import { defineRule } from '../define';

export default defineRule({
  id: 'not-my-department',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'warning',
  message: 'Ownership: "that\'s not my department" leaves the customer to find the right door; owning the hand-off (who, when, and that you\'ll check) keeps them with you.',
  patterns: [
    '(that|this|it) (is|was) not (my|our) (department|area|team|division|remit)',
    '(that|this|it) (is|falls) (outside|beyond) (my|our) (remit|area|scope|department)',
    '(that|this|it) (is|has) nothing to do with (me|us|my department|our department|my team|our team)',
    '(that|this|it) is not (something|anything) (i|we) (deal|handle|cover|work) with?',
    '(i|we) (do not|can not) (deal|handle|help) with (that|this|those|these) (here|department|team)?',
  ],
  unless: [
    '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
    '(but|however) (i|we) am (happy|glad|able|going|sending|passing|looking)',
    'i will (pass|forward|ask|find|connect|put|transfer)',
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
  },
});
