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
  rewrites: ["I can't {action}, but here's what I can do: …", "I'm not able to {action}, but here's what I can do: …"],
  examples: {
    flag: [
      { text: 'We are unable to process your request.', becomes: "I can't process your request, but here's what I can do: …" },
      { text: 'We cannot refund this order.', becomes: "I can't refund this order, but here's what I can do: …" },
      { text: "I won't be able to extend the deadline.", becomes: "I can't extend the deadline, but here's what I can do: …" },
    ],
    pass: [
      "I can't see the order on my side yet, so could you send the number?",
      "We can't wait to have you back!",
      "We're unable to refund the fee, but I've added a credit to your account instead.",
    ],
  },
});
