import { defineRule } from '../define';

export default defineRule({
  id: 'read-the-docs',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: sending someone off to read the FAQ or their contract feels like a brush-off; offer to walk them through it.',
  patterns: [
    '^please? (read|review|consult|reread|check|see|refer to|look at) [<doc>(the|our|your) (faq|faqs|contract|agreement|manual|documentation)]$',
    '^please? (read|review|consult|reread|check|see|refer to) [<doc>(the|our|your) terms (and conditions|of service)?]$',
    '^please? (read|review|consult|check|see|refer to) [<doc>(the|our) (help|support) (centre|center|page|pages|section|docs)]$',
    '^please? (read|review|consult|check|see|refer to) [<doc>(the|our) website]$',
  ],
  rewrites: ["I'm happy to go through {doc} with you.", 'Could you have a look at {doc} with me?'],
  examples: {
    flag: [
      { text: 'Please review your contract.', becomes: "I'm happy to go through your contract with you." },
      { text: 'Please read the FAQ.', becomes: "I'm happy to go through the FAQ with you." },
      { text: 'Refer to our terms and conditions.', becomes: "I'm happy to go through our terms and conditions with you." },
    ],
    pass: ['Please check your spam folder for the reset email.', 'Our FAQ has a short video on this, and I have linked it below.', "I've read your contract, and you can cancel without a fee."],
  },
});
