import { defineRule } from '../define';

export default defineRule({
  id: 'we-are-unable-to',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "we are unable to" leaves the customer at a dead end; follow it with what you can do.',
  patterns: [
    '^(we|i) (are|am) (unable|not able|not in a position) to [<action>#Verb *]',
    '^(we|i) will not be (able|in a position) to [<action>#Verb *]',
    '^we can not [<action>#Verb *]',
  ],
  unless: [
    '(but|however|instead|alternatively|until|unless|once|so)',
    'what (i|we) can',
    '(further|more|additional) (information|details|detail|info)',
    '(can not|able to) (see|find|locate|wait|thank|imagine|believe|stress|tell|access|reach|open|load)',
    'can not (apologize|apologise|express)',
    '(unable|able|can not) to? (be held|accept) (responsible|liable|any|responsibility|liability)',
  ],
  rewrites: [],
  advice: 'Add what you can do instead in the next sentence: an alternative, a workaround or who can help.',
  examples: {
    flag: [
      { text: 'We are unable to process your request.', becomes: null },
      { text: 'We cannot refund this order.', becomes: null },
      { text: "I won't be able to extend the deadline.", becomes: null },
    ],
    pass: [
      "I can't see the order on my side yet, so could you send the number?",
      "We can't wait to have you back!",
      "We're unable to refund the fee, but I've added a credit to your account instead.",
    ],
  },
});
