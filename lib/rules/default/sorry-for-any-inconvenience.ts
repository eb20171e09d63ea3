import { defineRule } from '../define';

export default defineRule({
  id: 'sorry-for-any-inconvenience',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  message: 'Empathy: "sorry for any inconvenience this may have caused" hedges the apology; a plain "I\'m sorry about this" sounds sincere.',
  patterns: [
    '(we|i)? (are|am)? (so|very|truly|really)? sorry for any (inconvenience|trouble|disruption|upset) (this|that|it|which)? (may|might)? (have|has)? caused?',
    '(we|i)? (are|am)? (so|very|truly|really)? sorry for the inconvenience (this|that|it|which)? (may|might)? (have|has)? caused?',
    '(we|i)? (are|am)? (so|very|truly|really)? sorry if (this|that|it) (has|may have|might have)? caused you? any? (inconvenience|trouble|disruption)',
  ],
  rewrites: ["I'm sorry about this"],
  examples: {
    flag: [
      {
        text: "Your replacement left our warehouse today. We're sorry for any inconvenience this may have caused.",
        becomes: "Your replacement left our warehouse today. I'm sorry about this.",
      },
      {
        text: 'Sorry for any inconvenience caused, your refund is on its way.',
        becomes: "I'm sorry about this, your refund is on its way.",
      },
      {
        text: 'Thanks for waiting while I checked with the courier. I am sorry if this caused any inconvenience.',
        becomes: "Thanks for waiting while I checked with the courier. I'm sorry about this.",
      },
    ],
    pass: ["I'm so sorry your order arrived damaged.", "Sorry about the wait, I've got your message now."],
  },
});
