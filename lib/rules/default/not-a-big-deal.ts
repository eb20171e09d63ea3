import { defineRule } from '../define';

export default defineRule({
  id: 'not-a-big-deal',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: calling it "not a big deal" weighs the problem on your scale, not theirs; to the customer it may be a very big deal.',
  patterns: [
    '(it|that|this) is (not|no) (a|such a)? (big|huge) deal',
    '(it|that|this) is (only|just|merely) a (minor|small|little|tiny|slight) (issue|problem|delay|thing|glitch|inconvenience|hiccup|mistake|error)',
    '(it|that|this|the parcel|the order|your order) is (only|just|merely) (a few|a couple of|#Value) (days|hours|minutes|weeks) (late|behind|over|overdue)',
    '(it|that|this) is (only|just)? a minor (issue|problem|delay|thing|glitch|inconvenience|hiccup)',
  ],
  unless: [
    '(do not|never) worry',
    'no (worries|problem)',
    'all good',
    'happens to (everyone|everybody|all of us)',
    '(not at all|deal at all)',
    '(thanks|thank you) for (letting|telling)',
  ],
  rewrites: ["I know it's a hassle"],
  examples: {
    flag: [
      { text: "It's not a big deal, the parcel will arrive tomorrow.", becomes: "I know it's a hassle, the parcel will arrive tomorrow." },
      { text: 'This is only a minor delay.', becomes: "I know it's a hassle." },
    ],
    pass: [
      "No worries, it's not a big deal at all, thanks for letting me know!",
      "Don't worry about the typo, it's no big deal.",
      'I know a two-day delay is a big deal when it is a birthday present.',
    ],
  },
});
