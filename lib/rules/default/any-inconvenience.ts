import { defineRule } from '../define';

export default defineRule({
  id: 'any-inconvenience',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "We apologize for any inconvenience" is boilerplate customers skim past; a plain "sorry" about the actual problem sounds meant.',
  patterns: [
    '(we|i)? (apologize|apologise|regret) for? (any|the) inconvenience (this|that|it)? (may|might)? (have|has)? (caused|cause)? (to you|you)?',
    '(our|my)? (sincere|sincerest)? apologies for (any|the) inconvenience (this|that|it)? (may|might)? (have|has)? (caused|cause)? (to you|you)?',
    '(we|i) (apologize|apologise|regret) for? any (trouble|disruption|delay|confusion|problems) (this|that|it)? (may|might)? (have)? (caused|cause)?',
  ],
  rewrites: ["I'm sorry for the trouble this has caused", "I'm sorry about this"],
  examples: {
    flag: [
      { text: 'We apologize for any inconvenience this may have caused.', becomes: "I'm sorry for the trouble this has caused." },
      { text: 'Apologies for any inconvenience caused.', becomes: "I'm sorry for the trouble this has caused." },
      { text: 'The site will be down tonight, and we apologise for the inconvenience.', becomes: "The site will be down tonight, and I'm sorry for the trouble this has caused." },
    ],
    pass: [
      "I'm so sorry your order arrived late, I know you needed it for the weekend.",
      'Sorry about the mix-up with your invoice!',
      'I apologise for the delay, and I have refunded your shipping.',
    ],
  },
});
