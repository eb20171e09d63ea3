import { defineRule } from '../define';

export default defineRule({
  id: 'we-dont-offer',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "we don\'t offer that" ends the conversation; add the closest thing you can offer.',
  patterns: [
    '^(we|i) (do not|no longer|currently do not|unfortunately do not) (offer|provide|support|sell|stock|carry|accept|allow|do|issue|give|ship|deliver) [<rest>*]',
    '^(that|this|it) is not something (we|i) (offer|provide|support|sell|stock|carry|accept|allow|do) [<rest>*]',
    '^(we|i) (do not|no longer) have (that|this|one|any) (option|service|plan|discount|feature)? [<rest>*]',
  ],
  unless: [
    '(but|however|instead|alternatively|though|although|so)',
    '(responsibility|liability|cash|cheques|checks)',
    '(we|i) (do not|no longer) (do|give|offer|provide) (that|this|it)? (anymore|any more)? (to|for) you',
  ],
  rewrites: [],
  advice: 'Add the closest thing you can offer in the next sentence: another product, plan or route.',
  examples: {
    flag: [
      { text: "We don't offer that.", becomes: null },
      { text: 'We do not accept returns on sale items.', becomes: null },
      { text: "That's not something we support.", becomes: null },
    ],
    pass: [
      "We don't have a student discount right now, but our annual plan works out 30% cheaper than paying monthly.",
      "We don't charge for returns, so send it back whenever suits you.",
      "You don't need to do anything else.",
    ],
  },
});
